// The event kind «Nettverksdag» is not the conference's network day (that is a day of the conference): the Studio
// says so where the editor picks it, while the site keeps the short name.
import { describe, expect, test } from 'vitest';
import { eventKinds, optionTitle } from '@for-alle/shared/options';
import { newEventTitles } from '../../studio/lib/templates';
import { event } from '../../studio/schemaTypes/documents/event';

const kindField = (event.fields as { name: string; options?: { list: { title: string; value: string }[] } }[]).find(
  (field) => field.name === 'kind',
)!;

describe('the event kind «Nettverksdag»', () => {
  test('is «Nettverksdag (ikke konferansens)» in the Studio, and in «new» under «Debatter og samlinger»', () => {
    expect(optionTitle(kindField.options!.list, 'nettverksdag')).toBe('Nettverksdag (ikke konferansens)');
    expect(newEventTitles.nettverksdag).toBe('Ny nettverksdag (ikke konferansens)');
  });

  test('is still «Nettverksdag» on the site, and the other kinds are the same in both', () => {
    expect(optionTitle(eventKinds, 'nettverksdag')).toBe('Nettverksdag');
    expect(kindField.options!.list.map((option) => option.value)).toEqual(eventKinds.map((option) => option.value));
    for (const option of eventKinds.filter((kind) => kind.value !== 'nettverksdag'))
      expect(optionTitle(kindField.options!.list, option.value)).toBe(option.title);
  });
});
