/**
 * A place's status («Aktivt samarbeidsprosjekt», «Under etablering») and the status of its collaboration projects
 * («Pågår», …) are set apart, on two documents: the map and the counted cities follow the place, the place's page
 * shows the project's; a place whose project has ended («Tidligere samarbeidsprosjekt») is off the map and the count,
 * and so is a place with stories or events only («Annet sted, uten samarbeidsprosjekt»).
 * The Studio and the build's content report say when they disagree. A place may be
 * «Aktivt samarbeidsprosjekt» before its project is written, so this is a warning, never a stop.
 */

export type PlaceStatusMismatch =
  | 'activeWithoutProject'
  | 'activeWithEndedProjects'
  | 'activeWithoutRunningProject'
  | 'establishingWithRunningProject'
  | 'endedWithOpenProject'
  | 'otherWithProject';

/** Where the place's status and its projects' statuses disagree, or undefined when they agree. */
export function placeStatusMismatch(
  placeStatus: string | null | undefined,
  projectStatuses: readonly (string | null | undefined)[],
): PlaceStatusMismatch | undefined {
  const running = projectStatuses.includes('active');
  if (placeStatus === 'active' && projectStatuses.length === 0) return 'activeWithoutProject';
  if (placeStatus === 'active' && projectStatuses.every((status) => status === 'ended'))
    return 'activeWithEndedProjects';
  if (placeStatus === 'active' && !running) return 'activeWithoutRunningProject';
  if (placeStatus === 'establishing' && running) return 'establishingWithRunningProject';
  if (placeStatus === 'ended' && projectStatuses.some((status) => status !== 'ended')) return 'endedWithOpenProject';
  if (placeStatus === 'other' && projectStatuses.length > 0) return 'otherWithProject';
  return undefined;
}

const messages: Record<PlaceStatusMismatch, (place: string) => string> = {
  activeWithoutProject: (place) =>
    `${place} står som «Aktivt samarbeidsprosjekt», men har ikke noe samarbeidsprosjekt ennå. Kartet og tallet på byer teller stedet med. Legg inn samarbeidsprosjektet, eller sett stedet til «Under etablering» til det er bestemt.`,
  activeWithoutRunningProject: (place) =>
    `${place} står som «Aktivt samarbeidsprosjekt», men ingen samarbeidsprosjekter der har status «Pågår». Kartet og tallet på byer teller stedet med. Sett «Pågår» på prosjektet, eller «Under etablering» på stedet.`,
  activeWithEndedProjects: (place) =>
    `${place} står som «Aktivt samarbeidsprosjekt», men samarbeidsprosjektet der er avsluttet. Kartet og tallet på byer teller stedet med. Sett stedet til «Tidligere samarbeidsprosjekt», eller prosjektet til «Pågår» hvis det fortsatt pågår.`,
  endedWithOpenProject: (place) =>
    `${place} står som «Tidligere samarbeidsprosjekt», men samarbeidsprosjektet der er ikke satt til «Avsluttet». Kartet viser ikke stedet, og siden sier at prosjektet er avsluttet. Sett prosjektet til «Avsluttet», eller stedet til «Aktivt samarbeidsprosjekt» eller «Under etablering».`,
  otherWithProject: (place) =>
    `${place} står som «Annet sted, uten samarbeidsprosjekt», men har et samarbeidsprosjekt. Kartet viser ikke stedet. Velg statusen som passer prosjektet: «Aktivt samarbeidsprosjekt», «Under etablering» eller «Tidligere samarbeidsprosjekt».`,
  establishingWithRunningProject: (place) =>
    `${place} står som «Under etablering», men samarbeidsprosjektet der har status «Pågår». Kartet viser stedet blant de mulige nye samarbeidsprosjektene og teller det ikke med blant byene. Sett stedet til «Aktivt samarbeidsprosjekt», eller prosjektet til «Under etablering».`,
};

/** What the editor reads, in the Studio and in the content report; «Stedet» for a place without a name. */
export function placeStatusMismatchMessage(mismatch: PlaceStatusMismatch, placeName: unknown): string {
  const name = typeof placeName === 'string' && placeName.trim() ? placeName.trim() : 'Stedet';
  return messages[mismatch](name);
}
