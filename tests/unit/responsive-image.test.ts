// The widths a page's <img> links to, for a picture as uploaded and for one the editor cropped in the Studio
// («Beskjær bilde»): a cropped use shows the part kept, in files of its own.
import { describe, expect, it } from 'vitest';
import { croppedRect } from '../../src/lib/image-framing';
import { responsiveImage } from '../../src/lib/images';
import { imageWidthUrl } from '../../src/lib/sanity/image-bytes';
import { croppedFiguresQuery } from '../../src/lib/sanity/queries';
import { richTextFields } from '@for-alle/shared/rich-text';

const sha1 = '62cb341422a6d6bdc27f8270a911bbf1a5d63f60';
const tall = { _id: `image-${sha1}-800x1600-jpg`, width: 800, height: 1600 };
const wide = { _id: `image-${sha1}-2400x1600-jpg`, width: 2400, height: 1600 };
const untouched = { crop: { top: 0, bottom: 0, left: 0, right: 0 }, hotspot: { x: 0.5, y: 0.5, width: 1, height: 1 } };
/** The lower 30 % of the picture kept. */
const lowerPart = { crop: { top: 0.7, bottom: 0, left: 0, right: 0 } };

describe('responsiveImage', () => {
  it('links an uncropped picture to the widths it had, at its own shape', () => {
    const expected = {
      src: `/media/${sha1}-1200.webp`,
      srcset: [480, 800, 1200, 1600].map((width) => `/media/${sha1}-${width}.webp ${width}w`).join(', '),
      width: 1200,
      height: 800,
    };
    expect(responsiveImage(wide)).toEqual(expected);
    // What the Studio stores when the editor opens the tool and changes nothing, and a focal point alone.
    expect(responsiveImage(wide, untouched)).toEqual(expected);
    expect(responsiveImage(wide, { hotspot: { x: 0.5, y: 0.1, width: 0.2, height: 0.2 } })).toEqual(expected);
  });

  it('links a cropped picture to widths of the part kept, at its shape and never wider than it', () => {
    const picture = responsiveImage(tall, lowerPart)!;
    expect(picture.src).toMatch(new RegExp(`^/media/${sha1}-[0-9a-f]{8}-800\\.webp$`));
    expect(picture.srcset).toMatch(new RegExp(`^/media/${sha1}-[0-9a-f]{8}-480\\.webp 480w, .+-800\\.webp 800w$`));
    // 800 × 480 kept of 800 × 1600.
    expect([picture.width, picture.height]).toEqual([800, 480]);
    // A narrow crop: 40 % of 2400 px is 960 px, the widest file.
    const narrow = responsiveImage(wide, { crop: { top: 0, bottom: 0, left: 0.3, right: 0.3 } })!;
    expect(narrow.srcset.split(', ').map((entry) => entry.split(' ')[1])).toEqual(['480w', '800w', '960w']);
    expect([narrow.width, narrow.height]).toEqual([960, 1600]);
  });

  it('names the files by the crop alone: another crop gets other files, a moved focal point the same', () => {
    const src = (framing: object) => responsiveImage(tall, framing)!.src;
    expect(src({ ...lowerPart, hotspot: { x: 0.5, y: 0.9, width: 0.2, height: 0.2 } })).toBe(src(lowerPart));
    expect(src({ crop: { ...lowerPart.crop, top: 0.6 } })).not.toBe(src(lowerPart));
  });
});

describe('the bytes of a cropped width', () => {
  it('are cut from the crop, by Sanity from the Content Lake and by sharp from the bundled dataset alike', () => {
    const url = new URL(imageWidthUrl({ projectId: 'abc', dataset: 'production' }, tall._id, 800, lowerPart));
    expect(url.searchParams.get('rect')).toBe('0,1120,800,480');
    expect(url.searchParams.get('w')).toBe('800');
    expect(croppedRect(tall, lowerPart, 800)).toEqual({ left: 0, top: 1120, width: 800, height: 480 });
    // Uncropped: the whole picture, as before.
    const whole = new URL(imageWidthUrl({ projectId: 'abc', dataset: 'production' }, tall._id, 480, untouched));
    expect(whole.searchParams.get('rect')).toBeNull();
  });
});

describe('croppedFiguresQuery', () => {
  // The media endpoint makes a cropped use's widths only when the query lists it: a rich-text field it missed would
  // have pages linking to pictures that were never made.
  it('lists the figures in every rich-text field', () => {
    for (const field of richTextFields) expect(croppedFiguresQuery).toContain(`(*[].${field}[])`);
  });
});
