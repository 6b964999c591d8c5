/**
 * How editors type dates in the Studio, the same in every date and date-time field: day.month.year in figures, as
 * Norwegians write them (Sanity's default is 2027-01-22, and it writes month names in English whatever the Studio's
 * language), and times on the 24-hour clock in Oslo time.
 */
export const dateInputOptions = { dateFormat: 'DD.MM.YYYY' } as const;

export const dateTimeInputOptions = {
  ...dateInputOptions,
  timeFormat: 'HH:mm',
  displayTimeZone: 'Europe/Oslo',
} as const;
