/**
 * How many areas the site says For Alle is in talks with: the number in «Innstillinger» (areasInProcessTitle), which
 * counts areas not yet entered as places too, but never fewer than the places entered as «Under etablering». A number
 * left behind when a place was added would say «Vi snakker med ett område» beside two white dots on the map; the
 * Studio and the content report ask the editor to correct it (areasBelowPlaces).
 */
export function areasInProcessCount(setting: number | null | undefined, establishingPlaces: number): number {
  return Math.max(setting ?? 0, establishingPlaces);
}

/** True when the number in «Innstillinger» is below the places «Under etablering»: it was not raised with them. */
export function areasBelowPlaces(setting: number | null | undefined, establishingPlaces: number): boolean {
  return (setting ?? 0) < establishingPlaces;
}
