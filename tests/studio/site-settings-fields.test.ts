// Every field in «Innstillinger» says where it shows on the site: a typo in the front page's first sentence is fixed
// in «Beskrivelse», and nothing but the field's description says so in the Studio.
import { describe, expect, test } from 'vitest';
import { siteSettings } from '../../studio/schemaTypes/singletons/site-settings';

const fields = siteSettings.fields as { name: string; description?: string }[];
const byName = (name: string) => fields.find((field) => field.name === name)!;

/** Where each field shows, as its description must say it. A new field is added here with its place. */
const shownAt: Record<string, string> = {
  title: 'øverst på forsiden',
  tagline: 'i toppen av alle sider',
  description: 'øverst på forsiden',
  organisationName: 'i bunnteksten',
  mainNavigation: 'øverst på alle sider',
  shortcuts: 'øverst til høyre på alle sider',
  contactEmail: 'i bunnteksten',
  contactPhone: 'i bunnteksten',
  address: 'i bunnteksten',
  isSample: '«Eksempel» i bunnteksten',
  areasInProcess: 'under kartet over stedene',
  // Not on a page of the site, but where a shared link is shown.
  defaultShareImage: 'deles i sosiale medier',
};

describe('«Innstillinger»', () => {
  test('names a place on the site for every field, and for no field it does not have', () => {
    expect(fields.map((field) => field.name).sort()).toEqual(Object.keys(shownAt).sort());
  });

  test.each(Object.entries(shownAt))('%s says it shows «%s»', (name, place) => {
    expect(byName(name).description).toContain(place);
  });

  test('the name and the description say they are the front page heading and the text under it', () => {
    expect(byName('title').description).toMatch(/^Overskriften øverst på forsiden\./);
    expect(byName('description').description).toMatch(/^Står under overskriften øverst på forsiden\./);
  });
});
