/**
 * Builds the bundled dataset in `seed/production/` from the readable sources in `seed/content/`:
 * `data.ndjson` in the shape `sanity dataset export` writes, with `images/`, `files/` and
 * `assets.json` beside it as an extracted export lays them out. Deterministic: fixed dates, keys
 * derived from ids, assets named by the SHA-1 of their bytes.
 *
 * Run: npm run seed:build -w studio   (Node 24, which runs TypeScript as it is)
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { conferences } from './content/conferences.ts';
import { events } from './content/events.ts';
import { people } from './content/people.ts';
import { pdfs } from './content/pdfs.ts';
import { pillars } from './content/pillars.ts';
import { collaborationProjects, organisations, places } from './content/places.ts';
import { researchQuestions, researchUpdates } from './content/research.ts';
import { activitySupport, applicationGuide, pages, siteSettings } from './content/singletons.ts';
import { stories } from './content/stories.ts';
import { HEIGHT, type IllustrationSpec, renderIllustration, renderPortrait, WIDTH } from './lib/illustrations.ts';
import { key, rev, sha1 } from './lib/keys.ts';
import { renderPdf } from './lib/pdf.ts';
import { SEED_TIME } from './lib/seed-time.ts';
import { type AssetRefs, blocks } from './lib/portable-text.ts';
import { slugify } from '../lib/validation.ts';

const here = dirname(fileURLToPath(import.meta.url));
/** SEED_OUT_DIR lets a test rebuild into a temporary folder and compare. */
const outDir = process.env.SEED_OUT_DIR || join(here, 'production');

/** An event is created in the Studio when it is announced: eight weeks before it starts, at the latest by now. */
const announcedAt = (start: string) => {
  const announced = new Date(Date.parse(start) - 56 * 24 * 3600 * 1000).toISOString().replace('.000Z', 'Z');
  return announced < SEED_TIME ? announced : SEED_TIME;
};

/**
 * A conference edition is created when it is announced with its registration (the programme: in October), or now if
 * that is still ahead. The news feed dates an edition by it: created all at once, the four editions headed the feed
 * as news of the same day.
 */
const editionAnnouncedAt = (edition: { registration: { opensAt: string } }) =>
  edition.registration.opensAt < SEED_TIME ? edition.registration.opensAt : SEED_TIME;

const illustrations: IllustrationSpec[] = [
  { name: 'samarbeid', seed: 11, palette: 0, motif: 'hills' },
  { name: 'inkludering', seed: 23, palette: 1, motif: 'circles' },
  { name: 'forskning', seed: 37, palette: 2, motif: 'bars' },
  { name: 'konferanse', seed: 41, palette: 3, motif: 'stage' },
  { name: 'aktivitet', seed: 53, palette: 0, motif: 'paths' },
  { name: 'friluft', seed: 67, palette: 2, motif: 'hills' },
  { name: 'by', seed: 71, palette: 1, motif: 'paths' },
  { name: 'sjo', seed: 83, palette: 3, motif: 'waves' },
  { name: 'musikk', seed: 97, palette: 1, motif: 'stage' },
  { name: 'fotball', seed: 101, palette: 3, motif: 'hills' },
  { name: 'fellesskap', seed: 113, palette: 0, motif: 'circles' },
  { name: 'verksted', seed: 127, palette: 1, motif: 'bars' },
];
const portraits = [
  { name: 'portrett-a', seed: 7, palette: 0 },
  { name: 'portrett-b', seed: 13, palette: 3 },
  { name: 'portrett-c', seed: 19, palette: 2 },
  { name: 'portrett-d', seed: 29, palette: 1 },
];

type Doc = Record<string, unknown> & { _id: string; _type: string };

const imageShapes = new Map<string, string>();
const fileShapes = new Map<string, string>();
const assetMeta: Record<string, { originalFilename: string }> = {};

function writeAsset(folder: 'images' | 'files', name: string, bytes: Uint8Array): string {
  mkdirSync(join(outDir, folder), { recursive: true });
  writeFileSync(join(outDir, folder, name), bytes);
  return `./${folder}/${name}`;
}

