// Every field in «Innstillinger» says where it shows on the site: a typo in the front page's first sentence is fixed
// in «Beskrivelse», and nothing but the field's description says so in the Studio.
import { describe, expect, test } from 'vitest';
import { siteSettings } from '../../studio/schemaTypes/singletons/site-settings';

const fields = siteSettings.fields as { name: string; description?: string }[];
const byName = (name: string) => fields.find((field) => field.name === name)!;

describe('«Innstillinger»', () => {
  test.each(fields.map((field) => [field.name] as const))('%s has a description', (name) => {
    expect(byName(name).description?.trim()).toBeTruthy();
  });

  test('the name and the description say they are the front page heading and the text under it', () => {
    expect(byName('title').description).toMatch(/^Overskriften øverst på forsiden\./);
    expect(byName('description').description).toMatch(/^Står under overskriften øverst på forsiden\./);
  });
});
