/** A story's project period as the Studio stores it. */
export interface ProjectPeriod {
  startYear?: number | null;
  endYear?: number | null;
  /** «Pågår fortsatt»: ticked by default; unset in stories written before the field. */
  ongoing?: boolean | null;
}

/**
 * The period after «Tiltaket:» on a story, as a fragment without a capital: «fra 2024, pågår», «2022–2024», «2024»,
 * «fra 2022» (ended, end year not given), «til 2024». Null when there is nothing to say. An unticked «Pågår
 * fortsatt» is believed even without an end year; only a period never given that answer counts as ongoing without
 * one.
 */
export function projectPeriodText(period: ProjectPeriod | null | undefined): string | null {
  const { startYear, endYear, ongoing } = period ?? {};
  if (ongoing === true || (ongoing == null && !endYear)) return startYear ? `fra ${startYear}, pågår` : null;
  if (startYear && endYear) return startYear === endYear ? `${startYear}` : `${startYear}–${endYear}`;
  if (startYear) return `fra ${startYear}`;
  return endYear ? `til ${endYear}` : null;
}
