import { defineQuery } from 'groq';

// Every GROQ query the pages and the content guard run lives here, so they can be typed (Sanity TypeGen) and reviewed
// together. The Content Lake backend keeps its two bookkeeping queries (a count, ids by perspective) beside its client.
// Reusable projections are plain `/* groq */` strings spliced into the queries. Upcoming versus past is decided
// in the pages from one build-time "now" (src/lib/now.ts), not in GROQ, so both backends agree to the second.

/**
 * How the editor framed this use of a picture (src/lib/image-framing.ts): the focal point pictures are cut around,
 * and the crop the share picture and the picture's widths on the page are cut from. The same fields in figures, in
 * sharePicturesQuery and in croppedFiguresQuery, so the files a page names and those the media endpoint makes get
 * the same names.
 */
const cropFields = /* groq */ `"crop": crop{ top, bottom, left, right }`;
const framingFields = /* groq */ `"hotspot": hotspot{ x, y, width, height }, ${cropFields}`;

/**
 * An image with what the site needs to render it: dimensions for width/height, alt text, caption and credit, and how
 * the editor framed it.
 */
const figureProjection = /* groq */ `{
  alt,
  decorative,
  caption,
  credit,
  ${framingFields},
  "asset": asset->{ _id, "width": metadata.dimensions.width, "height": metadata.dimensions.height }
}`;

const fileProjection = /* groq */ `{ _id, extension, size, originalFilename }`;

/** Where a reference points, in the shape `documentPath()` takes. */
const linkTargetProjection = /* groq */ `{ _type, "slug": slug.current, year, "placeSlug": place->slug.current }`;

/** Portable Text with internal links resolved to their targets, and images and attachments with their assets. */
const bodyProjection = /* groq */ `[]{
  ...,
  markDefs[]{
    ...,
    _type == "internalLink" => { "reference": reference->${linkTargetProjection} }
  },
  _type == "figure" => ${figureProjection},
  _type == "attachment" => { "file": file.asset->${fileProjection} }
}`;

const placeRefProjection = /* groq */ `{ _id, name, "slug": slug.current, "preposition": coalesce(preposition, "i") }`;

const personProjection = /* groq */ `{
  _id, name, role, bio, email, phone, isSample, isSharedAddress,
  "organisation": organisation->name,
  "photo": photo${figureProjection}
}`;

const organisationProjection = /* groq */ `{ _id, name, kind, website, isSample, "place": place->name }`;

// A story without a picture shows its pillar's on its card, so a row of cards keeps its pictures in line.
const storyCardProjection = /* groq */ `{
  _id, title, "slug": slug.current, ingress, publishedAt, isSample,
  "place": place->${placeRefProjection},
  "pillar": pillar->{ title, "slug": slug.current },
  "mainImage": select(defined(mainImage.asset) => mainImage, pillar->mainImage)${figureProjection}
}`;

const eventCardProjection = /* groq */ `{
  _id, title, "slug": slug.current, kind, start, end, ingress, isSample, cancelled,
  venue{ name, address },
  "place": place->${placeRefProjection},
  registration{ status, opensAt, closesAt, url }
}`;

const researchUpdateCardProjection = /* groq */ `{
  _id, title, "slug": slug.current, date, summary, isSample,
  "questions": questions[]->{ _id, number } | order(number asc)
}`;

const registrationProjection = /* groq */ `registration{ status, opensAt, closesAt, url, price, priceNote }`;

const navItemProjection = /* groq */ `{ _key, label, href, "reference": reference->${linkTargetProjection} }`;

export const siteSettingsQuery = defineQuery(`*[_type == "siteSettings" && _id == "siteSettings"][0]{
  title, tagline, description, organisationName, contactEmail, contactPhone, address, isSample, areasInProcess,
  "mainNavigation": mainNavigation[]${navItemProjection},
  "shortcuts": shortcuts[]${navItemProjection},
  "defaultShareImage": defaultShareImage${figureProjection}
}`);

export const pillarsQuery = defineQuery(`*[_type == "pillar"] | order(order asc){
  _id, title, "slug": slug.current, order, ingress,
  "mainImage": mainImage${figureProjection}
}`);

export const pillarBySlugQuery = defineQuery(`*[_type == "pillar" && slug.current == $slug][0]{
  _id, _type, _updatedAt, title, "slug": slug.current, order, ingress,
  "body": body${bodyProjection},
  keyFacts[]{ _key, label, value },
  "contacts": contacts[]->${personProjection},
  "mainImage": mainImage${figureProjection},
  evaluation{ startYear, resultsYear, methods, isSample, "researchPartner": researchPartner->${organisationProjection} }
}`);

