import { describe, expect, test } from 'vitest';
import { documentPath } from '@for-alle/shared/document-path';

describe('documentPath', () => {
  test.each([
    [{ _type: 'pillar', slug: { current: 'forskning' } }, '/forskning/'],
    [{ _type: 'place', slug: { current: 'bergen' } }, '/steder/bergen/'],
    [{ _type: 'projectStory', slug: { current: 'utstyrsbanken-i-bergen' } }, '/historier/utstyrsbanken-i-bergen/'],
    [{ _type: 'collaborationProject', slug: { current: 'for-alle-bergen' }, placeSlug: 'bergen' }, '/steder/bergen/'],
    [{ _type: 'event', slug: 'workshop-bergen-2027' }, '/arrangementer/workshop-bergen-2027/'],
    [{ _type: 'conference', year: 2025, slug: { current: 'for-alle-konferansen-2025' } }, '/konferanse/2025/'],
    [{ _type: 'researchUpdate', slug: { current: 'trygge-voksne' } }, '/forskning/trygge-voksne/'],
    [{ _type: 'page', slug: { current: 'om' } }, '/om/'],
    [{ _type: 'activitySupport' }, '/aktivitetsstotte/'],
    [{ _type: 'applicationGuide' }, '/samarbeidsprosjekter/#soknad'],
    [{ _type: 'siteSettings' }, '/'],
  ])('maps %j to %s', (doc, path) => {
    expect(documentPath(doc)).toBe(path);
  });

  test.each([
    [{ _type: 'projectStory' }],
    [{ _type: 'projectStory', slug: { current: '  ' } }],
    [{ _type: 'collaborationProject', slug: { current: 'for-alle-bergen' } }],
    [{ _type: 'conference' }],
    [{ _type: 'person', slug: { current: 'kari' } }],
    [{ _type: 'organisation' }],
  ])('gives null for %j, which has no page', (doc) => {
    expect(documentPath(doc)).toBeNull();
  });
});
