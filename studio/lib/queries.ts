import { defineQuery } from 'groq';

// Every GROQ query the Studio runs itself (initial values, validation, the structure, document actions) lives here,
// so TypeGen types them as it does the site's (src/lib/sanity/queries.ts; sanity.cli.ts reads both files).

/**
 * Published documents only. The Studio's client reads the raw dataset: beside each published document it sees its
 * draft (`drafts.<id>`) and its versions in releases (`versions.<release>.<id>`), so "the published X" has to leave
 * out both.
 */
const publishedOnly = /* groq */ `!(_id in path("drafts.**")) && !(_id in path("versions.**"))`;

/**
 * Other documents than this one, published or draft: a release may never be published, so versions do not count,
 * and this document's own draft and versions are the same document. $id is the published id, $draftId its draft's.
 */
const otherDocuments = /* groq */ `!(_id in [$id, $draftId]) && !(_id in path("versions.**"))`;

/** A new conference's place. */
export const stavangerIdQuery = defineQuery(
  `*[_type == "place" && slug.current == "stavanger" && ${publishedOnly}][0]._id`,
);

/** A new story's pillar: the slug is what the site finds the pillar by, not its _id. */
export const pillarIdAtSlugQuery = defineQuery(
  `*[_type == "pillar" && slug.current == $slug && ${publishedOnly}][0]._id`,
);

/** The document with this exact id (a published id is never a draft's or a version's). */
export const placeNameQuery = defineQuery(`*[_id == $placeId][0].name`);
export const isPublishedQuery = defineQuery(`defined(*[_id == $id][0]._id)`);
export const slugAtIdQuery = defineQuery(`*[_id == $id][0].slug.current`);

/** Numbers that only one document of their type may have: how many others already have $value. */
export const conferenceYearTakenQuery = defineQuery(
  `count(*[_type == "conference" && year == $value && ${otherDocuments}])`,
);
export const pillarOrderTakenQuery = defineQuery(`count(*[_type == "pillar" && order == $value && ${otherDocuments}])`);
export const questionNumberTakenQuery = defineQuery(
  `count(*[_type == "researchQuestion" && number == $value && ${otherDocuments}])`,
);

/** What a text that says «sju byer» is checked against: what the site shows. */
export const placeCountsQuery = defineQuery(`{
  "activePlaces": count(*[_type == "place" && status == "active" && ${publishedOnly}]),
  "areasInProcess": *[_id == "siteSettings"][0].areasInProcess,
  "establishingPlaces": count(*[_type == "place" && status == "establishing" && ${publishedOnly}])
}`);

/** How many published places are «Under etablering»: the number in «Innstillinger» must count them all. */
export const establishingPlacesQuery = defineQuery(
  `count(*[_type == "place" && status == "establishing" && ${publishedOnly}])`,
);

/** A document's published status, for a reminder when a draft changes it. */
export const statusAtIdQuery = defineQuery(`*[_id == $id][0].status`);

/** The published collaboration projects at a place, and the place itself with the others than this project. */
export const projectStatusesAtPlaceQuery = defineQuery(
  `*[_type == "collaborationProject" && place._ref == $id && ${publishedOnly}].status`,
);
export const placeAndOtherProjectStatusesQuery = defineQuery(`*[_id == $placeId][0]{
  name,
  status,
  "others": *[_type == "collaborationProject" && place._ref == $placeId && !(_id in [$id, $draftId]) && ${publishedOnly}].status
}`);

/** Names of drafts, by their draft ids, for «publish … first». */
export const draftNamesQuery = defineQuery(
  `*[_id in $ids]{ _id, "name": coalesce(title, name, question, string(year)) }`,
);

/** The activity support's published maximum, for the warning when a draft raises it. */
export const maxAmountAtIdQuery = defineQuery(`*[_id == $id][0].maxAmount`);

/** A file's size in bytes, for the rule that keeps files the site's host cannot serve out. */
export const fileSizeQuery = defineQuery(`*[_id == $id][0].size`);

/** An organisation as the editor last left it: its draft when there is one. */
export const organisationNameAndKindQuery = defineQuery(
  `*[_id in [$id, "drafts." + $id]] | order(_id desc)[0]{ name, kind }`,
);
