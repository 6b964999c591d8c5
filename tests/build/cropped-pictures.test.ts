// A picture the editor cropped in the Studio («Beskjær bilde») shows the part kept on the site's own pages, wherever
// it is used: a story's, pillar's or page's main image, a picture in rich text, a person's portrait, and the cards.
// Before, the crop was used only for the picture shown when a link is shared, and the pages showed the whole picture.
// Built from a fixture whose picture is in three bands (tests/support/banded-picture.ts): the band a file shows tells
// which part it was cut from. A second picture is used only by a story that is still a draft: the build writes no
// file of it, as of any picture no published document uses (an unpublished story's, say). A third is used only
// cropped: its full widths are not written, so the part cut away is not public under an address one could guess.
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { bandedPicture, shownBand, writeExportedPicture, type Band } from '../support/banded-picture';
import { buildSite, testBuildDir } from '../support/build-site';
import { distFile, fixedNow, hasPage, page } from '../support/dist';
import { fixtureDataset, fixturePlace, fixtureStory } from '../support/fixture-dataset';
import { checkLinks } from '../support/links';

/** The top 30 % kept (red), and the bottom 30 % (blue). */
const topPart = { _type: 'sanity.imageCrop', top: 0, bottom: 0.7, left: 0, right: 0 };
const bottomPart = { _type: 'sanity.imageCrop', top: 0.7, bottom: 0, left: 0, right: 0 };

const block = (key: string, text: string) => ({
  _type: 'block',
  _key: key,
  style: 'normal',
  markDefs: [],
  children: [{ _type: 'span', _key: `${key}s`, text, marks: [] }],
});

let outDir: string;
let sha1: string;
let draftSha1: string;
let croppedOnlySha1: string;

/** A plain picture of one colour, as an export holds it (see BandedPicture). */
async function plainPicture(background = '#808080') {
  const bytes = await sharp({ create: { width: 400, height: 300, channels: 3, background } })
    .png()
    .toBuffer();
  const sha1 = createHash('sha1').update(bytes).digest('hex');
  const file = `${sha1}-400x300.png`;
  return { bytes, sha1, file, exported: `image@file://./images/${file}` };
}

beforeAll(async () => {
  const picture = await bandedPicture();
  sha1 = picture.sha1;
  const draftPicture = await plainPicture();
  draftSha1 = draftPicture.sha1;
  const croppedOnlyPicture = await plainPicture('#406080');
  croppedOnlySha1 = croppedOnlyPicture.sha1;
  const figure = (alt: string, crop: object | null) => ({
    _type: 'figure',
    _sanityAsset: picture.exported,
    alt,
    childConsentConfirmed: true,
    ...(crop ? { crop } : {}),
  });
  const place = fixturePlace;
  const story = fixtureStory;
  const dataset = fixtureDataset({
    extra: [
      place,
      // The pillar's picture: on its page and on its card on the home page, and on the card of a story without one.
      {
        _id: 'pillar-samarbeidsprosjekter',
        _type: 'pillar',
        title: 'Samarbeidsprosjekter',
        slug: { _type: 'slug', current: 'samarbeidsprosjekter' },
        order: 1,
        ingress: 'Ingress for Samarbeidsprosjekter.',
        // The focal point in the middle of the part kept.
        mainImage: {
          ...figure('Søylens bilde.', bottomPart),
          hotspot: { _type: 'sanity.imageHotspot', x: 0.5, y: 0.85, width: 0.2, height: 0.1 },
        },
        body: [
          block('b0', 'Brødtekst for Samarbeidsprosjekter.'),
          { _key: 'f0', ...figure('Bilde i søylen.', topPart) },
        ],
      },
      story('hovedbilde', { mainImage: figure('Historiens bilde.', bottomPart) }),
      story('bilde-i-teksten', {
        body: [block('b0', 'Tekst.'), { _key: 'f0', ...figure('Bilde i historien.', topPart) }],
      }),
      story('bare-beskjaert', {
        mainImage: {
          _type: 'figure',
          _sanityAsset: croppedOnlyPicture.exported,
          alt: 'Beskåret.',
          childConsentConfirmed: true,
          crop: topPart,
        },
      }),
      // The same picture uncropped: the whole picture, under the names it had.
      story('uten-beskjaering', { mainImage: figure('Hele bildet.', null) }),
      {
        _id: 'person-fotografert',
        _type: 'person',
        name: 'Kari Nordmann',
        role: 'Prosjektleder',
        email: 'kari@example.no',
        photo: figure('Kari Nordmann.', topPart),
      },
      {
        _id: 'page-bilder',
        _type: 'page',
        title: 'Bilder',
        slug: { _type: 'slug', current: 'bilder' },
        ingress: 'En side med bilder.',
        mainImage: figure('Sidens bilde.', topPart),
        body: [block('b0', 'Tekst.'), { _key: 'f0', ...figure('Bilde på siden.', bottomPart) }],
        contacts: [{ _type: 'reference', _ref: 'person-fotografert', _key: 'c0' }],
      },
      {
        ...story('utkast', {
          mainImage: { _type: 'figure', _sanityAsset: draftPicture.exported, alt: 'Et bilde som ikke er publisert.' },
        }),
        _id: 'drafts.story-utkast',
      },
    ],
  });
  writeExportedPicture(dataset, picture);
  writeExportedPicture(dataset, draftPicture);
  writeExportedPicture(dataset, croppedOnlyPicture);
  outDir = testBuildDir('cropped-pictures');
  const build = await buildSite({
    outDir,
    env: { LOCAL_DATASET: dataset, BUILD_NOW: fixedNow },
    searchIndex: false,
  });
  expect(build.code, build.output).toBe(0);
}, 240_000);

