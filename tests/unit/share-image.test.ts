import { describe, expect, it } from 'vitest';
import { shareImage } from '../../src/lib/images';

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