/** Every place, for the map and the place lists, with how much there is to read about each. */
export const placesQuery = defineQuery(`*[_type == "place"] | order(name asc){
  _id, name, "slug": slug.current, "preposition": coalesce(preposition, "i"), county, status, location, isSample,
  "storyCount": count(*[_type == "projectStory" && place._ref == ^._id]),
  "projectCount": count(*[_type == "collaborationProject" && place._ref == ^._id])
}`);

/**
 * Every place with all that happens there: its collaboration projects, organisations and events. Its stories come
 * from storyCardsQuery (steder/[place].astro), which the listings load anyway: a place shows six of what may be
 * thousands, so projecting them here would copy every story once more.
 */
export const placePagesQuery = defineQuery(`*[_type == "place"] | order(name asc){
  _id, _type, _updatedAt, name, "slug": slug.current, "preposition": coalesce(preposition, "i"), county, status,
  ingress, location, isSample,
  "projects": *[_type == "collaborationProject" && place._ref == ^._id] | order(startYear asc){
    _id, title, startYear, status, ingress, isSample,
    "body": body${bodyProjection},
    "leadOrganisation": leadOrganisation->${organisationProjection},
    "partners": partners[]->${organisationProjection},
    "contacts": contacts[]->${personProjection}
  },
  "organisations": *[_type == "organisation" && place._ref == ^._id] | order(name asc)${organisationProjection},
  "events": *[_type == "event" && place._ref == ^._id] | order(start desc)${eventCardProjection}
}`);

export const storyCardsQuery = defineQuery(
  `*[_type == "projectStory"] | order(publishedAt desc)${storyCardProjection}`,
);

/** Every story with everything its own page shows. */
export const storyPagesQuery = defineQuery(`*[_type == "projectStory"] | order(publishedAt desc){
  _id, _type, _updatedAt, title, "slug": slug.current, ingress, summary, publishedAt, tags, isSample,
  period{ startYear, endYear, ongoing },
  "body": body${bodyProjection},
  "mainImage": mainImage${figureProjection},
  "place": place->${placeRefProjection},
  "pillar": pillar->{ title, "slug": slug.current },
  "organisations": organisations[]->${organisationProjection}
}`);

export const eventCardsQuery = defineQuery(`*[_type == "event"] | order(start asc)${eventCardProjection}`);

/** Every event with everything its own page and its calendar file show (its conference: loadEventPages). */
export const eventPagesQuery = defineQuery(`*[_type == "event"] | order(start asc){
  _id, _type, _updatedAt, title, "slug": slug.current, kind, start, end, capacity, ingress, isSample, cancelled,
  venue{ name, address },
  "place": place->${placeRefProjection},
  "pillar": pillar->{ title, "slug": slug.current },
  ${registrationProjection},
  "description": description${bodyProjection}
}`);

/** Every conference edition with its days, programme, speakers and material: the archive visitors search. */
export const conferencePagesQuery = defineQuery(`*[_type == "conference"] | order(year desc){
  _id, _type, _updatedAt, year, title, theme, ingress, isSample,
  venue{ name, address },
  "place": place->${placeRefProjection},
  ${registrationProjection},
  days[]{ _key, kind, title, description, start, end, capacity, status },
  sessions[]{
    _key, start, end, title, summary, videoUrl,
    "researchUpdate": researchUpdate->{ title, "slug": slug.current },
    "speakers": speakers[]->${personProjection},
    "speakerPlaces": speakers[]->organisation->place->name,
    material[]{
      _key, _type, title, url,
      "file": file.asset->${fileProjection}
    }
  },
  "workshops": workshops[]->${eventCardProjection},
  "body": body${bodyProjection}
}`);

export const researchQuestionsQuery = defineQuery(`*[_type == "researchQuestion"] | order(number asc){
  _id, _updatedAt, number, question, explanation, isSample,
  "findings": findings${bodyProjection}
}`);

export const researchUpdateCardsQuery = defineQuery(
  `*[_type == "researchUpdate"] | order(date desc)${researchUpdateCardProjection}`,
);

