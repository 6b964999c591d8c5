// A synthetic dataset for the scaling benchmark: N project stories spread over the places of the bundled dataset,
// in Norwegian made from sentence templates, with a few generated events on top of the bundled ones. Settings,
// pillars, places, organisations, people, conferences (with their sessions), research and pages are the bundled
// dataset's own, so every template of the site is built. Deterministic: the same N gives the same bytes.
// Written in the export format (NDJSON, `_sanityAsset` images), next to copies of the bundled images, files and
// assets.json, plus the same stories as plain records (JSON) for the floor build.
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isPublishedId } from '@sanity/client/csm';

const bundledDir = 'studio/seed/production';

interface Doc {
  _id: string;
  _type: string;
  [key: string]: unknown;
}

/** What the floor renders for a story: the same words the full site shows on the story's page. */
interface FloorRecord {
  slug: string;
  title: string;
  ingress: string;
  summary: string;
  place: string;
  pillar: string;
  publishedAt: string;
  /** The body as headings (`## …`) and paragraphs, in order. */
  body: string[];
}

/** mulberry32: a small seeded generator, so a benchmark dataset is the same on every machine. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)],
    some: <T>(items: readonly T[], count: number): T[] => {
      const pool = [...items];
      const chosen: T[] = [];
      while (chosen.length < count && pool.length > 0) chosen.push(pool.splice(Math.floor(next() * pool.length), 1)[0]);
      return chosen;
    },
  };
}

const activities = [
  'fotball',
  'svømming',
  'korps',
  'kor',
  'friluftsliv',
  'klatring',
  'dans',
  'teater',
  'sjakk',
  'håndball',
  'langrenn',
  'seiling',
  'koding',
  'kunst og håndverk',
  'turn',
  'bandøving',
  'matlaging',
  'friidrett',
  'bordtennis',
  'skateboard',
];
const measures = [
  'en utstyrsbank',
  'gratis kontingent',
  'en fritidskontakt',
  'et aktivitetskort',
  'en sommerleir',
  'prøvedager',
  'leksehjelp før trening',
  'skyss til trening',
  'en lånebutikk for klær',
  'en ferieklubb',
  'et introduksjonskurs',
  'familiedager',
];
const seasons = ['høstferien', 'vinterferien', 'sommerferien', 'påskeferien', 'våren', 'høsten'];
const groups = [
  'barn i mellomtrinnet',
  'ungdom mellom 13 og 16 år',
  'barn som nettopp har flyttet hit',
  'søsken i samme familie',
  'barn som aldri har vært med i et lag',
  'jenter på ungdomstrinnet',
];
const headings = [
  'Slik startet det',
  'Hva som skjedde',
  'Det som gjorde forskjellen',
  'Hvem som er med',
  'Hva det koster',
  'Det vi har lært',
  'Veien videre',
  'Hva foreldrene sier',
  'Hva barna sier',
  'Hvordan samarbeidet fungerer',
];
const sentences = [
  'Mange familier i {place} har ikke råd til {activity}, selv om barna har lyst.',
  'Derfor gikk {org} sammen med kommunen og fant en enkel løsning: {measure}.',
  'Det første året var {n} barn med, og nesten alle fortsatte etter jul.',
  'Trenerne forteller at gruppa har blitt tryggere og mer sammensveiset.',
  'Foreldrene slipper å søke om støtte hver gang noe koster penger.',
  'Tilbudet er åpent for alle, slik at ingen skal føle seg utpekt.',
  'I {season} ble det arrangert egne dager der {group} kunne prøve {activity}.',
  'Frivillige står for det meste av arbeidet, med litt hjelp fra en koordinator.',
  'Skolen hjelper til med å spre informasjon, og helsesykepleieren kan henvise videre.',
  'Det viktigste er at barna får være med fra første dag, ikke bare når det er gratis.',
  'Klubben har endret hvordan de tar imot nye medlemmer.',
  'Nå er det en fast voksen som ringer til familiene før oppstart.',
  'Utstyret lånes ut gratis og leveres tilbake når sesongen er over.',
  'Ingen skal måtte si nei til en bursdag eller en cup fordi det koster for mye.',
  '{org} har brukt erfaringene til å lage en enkel veileder for andre lag.',
  'Kommunen betaler for skyss, slik at også barn fra de ytre bydelene kan komme.',
  'Flere av de eldste har begynt som hjelpetrenere for de yngste.',
  'Tallene viser at frafallet er halvert siden tiltaket startet.',
  'Det kreves lite: en nøkkel til lageret, en liste over hva som finnes, og noen som svarer på telefonen.',
  'Samarbeidet med For Alle har gjort det lettere å finne de barna som trenger det mest.',
  'Neste steg er å prøve det samme i nabokommunen.',
  'Både {activity} og {activity2} er nå med i tilbudet.',
  'Mange forteller at det er første gang barna har vært med på en organisert aktivitet.',
  'Lagene deler erfaringer på et felles møte to ganger i året.',
];
const quotes = [
  'Det handler ikke om penger. Det handler om å høre til.',
  'Før sto vi utenfor og så på. Nå er vi med.',
  'Vi trodde det måtte være dyrt og vanskelig. Det var det ikke.',
  'Når ingen vet hvem som har fått hjelp, blir det bare en vanlig trening.',
];
const titles = [
  '{Measure} gir flere barn {activity} i {place}',
  'Slik fikk {org} med alle på {activity}',
  '{place}: {measure} senker terskelen for {activity}',
  'Når {activity} ikke koster noe',
  '{n} barn fikk prøve {activity} i {season}',
  'Fra tilskuer til lagkamerat i {place}',
  'Et lag for alle: {activity} i {place}',
];

const slugify = (text: string) =>
  text
    .toLocaleLowerCase('nb')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60)
    .replace(/-$/, '');

const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase('nb') + text.slice(1);

export interface GeneratedDataset {
  ndjsonFile: string;
  recordsFile: string;
  stories: number;
  documents: number;
  bytes: number;
}

/**
 * Writes `<dir>/data.ndjson` (with images/ and files/ beside it) with `count` stories in all, and `<dir>/records.json`
 * with the generated ones for the floor.
 */
