export interface Venue {
  name?: string | null;
  address?: string | null;
}

/**
 * Where something happens, as one line: the venue's name, its address (unless `withAddress` is false) and the town,
 * left out when the name or address already says it («Frivillighetens hus, Eksempelgata 10, Bergen», not
 * «…, Eksempelgata 10, Bergen, Bergen»).
 */
export function venueLine(venue: Venue | null | undefined, town?: string | null, { withAddress = true } = {}): string {
  const parts = [venue?.name, withAddress ? venue?.address : null].filter((part): part is string =>
    Boolean(part?.trim()),
  );
  if (town && !parts.some((part) => part.toLowerCase().includes(town.toLowerCase()))) parts.push(town);
  return parts.join(', ');
}