/** Research updates that carry a report (a file or a link), newest first: /forskning lists them in one place. */
const hasReport = /* groq */ `(defined(report.file.asset) || defined(report.url))`;
export const researchReportsQuery = defineQuery(`*[_type == "researchUpdate" && ${hasReport}] | order(date desc){
  _id, title, "slug": slug.current, date, isSample, "partner": partner->name, report{ "kind": coalesce(kind, "report"), url, "file": file.asset->${fileProjection} }
}`);

export const researchUpdatePagesQuery = defineQuery(`*[_type == "researchUpdate"] | order(date desc){
  _id, _type, _updatedAt, title, "slug": slug.current, date, summary, isSample,
  "body": body${bodyProjection},
  "questions": questions[]->{ _id, number, question } | order(number asc),
  "partner": partner->${organisationProjection},
  report{ "kind": coalesce(kind, "report"), url, "file": file.asset->${fileProjection} },
  "presentedAt": *[_type == "conference" && defined(year) && ^._id in sessions[].researchUpdate._ref] | order(year desc){
    year, title,
    "sessions": sessions[researchUpdate._ref == ^.^._id]{ _key, title }
  }
}`);

/** What the grant adds to the pillar page /aktivitetsstotte; the page's title, ingress and contacts are the pillar's. */
export const activitySupportQuery = defineQuery(`*[_type == "activitySupport" && _id == "activitySupport"][0]{
  _id, _type, _updatedAt, maxAmount, eligibleExpenses, expensesFor, applyUrl, beforeApplying, isSample,
  "whoCanApply": whoCanApply${bodyProjection},
  "amountCriteria": amountCriteria${bodyProjection},
  rounds[]{ _key, title, opensAt, deadline, decision },
  "body": body${bodyProjection}
}`);

export const applicationGuideQuery = defineQuery(`*[_type == "applicationGuide" && _id == "applicationGuide"][0]{
  _id, _type, _updatedAt, title, ingress, steeringGroupAdvice, applicantOrganisation,
  "dialogue": dialogue${bodyProjection},
  steps[]{ _key, title, text },
  checklist[]{ _key, question, help, subItems[]{ _key, question, help } },
  "body": body${bodyProjection}
}`);

/** Editors' pages for the footer: title and address only. */
export const footerPagesQuery = defineQuery(
  `*[_type == "page" && defined(slug.current)] | order(title asc){ title, "slug": slug.current }`,
);

export const pagesQuery = defineQuery(`*[_type == "page"] | order(title asc){
  _id, _type, _updatedAt, title, "slug": slug.current, ingress,
  "contactTopics": contactTopics[]{ _key, heading, text, "contact": contact->${personProjection} },
  "body": body${bodyProjection},
  "mainImage": mainImage${figureProjection},
  "contacts": contacts[]->${personProjection}
}`);

/**
 * The newest stories, research updates, events and conference editions, for the RSS feed. An event or a conference is
 * news when it is announced (created), not when it starts: dated by its start, next year's conference would head the
 * feed until it happened. A cancelled event is dated when it was last changed (cancelled): the feed gives the
 * cancellation an item of its own (src/pages/rss.xml.ts).
 */
export const feedQuery = defineQuery(`*[_type in ["projectStory", "researchUpdate", "event", "conference"]]{
  _id, _type, title, "slug": slug.current, year, cancelled, start, end, isSample,
  "days": days[]{ start, end },
  "place": place->{ name, "preposition": coalesce(preposition, "i") },
  "date": select(
    _type == "event" && cancelled == true => _updatedAt,
    _type in ["event", "conference"] => _createdAt,
    coalesce(publishedAt, date, _createdAt)
  ),
  "description": coalesce(ingress, summary)
} | order(date desc)[0...40]`);

/**
 * The uses of images that are some page's link-preview picture, each with how the editor framed it there: a story's,
 * pillar's or page's main image, and the settings' default. The media endpoint makes a share JPEG of each distinct
 * use (shareImage in src/lib/images.ts).
 */
export const sharePicturesQuery = defineQuery(`
  *[_type in ["projectStory", "pillar", "page"] && defined(mainImage.asset)].mainImage{
    "assetId": asset._ref, ${framingFields}
  } +
  *[_id == "siteSettings" && defined(defaultShareImage.asset)].defaultShareImage{
    "assetId": asset._ref, ${framingFields}
  }
`);

/** Of a list of figures (and in rich text, blocks and attachments), those the editor cropped, with the crop. */
const croppedFigure = /* groq */ `[defined(asset._ref) && defined(crop)]{ "assetId": asset._ref, ${cropFields} }`;