async function buildAssets() {
  for (const spec of illustrations) {
    const bytes = await renderIllustration(spec);
    const hash = sha1(bytes);
    imageShapes.set(spec.name, `image@file://${writeAsset('images', `${hash}-${WIDTH}x${HEIGHT}.jpg`, bytes)}`);
    assetMeta[`image-${hash}`] = { originalFilename: `${spec.name}.jpg` };
  }
  for (const portrait of portraits) {
    const bytes = await renderPortrait(portrait.seed, portrait.palette);
    const hash = sha1(bytes);
    imageShapes.set(portrait.name, `image@file://${writeAsset('images', `${hash}-800x800.jpg`, bytes)}`);
    assetMeta[`image-${hash}`] = { originalFilename: `${portrait.name}.jpg` };
  }
  for (const spec of pdfs) {
    const bytes = await renderPdf(spec);
    const hash = sha1(bytes);
    fileShapes.set(spec.name, `file@file://${writeAsset('files', `${hash}.pdf`, bytes)}`);
    assetMeta[`file-${hash}`] = { originalFilename: `${spec.name}.pdf` };
  }
}

const assets: AssetRefs = {
  image: (name) => {
    const shape = imageShapes.get(name);
    if (!shape) throw new Error(`Unknown image: ${name}`);
    // The bundled pictures are generated illustrations (seed/lib/illustrations.ts): no child in them can be
    // recognised, so the editor's confirmation is true.
    return { _type: 'figure', _sanityAsset: shape, childConsentConfirmed: true };
  },
  file: (name) => {
    const shape = fileShapes.get(name);
    if (!shape) throw new Error(`Unknown file: ${name}`);
    return { _type: 'file', _sanityAsset: shape };
  },
};

const ref = (id: string) => ({ _type: 'reference', _ref: id });
const refs = (owner: string, ids: string[]) => ids.map((id) => ({ _key: key(`${owner}:${id}`), ...ref(id) }));
const slug = (current: string) => ({ _type: 'slug', current });
const text = (markup: string, seed: string) => blocks(markup, seed, assets);
const figure = (name: string, alt: string, extra: Record<string, unknown> = {}) =>
  alt
    ? { ...assets.image(name), alt, decorative: false, ...extra }
    : { ...assets.image(name), decorative: true, ...extra };

