import { defineQuery } from 'groq';

// Every GROQ query the site runs lives here, so they can be typed (Sanity TypeGen) and reviewed together.
// Reusable projections are plain `/* groq */` strings spliced into the queries.

/** An image with what the site needs to render it: dimensions for width/height, alt text, caption and credit. */
export const figureProjection = /* groq */ `{
  alt,
  decorative,
  caption,
  credit,
  hotspot,
  "asset": asset->{ _id, url, "width": metadata.dimensions.width, "height": metadata.dimensions.height }
}`;

const placeSummaryProjection = /* groq */ `{ _id, name, "slug": slug.current, county, status }`;
const personProjection = /* groq */ `{
  _id, name, role, bio,
  "organisation": organisation->name,
  "photo": photo${figureProjection}
}`;

export const siteSettingsQuery = defineQuery(`*[_type == "siteSettings" && _id == "siteSettings"][0]{
  title, description, organisationName, contactEmail, contactPhone, address,
  "mainNavigation": mainNavigation[]{
    _key, label, href,
    "reference": reference->{ _type, "slug": slug.current, year }
  },
  "defaultShareImage": defaultShareImage${figureProjection}
}`);

export const pillarsQuery = defineQuery(`*[_type == "pillar"] | order(order asc){
  _id, title, "slug": slug.current, order, ingress,
  "mainImage": mainImage${figureProjection}
}`);

export const pillarBySlugQuery = defineQuery(`*[_type == "pillar" && slug.current == $slug][0]{
  _id, _type, _updatedAt, title, "slug": slug.current, order, ingress, body,
  keyFacts[]{ _key, label, value },
  "contacts": contacts[]->${personProjection},
  "mainImage": mainImage${figureProjection}
}`);

export const activePlacesQuery = defineQuery(`*[_type == "place"] | order(name asc)${placeSummaryProjection}`);

/** Every image and file asset, so the media endpoint can write each one into the static site. */
export const mediaAssetsQuery = defineQuery(`*[_type in ["sanity.imageAsset", "sanity.fileAsset"]]{
  _id, _type, url, mimeType, extension,
  "width": metadata.dimensions.width,
  "height": metadata.dimensions.height
}`);