export function generateDataset(count: number, dir: string): GeneratedDataset {
  const rng = random(count);
  const bundled: Doc[] = readFileSync(join(bundledDir, 'data.ndjson'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line));
  // The published bundled documents, its own stories included (pillars link to some of them); the generated
  // stories make up the rest of the N.
  const kept = bundled.filter((doc) => isPublishedId(doc._id));
  const bundledStories = kept.filter((doc) => doc._type === 'projectStory').length;
  const places = kept.filter((doc) => doc._type === 'place');
  const pillars = kept.filter(
    (doc) =>
      doc._type === 'pillar' &&
      ['samarbeidsprosjekter', 'inkluderingsprosjekter'].includes((doc.slug as { current: string }).current),
  );
  const organisations = kept.filter((doc) => doc._type === 'organisation');
  const images = [
    ...new Set(
      bundled.flatMap(
        (doc) => JSON.stringify(doc).match(/image@file:\/\/\.\/images\/[0-9a-f]{40}-1600x1000\.jpg/g) ?? [],
      ),
    ),
  ].sort();

  let keys = 0;
  const key = () => (keys++).toString(36).padStart(8, '0');
  const block = (style: string, text: string, extra: Record<string, unknown> = {}) => ({
    _type: 'block',
    _key: key(),
    style,
    markDefs: [],
    children: [{ _type: 'span', _key: key(), text, marks: [] }],
    ...extra,
  });

  const stories: Doc[] = [];
  const records: FloorRecord[] = [];
  const usedSlugs = new Set<string>();
  for (let index = 0; index < count - bundledStories; index++) {
    const place = places[index % places.length];
    const placeName = place.name as string;
    const local = organisations.filter((org) => (org.place as { _ref: string } | undefined)?._ref === place._id);
    const orgs = rng.some(local.length > 0 ? local : organisations, rng.int(1, 3));
    const pillar = rng.pick(pillars);
    const fill = (template: string) =>
      template
        .replace(/\{Measure\}/g, capitalise(rng.pick(measures)))
        .replace(/\{measure\}/g, rng.pick(measures))
        .replace(/\{activity2\}/g, rng.pick(activities))
        .replace(/\{activity\}/g, rng.pick(activities))
        .replace(/\{place\}/g, placeName)
        .replace(/\{org\}/g, orgs[0].name as string)
        .replace(/\{season\}/g, rng.pick(seasons))
        .replace(/\{group\}/g, rng.pick(groups))
        .replace(/\{n\}/g, String(rng.int(12, 240)));
    const title = capitalise(fill(rng.pick(titles)));
    let slug = slugify(title);
    if (usedSlugs.has(slug)) slug = `${slug}-${index + 1}`;
    usedSlugs.add(slug);
    const paragraph = () => Array.from({ length: rng.int(3, 5) }, () => fill(rng.pick(sentences))).join(' ');
    const ingress = `${fill(rng.pick(sentences))} ${fill(rng.pick(sentences))}`;
    const summary = Array.from({ length: 3 }, () => fill(rng.pick(sentences))).join(' ');
    const year = 2019 + (index % 8);
    const publishedAt = new Date(Date.UTC(year, rng.int(0, 11), rng.int(1, 28), 8, 0, 0)).toISOString();

    const body: Record<string, unknown>[] = [];
    const plain: string[] = [];
    const paragraphs = (n: number) => {
      for (let p = 0; p < n; p++) {
        const text = paragraph();
        body.push(block('normal', text));
        plain.push(text);
      }
    };
    paragraphs(rng.int(1, 2));
    for (const heading of rng.some(headings, 2)) {
      body.push(block('h2', heading));
      plain.push(`## ${heading}`);
      paragraphs(rng.int(1, 3));
    }
    const items = Array.from({ length: 3 }, () => fill(rng.pick(sentences)));
    for (const item of items) body.push(block('normal', item, { listItem: 'bullet', level: 1 }));
    plain.push(...items);
    if (rng.next() < 0.5) {
      const quote = rng.pick(quotes);
      body.push(block('blockquote', quote));
      plain.push(quote);
    }
    // A link to the pillar, as editors write them: an internal reference the site resolves.
    const linkKey = key();
    body.push({
      _type: 'block',
      _key: key(),
      style: 'normal',
      markDefs: [{ _type: 'internalLink', _key: linkKey, reference: { _type: 'reference', _ref: pillar._id } }],
      children: [
        { _type: 'span', _key: key(), text: 'Les mer om ', marks: [] },
        { _type: 'span', _key: key(), text: (pillar.title as string).toLocaleLowerCase('nb'), marks: [linkKey] },
        { _type: 'span', _key: key(), text: '.', marks: [] },
      ],
    });
    plain.push(`Les mer om ${(pillar.title as string).toLocaleLowerCase('nb')}.`);

    stories.push({
      _id: `bench-story-${index + 1}`,
      _type: 'projectStory',
      _createdAt: publishedAt,
      _updatedAt: publishedAt,
      _rev: `bench${index + 1}`,
      title,
      slug: { _type: 'slug', current: slug },
      place: { _type: 'reference', _ref: place._id },
      pillar: { _type: 'reference', _ref: pillar._id },
      organisations: orgs.map((org) => ({ _type: 'reference', _key: key(), _ref: org._id })),
      period: { startYear: year - rng.int(0, 2), ongoing: rng.next() < 0.6 },
      ingress,
      summary,
      body,
      mainImage: {
        _type: 'figure',
        alt: `Illustrasjon til historien «${title}».`,
        credit: 'For Alle',
        childConsentConfirmed: true,
        _sanityAsset: rng.pick(images),
      },
      tags: rng.some(activities, 2),
      publishedAt,
      isSample: true,
    });
    records.push({
      slug,
      title,
      ingress,
      summary,
      place: placeName,
      pillar: pillar.title as string,
      publishedAt,
      body: plain,
    });
  }

  // A few more events over the years, on top of the bundled ones.
  const events: Doc[] = Array.from({ length: 30 }, (_, index) => {
    const place = places[index % places.length];
    const start = new Date(Date.UTC(2024 + (index % 4), (index * 5) % 12, 3 + (index % 20), 10, 0, 0));
    const end = new Date(start.getTime() + 5 * 3600_000);
    return {
      _id: `bench-event-${index + 1}`,
      _type: 'event',
      _createdAt: '2024-01-01T08:00:00Z',
      _updatedAt: '2024-01-01T08:00:00Z',
      _rev: `bench-event${index + 1}`,
      title: `Nettverksmøte i ${place.name as string} ${start.getUTCFullYear()}, nr. ${index + 1}`,
      slug: { _type: 'slug', current: `nettverksmote-${slugify(place.name as string)}-${index + 1}` },
      kind: 'nettverksdag',
      start: start.toISOString(),
      end: end.toISOString(),
      venue: { _type: 'venue', name: `Frivilligsentralen i ${place.name as string}` },
      place: { _type: 'reference', _ref: place._id },
      ingress: `Prosjektledere og frivillige i ${place.name as string} deler erfaringer fra året som gikk.`,
      isSample: true,
    };
  });

  mkdirSync(dir, { recursive: true });
  for (const folder of ['images', 'files']) cpSync(join(bundledDir, folder), join(dir, folder), { recursive: true });
  cpSync(join(bundledDir, 'assets.json'), join(dir, 'assets.json'));
  const documents = [...kept, ...stories, ...events];
  const ndjson = documents.map((doc) => JSON.stringify(doc)).join('\n') + '\n';
  const ndjsonFile = join(dir, 'data.ndjson');
  const recordsFile = join(dir, 'records.json');
  writeFileSync(ndjsonFile, ndjson);
  writeFileSync(recordsFile, JSON.stringify(records));
  return { ndjsonFile, recordsFile, stories: count, documents: documents.length, bytes: Buffer.byteLength(ndjson) };
}