function buildDocuments(): Doc[] {
  const docs: Doc[] = [];
  const add = (doc: Doc, createdAt = SEED_TIME, updatedAt = createdAt) => {
    docs.push({ _createdAt: createdAt, _updatedAt: updatedAt, ...doc });
  };

  const navItem = (item: { label: string; reference?: string; href?: string }) => ({
    _key: key(`nav:${item.label}`),
    _type: 'navItem',
    label: item.label,
    ...(item.reference ? { reference: ref(item.reference) } : {}),
    ...(item.href ? { href: item.href } : {}),
  });

  add({
    _id: 'siteSettings',
    _type: 'siteSettings',
    title: siteSettings.title,
    tagline: siteSettings.tagline,
    description: siteSettings.description,
    organisationName: siteSettings.organisationName,
    mainNavigation: siteSettings.navigation.map(navItem),
    shortcuts: siteSettings.shortcuts.map(navItem),
    contactEmail: siteSettings.contactEmail,
    contactPhone: siteSettings.contactPhone,
    address: siteSettings.address,
    isSample: siteSettings.isSample,
    areasInProcess: siteSettings.areasInProcess,
    defaultShareImage: figure(
      siteSettings.shareImage,
      'Illustrasjon: mennesker som står sammen foran åser og en stor sol.',
    ),
  });

  for (const pillar of pillars) {
    add({
      _id: pillar.id,
      _type: 'pillar',
      title: pillar.title,
      slug: slug(pillar.slug),
      order: pillar.order,
      ingress: pillar.ingress,
      body: text(pillar.body, pillar.id),
      keyFacts: pillar.keyFacts.map(([value, label]) => ({
        _key: key(`${pillar.id}:${value}`),
        _type: 'keyFact',
        value,
        label,
      })),
      contacts: refs(`${pillar.id}:contacts`, pillar.contacts),
      mainImage: figure(
        pillar.image,
        pillar.imageAlt ?? '',
        pillar.imageHotspot ? { hotspot: { _type: 'sanity.imageHotspot', ...pillar.imageHotspot } } : {},
      ),
      ...(pillar.evaluation
        ? {
            evaluation: {
              _type: 'evaluation',
              ...pillar.evaluation,
              researchPartner: ref(pillar.evaluation.researchPartner),
            },
          }
        : {}),
    });
  }

  for (const place of places) {
    add({
      _id: place.id,
      _type: 'place',
      name: place.name,
      slug: slug(place.slug),
      preposition: place.preposition ?? 'i',
      county: place.county,
      location: { _type: 'geopoint', lat: place.lat, lng: place.lng },
      status: place.status,
      ingress: place.ingress,
      isSample: place.isSample ?? false,
    });
  }

  for (const organisation of organisations) {
    add({
      _id: organisation.id,
      _type: 'organisation',
      name: organisation.name,
      kind: organisation.kind,
      ...(organisation.website ? { website: organisation.website } : {}),
      ...(organisation.place ? { place: ref(organisation.place) } : {}),
      isSample: organisation.isSample,
    });
  }

  for (const person of people) {
    add({
      _id: person.id,
      _type: 'person',
      name: person.name,
      role: person.role,
      ...(person.organisation ? { organisation: ref(person.organisation) } : {}),
      ...(person.photo ? { photo: figure(person.photo, person.photoAlt ?? '') } : {}),
      ...(person.bio ? { bio: person.bio } : {}),
      email: person.email ?? `${slugify(person.name).replace(/-/g, '.')}@example.no`,
      ...(person.phone ? { phone: person.phone } : {}),
      ...(person.isSharedAddress ? { isSharedAddress: true } : {}),
      isSample: true,
    });
  }

  for (const project of collaborationProjects) {
    add({
      _id: project.id,
      _type: 'collaborationProject',
      title: project.title,
      place: ref(project.place),
      startYear: project.startYear,
      status: 'active',
      leadOrganisation: ref(project.lead),
      partners: refs(`${project.id}:partners`, project.partners),
      ingress: project.ingress,
      body: text(project.body, project.id),
      contacts: refs(`${project.id}:contacts`, project.contacts),
      isSample: true,
    });
  }

  for (const story of stories) {
    add(
      {
        _id: story.id,
        _type: 'projectStory',
        title: story.title,
        slug: slug(story.slug),
        place: ref(story.place),
        pillar: ref(story.pillar),
        organisations: refs(`${story.id}:orgs`, story.organisations),
        period: {
          startYear: story.period.startYear,
          ...(story.period.endYear ? { endYear: story.period.endYear } : {}),
          ongoing: story.period.ongoing,
        },
        ingress: story.ingress,
        summary: story.summary,
        body: text(story.body, story.id),
        mainImage: figure(story.image, story.imageAlt ?? ''),
        tags: story.tags,
        publishedAt: story.publishedAt,
        isSample: true,
      },
      story.publishedAt,
    );
  }

  for (const event of events) {
    add(
      {
        _id: event.id,
        _type: 'event',
        title: event.title,
        slug: slug(event.slug),
        kind: event.kind,
        start: event.start,
        end: event.end,
        venue: { _type: 'venue', ...event.venue },
        place: ref(event.place),
        ...(event.capacity ? { capacity: event.capacity } : {}),
        ...(event.registration ? { registration: { _type: 'registration', ...event.registration } } : {}),
        ingress: event.ingress,
        description: text(event.description, event.id),
        pillar: ref(event.pillar),
        ...(event.cancelled ? { cancelled: true } : {}),
        isSample: event.isSample,
      },
      announcedAt(event.start),
    );
  }

  for (const conference of conferences) {
    add(
      {
        _id: conference.id,
        _type: 'conference',
        year: conference.year,
        title: conference.title,
        theme: conference.theme,
        ingress: conference.ingress,
        venue: {
          _type: 'venue',
          name: 'Konferansesenteret i Stavanger sentrum',
          address: 'Eksempelgata 20, 4006 Stavanger',
        },
        place: ref('place-stavanger'),
        days: conference.days.map((day) => ({
          _key: key(`${conference.id}:${day.kind}`),
          _type: 'conferenceDay',
          ...day,
        })),
        registration: { _type: 'registration', ...conference.registration },
        sessions: conference.sessions.map((session, index) => {
          const sessionKey = key(`${conference.id}:session:${index}`);
          return {
            _key: sessionKey,
            _type: 'session',
            title: session.title,
            start: session.start,
            end: session.end,
            // A break («Pause», «Lunsj») has neither: the site shows it as one quiet line.
            ...(session.speakers?.length ? { speakers: refs(`${sessionKey}:speakers`, session.speakers) } : {}),
            ...(session.summary ? { summary: session.summary } : {}),
            ...(session.material
              ? {
                  material: session.material.map((item) =>
                    item.kind === 'file'
                      ? {
                          _key: key(`${sessionKey}:${item.title}`),
                          _type: 'materialFile',
                          title: item.title,
                          file: assets.file(item.file),
                        }
                      : {
                          _key: key(`${sessionKey}:${item.title}`),
                          _type: 'materialLink',
                          title: item.title,
                          url: item.url,
                        },
                  ),
                }
              : {}),
            ...(session.videoUrl ? { videoUrl: session.videoUrl } : {}),
            ...(session.researchUpdate ? { researchUpdate: ref(session.researchUpdate) } : {}),
          };
        }),
        workshops: refs(`${conference.id}:workshops`, conference.workshops),
        body: text(conference.body, conference.id),
        isSample: conference.isSample,
      },
      editionAnnouncedAt(conference),
      SEED_TIME,
    );
  }

  for (const question of researchQuestions) {
    add({
      _id: question.id,
      _type: 'researchQuestion',
      number: question.number,
      question: question.question,
      explanation: question.explanation,
      findings: text(question.findings, question.id),
      isSample: true,
    });
  }

  for (const update of researchUpdates) {
    add(
      {
        _id: update.id,
        _type: 'researchUpdate',
        title: update.title,
        slug: slug(update.slug),
        date: update.date,
        questions: refs(`${update.id}:q`, update.questions),
        summary: update.summary,
        body: text(update.body, update.id),
        partner: ref('org-inkluderingsforskning'),
        ...(update.report
          ? {
              report: {
                kind: update.report.kind ?? 'report',
                ...(update.report.file ? { file: assets.file(update.report.file) } : {}),
                ...(update.report.url ? { url: update.report.url } : {}),
              },
            }
          : {}),
        isSample: true,
      },
      `${update.date}T08:00:00Z`,
    );
  }

  add({
    _id: 'activitySupport',
    _type: 'activitySupport',
    maxAmount: activitySupport.maxAmount,
    eligibleExpenses: activitySupport.eligibleExpenses,
    expensesFor: activitySupport.expensesFor,
    whoCanApply: text(activitySupport.whoCanApply, 'activitySupport:who'),
    amountCriteria: text(activitySupport.amountCriteria, 'activitySupport:amount'),
    rounds: activitySupport.rounds.map((round) => ({
      _key: key(`round:${round.title}`),
      _type: 'applicationRound',
      ...round,
    })),
    applyUrl: activitySupport.applyUrl,
    beforeApplying: activitySupport.beforeApplying,
    body: text(activitySupport.body, 'activitySupport:body'),
    isSample: activitySupport.isSample,
  });

  add({
    _id: 'applicationGuide',
    _type: 'applicationGuide',
    title: applicationGuide.title,
    ingress: applicationGuide.ingress,
    dialogue: text(applicationGuide.dialogue, 'applicationGuide:dialogue'),
    steps: applicationGuide.steps.map((step, index) => ({
      _key: key(`step:${index}`),
      _type: 'applicationStep',
      title: step.title,
      text: step.text,
    })),
    checklist: applicationGuide.checklist.map((item, index) => ({
      _key: key(`checklist:${index}`),
      _type: 'checklistItem',
      question: item.question,
      ...(item.help ? { help: item.help } : {}),
      ...(item.subItems
        ? {
            subItems: item.subItems.map((sub, subIndex) => ({
              _key: key(`checklist:${index}:${subIndex}`),
              _type: 'checklistSubItem',
              question: sub.question,
              ...(sub.help ? { help: sub.help } : {}),
            })),
          }
        : {}),
    })),
    steeringGroupAdvice: applicationGuide.steeringGroupAdvice,
    applicantOrganisation: applicationGuide.applicantOrganisation,
    body: text(applicationGuide.body, 'applicationGuide:body'),
  });

  for (const page of pages) {
    add({
      _id: page.id,
      _type: 'page',
      title: page.title,
      slug: slug(page.slug),
      ingress: page.ingress,
      ...(page.image ? { mainImage: figure(page.image, page.imageAlt ?? '') } : {}),
      ...(page.contactTopics
        ? {
            contactTopics: page.contactTopics.map((topic) => ({
              _key: key(`${page.id}:topic:${topic.heading}`),
              _type: 'contactTopic',
              heading: topic.heading,
              text: topic.text,
              contact: ref(topic.contact),
            })),
          }
        : {}),
      ...(page.body ? { body: text(page.body, page.id) } : {}),
      ...(page.contacts ? { contacts: refs(`${page.id}:c`, page.contacts) } : {}),
    });
  }

  // Two drafts, so tests can prove drafts never reach the public site.
  const edited = docs.find((doc) => doc._id === 'story-bergen-utstyrsbanken');
  if (!edited) throw new Error('Draft source story missing');
  add(
    {
      ...edited,
      _id: 'drafts.story-bergen-utstyrsbanken',
      title: 'UTKAST-MARKØR: Utstyrsbanken som fikk hele bydelen på tur',
      body: [
        ...(edited.body as unknown[]),
        ...text('UTKAST-MARKØR: Dette avsnittet er et ulagret utkast og skal aldri vises på nettstedet.', 'draft:edit'),
      ],
    },
    edited._createdAt as string,
    '2026-11-20T10:00:00Z',
  );
  add(
    {
      _id: 'drafts.story-utkast-oslo',
      _type: 'projectStory',
      title: 'UTKAST-MARKØR: Ny historie fra Oslo',
      slug: slug('utkast-ny-historie-fra-oslo'),
      place: ref('place-oslo'),
      pillar: ref('pillar-samarbeidsprosjekter'),
      ingress: 'UTKAST-MARKØR: En historie som bare finnes som utkast.',
      summary: 'UTKAST-MARKØR: Kort fortalt, ikke publisert.',
      body: text('UTKAST-MARKØR: Denne historien er ikke publisert.', 'draft:new'),
      // No «Publisert», as in any new draft: «Publiser» fills it in (studio/lib/publish-date.ts).
      isSample: true,
    },
    '2026-11-20T10:00:00Z',
  );

  return docs;
}

