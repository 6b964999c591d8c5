import { describe, expect, it } from 'vitest';
import { shareImage } from '../../src/lib/images';
import { sharePictureUrl } from '../../src/lib/sanity/image-bytes';

const asset = { _id: 'image-62cb341422a6d6bdc27f8270a911bbf1a5d63f60-1600x1000-jpg', width: 1600, height: 1000 };

describe('shareImage', () => {
  it('gives the 1200 × 630 JPEG with its size, type and the alt text, for og:image:*', () => {
    expect(shareImage({ asset, alt: ' Mennesker foran en sol. ' })).toEqual({
      path: '/media/62cb341422a6d6bdc27f8270a911bbf1a5d63f60-share.jpg',
      width: 1200,
      height: 630,
      type: 'image/jpeg',
      alt: 'Mennesker foran en sol.',
    });
  });

  it('cuts a smaller or wider picture to 1.91:1 without scaling it up', () => {
    expect(shareImage({ asset: { ...asset, width: 800, height: 800 }, alt: 'Et bilde.' })).toMatchObject({
      width: 800,
      height: 420,
    });
    expect(shareImage({ asset: { ...asset, width: 3000, height: 500 }, alt: 'Et bilde.' })).toMatchObject({
      width: 952,
      height: 500,
    });
  });

  it('gives no alt text for a decorative picture or one without it', () => {
    expect(shareImage({ asset, alt: 'Et bilde.', decorative: true })?.alt).toBeUndefined();
    expect(shareImage({ asset, alt: '' })?.alt).toBeUndefined();
  });

  it('gives nothing without an asset of known size', () => {
    expect(shareImage({ alt: 'Et bilde.' })).toBeNull();
    expect(shareImage({ asset: { ...asset, height: null } })).toBeNull();
    expect(shareImage(null)).toBeNull();
  });
});

describe('the share picture of a picture the editor framed', () => {
  const hotspot = { x: 0.5, y: 0.1, width: 0.4, height: 0.1 };
  const tall = { _id: 'image-62cb341422a6d6bdc27f8270a911bbf1a5d63f60-800x1600-jpg', width: 800, height: 1600 };

  it('has a file of its own for each focal point and crop, and the name it had without them', () => {
    const path = (framing: object) => shareImage({ asset, alt: 'Et bilde.', ...framing })?.path;
    const sha1 = '62cb341422a6d6bdc27f8270a911bbf1a5d63f60';
    expect(path({})).toBe(`/media/${sha1}-share.jpg`);
    // What the Studio stores when the editor opens the tool and changes nothing.
    const untouched = {
      hotspot: { x: 0.5, y: 0.5, width: 1, height: 1 },
      crop: { top: 0, bottom: 0, left: 0, right: 0 },
    };
    expect(path(untouched)).toBe(`/media/${sha1}-share.jpg`);
    const framed = [{ hotspot }, { hotspot: { ...hotspot, y: 0.2 } }, { crop: { ...untouched.crop, top: 0.3 } }].map(
      path,
    );
    for (const framedPath of framed) expect(framedPath).toMatch(new RegExp(`^/media/${sha1}-[0-9a-f]{8}-share\\.jpg$`));
    expect(new Set(framed).size).toBe(3);
  });

  it('is cut from the part the editor kept, never scaled up', () => {
    const crop = { top: 0, bottom: 0, left: 0.5, right: 0 };
    expect(shareImage({ asset: tall, alt: 'Et bilde.', crop })).toMatchObject({ width: 400, height: 210 });
  });

  // Sanity's image API cuts the `rect` it is given (x, y, width, height in pixels of the original), then scales it.
  it('asks the Content Lake for the cut around the focal point, inside the crop', () => {
    const project = { projectId: 'abc123', dataset: 'production' };
    const size = { width: 800, height: 420 };
    const url = (framing: object) => new URL(sharePictureUrl(project, tall._id, framing, size)).searchParams;
    // The focal point 160 px down: the cut starts at the top, not 590 px down as the middle would.
    expect(url({ hotspot }).get('rect')).toBe('0,0,800,420');
    expect(url({}).get('rect')).toBe('0,590,800,420');
    // The lower 30 % kept (from 1120 px): the cut is kept inside it, however high the focal point.
    expect(url({ hotspot, crop: { top: 0.7, bottom: 0, left: 0, right: 0 } }).get('rect')).toBe('0,1120,800,420');
    expect(Object.fromEntries(url({ hotspot }))).toMatchObject({ w: '800', h: '420', fit: 'crop', fm: 'jpg' });
  });
});