/**
 * The <img> elements of the picture on a page: with the alt text given, or on the card linking to `card` (a card's
 * picture is decorative).
 */
const images = (path: string, { alt, card }: { alt?: string; card?: string }) => {
  const $ = page(path, outDir);
  const scope = card ? $(`.card:has(a[href="${card}"])`) : $('body');
  return scope
    .find(`img[src*="${sha1}"]`)
    .filter((_, img) => card !== undefined || $(img).attr('alt') === alt)
    .map((_, img) => ({
      src: $(img).attr('src')!,
      srcset: $(img).attr('srcset')!,
      width: $(img).attr('width'),
      height: $(img).attr('height'),
    }))
    .get();
};

// Where each cropped figure is seen, the part it shows.
const uses: { where: string; path: string; alt?: string; card?: string; band: Band }[] = [
  { where: "a story's main image", path: '/historier/hovedbilde/', alt: 'Historiens bilde.', band: 'blue' },
  { where: "a story's card", path: '/historier/', card: '/historier/hovedbilde/', band: 'blue' },
  { where: 'a picture in a story', path: '/historier/bilde-i-teksten/', alt: 'Bilde i historien.', band: 'red' },
  // A story without a picture of its own shows its pillar's on its card.
  {
    where: "a pillar's picture on a story's card",
    path: '/historier/',
    card: '/historier/bilde-i-teksten/',
    band: 'blue',
  },
  { where: "a pillar's main image", path: '/samarbeidsprosjekter/', alt: 'Søylens bilde.', band: 'blue' },
  { where: "a pillar's card", path: '/', card: '/samarbeidsprosjekter/', band: 'blue' },
  { where: 'a picture in a pillar', path: '/samarbeidsprosjekter/', alt: 'Bilde i søylen.', band: 'red' },
  { where: "a page's main image", path: '/bilder/', alt: 'Sidens bilde.', band: 'red' },
  { where: 'a picture on a page', path: '/bilder/', alt: 'Bilde på siden.', band: 'blue' },
  { where: "a person's portrait", path: '/bilder/', alt: 'Kari Nordmann.', band: 'red' },
];

describe('a picture the editor cropped', () => {
  it.each(uses)('shows the part kept as $where', async ({ path, alt, card, band }) => {
    const found = images(path, { alt, card });
    expect(found.length, `${path}: ${alt ?? card}`).toBeGreaterThan(0);
    for (const img of found) {
      // 800 × 480 kept of 800 × 1600, in files named by the crop.
      expect([img.width, img.height], path).toEqual(['800', '480']);
      expect(img.src).toMatch(new RegExp(`^/media/${sha1}-[0-9a-f]{8}-800\\.webp$`));
      expect(await shownBand(distFile(img.src, outDir)), `${path}: ${img.src}`).toBe(band);
      // Every width the page offers is made, at the width it says, from the same part.
      for (const entry of img.srcset.split(', ')) {
        const [file, descriptor] = entry.split(' ');
        expect(hasPage(file!, outDir), `${path}: ${file}`).toBe(true);
        const { width, height } = await sharp(distFile(file!, outDir)).metadata();
        expect(`${width}w`, file).toBe(descriptor);
        expect(height, file).toBe(Math.round((width! * 480) / 800));
        expect(await shownBand(distFile(file!, outDir)), file).toBe(band);
      }
    }
  });

  // A card cuts its picture to its own shape around the focal point (Figure.astro's focus-y-* class): the focal point
  // is set on the whole picture, the file shows the part kept, so it is moved into that part.
  it("cuts a card's picture around the focal point within the part kept", () => {
    const $ = page('/', outDir);
    expect($('.card:has(a[href="/samarbeidsprosjekter/"]) img').attr('class')).toBe('focus-y-50');
  });

  it('keeps the whole picture, under the names it had, where it is not cropped', async () => {
    const [img] = images('/historier/uten-beskjaering/', { alt: 'Hele bildet.' });
    expect(img).toMatchObject({ src: `/media/${sha1}-800.webp`, width: '800', height: '1600' });
    expect(await shownBand(distFile(img!.src, outDir))).toBe('green');
  });

  it("shows the part kept in the search result's picture", () => {
    const $ = page('/historier/hovedbilde/', outDir);
    const image = $('[data-pagefind-meta="image"]').text();
    expect(image).toMatch(new RegExp(`^/media/${sha1}-[0-9a-f]{8}-800\\.webp$`));
    expect(image).toBe(images('/historier/hovedbilde/', { alt: 'Historiens bilde.' })[0]!.src);
  });

  it('leaves no page linking to a file that was not made', { timeout: 180_000 }, async () => {
    const { broken } = await checkLinks(relative(process.cwd(), outDir));
    expect(broken).toEqual([]);
  });
});

describe('a picture no published document uses', () => {
  it('is not written into the site, while the published pictures are', () => {
    const media = readdirSync(join(outDir, 'media'));
    expect(media.filter((file) => file.startsWith(sha1)).length).toBeGreaterThan(0);
    expect(media.filter((file) => file.startsWith(draftSha1))).toEqual([]);
  });
});

describe('a picture every use crops', () => {
  it('is written only as the part kept: its full widths are not in the site', () => {
    const media = readdirSync(join(outDir, 'media')).filter((file) => file.startsWith(croppedOnlySha1));
    expect(media.filter((file) => /-[0-9a-f]{8}-\d+\.webp$/.test(file)).length).toBeGreaterThan(0);
    expect(media.filter((file) => new RegExp(`^${croppedOnlySha1}-\\d+\\.webp$`).test(file))).toEqual([]);
  });
});
