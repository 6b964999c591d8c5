import { maxVanishedShare, type VanishedPage } from './manifest';

/** Shown pages at most; the rest are counted. */
const listed = 20;

function reasonText(page: VanishedPage): string {
  // A listing of stories stands on many documents; its own path says enough.
  if (page.documents.length !== 1) return '';
  const id = `dokumentet «${page.documents[0]}»`;
  switch (page.reason) {
    case 'published':
      return ` (${id} er publisert, men siden ble ikke laget)`;
    case 'gone':
      return ` (${id} finnes ikke lenger, verken publisert eller som utkast)`;
    case 'not-published':
      return ` (${id} er ikke publisert)`;
    default:
      return '';
  }
}

/**
 * Why the build stopped when too many pages vanished, in Norwegian: what happened, the pages, and what the editors
 * and the person who runs the site should do. It is read in the build log and on the run's summary page. Editors
 * read it, so a build is «oppdateringen» (of the site), as in their guide: «bygget» is first of all a building.
 */
export function vanishedPagesMessage(options: {
  lost: VanishedPage[];
  takenDown: VanishedPage[];
  total: number;
  draftsSeen: boolean;
  manifestFile: string;
  /**
   * False for the build log and the run's summary page, which a public repository shows to anyone: an address is made
   * from a title and may name a child. The list goes to the Studio's status instead (shared/site-status.ts).
   */
  listPages?: boolean;
}): string {
  const { lost, takenDown, total, draftsSeen, manifestFile, listPages = true } = options;
  return [
    `Oppdateringen stoppes: ${lost.length} av ${total} sider fra forrige vellykkede oppdatering er borte, uten at de er tatt ned med «Avpubliser» (grensen er ${maxVanishedShare * 100} %).`,
    'Nettstedet er ikke oppdatert: det som ligger ute, står som før, og senere oppdateringer stopper også til dette er ordnet.',
    takenDown.length > 0
      ? `${takenDown.length === 1 ? 'Én side til' : `${takenDown.length} sider til`} er tatt ned med «Avpubliser» i Studio. De regnes ikke med.`
      : '',
    draftsSeen
      ? ''
      : 'Oppdateringen ser ikke utkast (SANITY_API_READ_TOKEN er ikke satt), så den kan ikke skille sider som er avpublisert med vilje fra sider som er borte ved en feil.',
    ...(listPages
      ? [
          'Sidene som er borte:',
          ...lost.slice(0, listed).map((page) => `  - ${page.path}${reasonText(page)}`),
          lost.length > listed ? `  … og ${lost.length - listed} til` : '',
        ]
      : ['Sidene som er borte, står under «Status for nettstedet» i Studio.']),
    'Til redaktørene: Har dere slettet mange sider med «Slett» i Studio? Et slettet dokument ser for oppdateringen ut som innhold som er borte ved en feil. Si fra til den som drifter nettstedet, som må godta at sidene er borte. Vil dere ta ned mange sider, bruk «Avpubliser», eller slett noen få om gangen. Har dere ikke slettet noe, er det ikke dere som har gjort feil: si fra til den som drifter nettstedet.',
    'Til den som drifter nettstedet: Er sidene fjernet med vilje, godta det mindre nettstedet: kjør «Bygg og publiser nettstedet» for hånd i GitHub (Actions → Run workflow) med «Godta at sidene er borte» krysset av, eller sett ACCEPT_VANISHED_PAGES=1 når du bygger nettstedet. Legg gjerne inn omdirigeringer i public/_redirects for adresser som er delt. Er de ikke fjernet med vilje, svarte innholdskilden med for lite: sjekk SANITY_PROJECT_ID og SANITY_DATASET, og om en endring i koden eller spørringene har fjernet sidene.',
    `(Sidelisten fra forrige vellykkede oppdatering: ${manifestFile}.)`,
  ]
    .filter(Boolean)
    .join('\n');
}