/** Export order: by `_id`; system fields first, as the export writes them. */
function serialise(docs: Doc[]): string {
  return docs
    .map((doc) => {
      const { _id, _type, _createdAt, _updatedAt, ...fields } = doc;
      const withRev = { _id, _type, _createdAt, _updatedAt, _rev: rev(JSON.stringify(doc)), ...fields };
      return JSON.stringify(withRev);
    })
    .sort((a, b) => (JSON.parse(a)._id < JSON.parse(b)._id ? -1 : 1))
    .join('\n')
    .concat('\n');
}

async function main() {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  await buildAssets();
  const docs = buildDocuments();
  const ids = new Set<string>();
  for (const doc of docs) {
    if (ids.has(doc._id)) throw new Error(`Duplicate _id ${doc._id}`);
    ids.add(doc._id);
  }
  writeFileSync(join(outDir, 'data.ndjson'), serialise(docs));
  const sortedMeta = Object.fromEntries(Object.entries(assetMeta).sort(([a], [b]) => (a < b ? -1 : 1)));
  writeFileSync(join(outDir, 'assets.json'), `${JSON.stringify(sortedMeta, null, 2)}\n`);
  const counts: Record<string, number> = {};
  for (const doc of docs) counts[doc._type] = (counts[doc._type] ?? 0) + 1;
  console.log(`Wrote ${docs.length} documents to ${join(outDir, 'data.ndjson')}`);
  console.log(counts);
}

await main();