/**
 * Every use of an image on the site's pages (components/Figure.astro) that the editor cropped, with the crop: the
 * main images of stories, pillars and pages (also on cards), people's portraits, and the figures in every rich-text
 * field (shared/rich-text.ts `richTextFields`). The media endpoint cuts the widths of each distinct crop from the part
 * kept (responsiveImage in src/lib/images.ts); a use of an image not listed here would link to widths never made.
 */
export const croppedFiguresQuery = defineQuery(`
  (*[_type in ["projectStory", "pillar", "page"]].mainImage)${croppedFigure} +
  (*[_type == "person"].photo)${croppedFigure} +
  (*[].body[])${croppedFigure} +
  (*[].description[])${croppedFigure} +
  (*[].findings[])${croppedFigure} +
  (*[].whoCanApply[])${croppedFigure} +
  (*[].amountCriteria[])${croppedFigure} +
  (*[].dialogue[])${croppedFigure}
`);

/** Every image and file asset, so the media endpoint can write the ones in use into the static site. */
export const mediaAssetsQuery = defineQuery(`*[_type in ["sanity.imageAsset", "sanity.fileAsset"]]{
  _id, _type, url, mimeType, extension,
  "width": metadata.dimensions.width,
  "height": metadata.dimensions.height
}`);

/** A file whose text search indexes: where it is served from and what it is called. */
const searchFileProjection = /* groq */ `{ _id, url, extension, mimeType, originalFilename, size }`;

/** The files attached in a Portable Text field. */
const attachedFiles = /* groq */ `[_type == "attachment" && defined(file.asset)]`;
const attachmentProjection = /* groq */ `${attachedFiles}{ _key, title, "asset": file.asset->${searchFileProjection} }`;

/**
 * Every attached file whose text goes into the search index, with the page (or conference session) that carries
 * it: session material on each conference edition, research update reports, and attachments in the Portable Text
 * fields pages render (a research question's `findings` excepted: it has no page of its own, it is shown on
 * /forskning). The Pagefind integration extracts the PDFs' text and points each hit at the file; session material is
 * filed under the places of its speakers' organisations and the venue.
 */
export const searchMaterialQuery = defineQuery(`{
  "conferences": *[_type == "conference" && defined(year)] | order(year desc){
    _type, year, title, "place": place->{ name, "preposition": coalesce(preposition, "i") },
    "sessions": sessions[count(material[_type == "materialFile" && defined(file.asset)]) > 0]{
      _key, title, start, "speakerPlaces": speakers[]->organisation->place->name,
      "files": material[_type == "materialFile" && defined(file.asset)]{ _key, title, "asset": file.asset->${searchFileProjection} }
    }
  },
  "documents": *[
    defined(report.file.asset) || count(body${attachedFiles}) > 0 || count(description${attachedFiles}) > 0 ||
    count(whoCanApply${attachedFiles}) > 0 || count(amountCriteria${attachedFiles}) > 0 || count(dialogue${attachedFiles}) > 0
  ]{
    _type, title, "slug": slug.current, year, "placeSlug": place->slug.current,
    "report": report.file.asset->${searchFileProjection},
    "attachmentLists": [
      body${attachmentProjection}, description${attachmentProjection}, whoCanApply${attachmentProjection},
      amountCriteria${attachmentProjection}, dialogue${attachmentProjection}
    ]
  }
}`);

/**
 * Every document of the types the site renders ($types: renderedTypes), whole: for the content guard's checks at the
 * start of a build, and for the pictures and files they use, which are the ones the media endpoint writes
 * (assetUses).
 */
export const renderedDocumentsQuery = defineQuery(`*[_type in $types]`);

/** Files over the size the site's host serves ($limit, maxFileBytes), by id with their size: the guard names their uses. */
export const oversizedFilesQuery = defineQuery(`*[_type == "sanity.fileAsset" && size > $limit]{ _id, size }`);

/**
 * The revision of every published document the site renders, at the end of a build: which of them were published,
 * changed or deleted while the pages were made (src/lib/content-guard/changes-during-build.ts).
 */
export const contentRevisionsQuery = defineQuery(`*[_type in $types]{ _id, _rev }`);

/** Every document id, so the guard can tell a reference to a missing document from one to an unrendered type. */
export const documentIdsQuery = defineQuery(`*[]._id`);
