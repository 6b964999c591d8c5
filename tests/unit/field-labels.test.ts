// Build messages name a field as the Studio's form does, from the committed titles of the real schema.
import { describe, expect, test } from 'vitest';
import { fieldLabels } from '../../src/lib/content-guard/field-labels';
import { describeProblem } from '../../src/lib/content-guard/problems';

describe('fieldLabels', () => {
  test.each([
    ['event', 'registration.url', 'Påmelding › Påmeldingslenke'],
    ['event', 'end', 'Slutt'],
    ['conference', 'days[1].capacity', 'Dager nr. 2 › Antall plasser'],
    ['conference', 'sessions[0].speakers[1]', 'Program nr. 1 › Innledere nr. 2'],
    // A link inside a paragraph: the paragraph's own keys (markDefs) are Sanity's, so the link is named by its kind.
    ['event', 'description[2].markDefs[0].href', 'Beskrivelse nr. 3 › Lenke › Adresse'],
    ['projectStory', 'body[1].markDefs[0].reference', 'Brødtekst nr. 2 › Intern lenke › Lenker til'],
    // A picture among the paragraphs is named as one.
    ['projectStory', 'body[4].alt', 'Brødtekst nr. 5 › Bilde › Alternativ tekst'],
    // Sanity's own keys below a field are left to the path.
    ['place', 'slug.current', 'Nettadresse (slug)'],
    ['projectStory', 'mainImage.asset', 'Hovedbilde'],
  ])('%s › %s is «%s»', (type, path, expected) => {
    expect(fieldLabels(type, path).join(' › ')).toBe(expected);
  });

  test('says nothing of a type or field the schema does not have', () => {
    expect(fieldLabels('oldType', 'title')).toEqual([]);
    expect(fieldLabels('event', 'removedField.url')).toEqual([]);
  });
});

describe('describeProblem', () => {
  test('opens with the document and field as the Studio shows them, then the id, type and path', () => {
    const line = describeProblem(
      {
        id: 'event-workshop-arendal',
        type: 'event',
        title: 'Workshop i Arendal',
        path: 'registration.url',
        message: 'mangler',
      },
      null,
    );
    expect(line).toBe(
      'Arrangement «Workshop i Arendal» › Påmelding › Påmeldingslenke: «event-workshop-arendal» (event) › registration.url: mangler',
    );
  });

  test('keeps the path alone where no field title is known', () => {
    const line = describeProblem({ id: 'x', type: 'event', title: 'W', path: 'removedField', message: 'feil' }, null);
    expect(line).toBe('Arrangement «W»: «x» (event) › removedField: feil');
  });
});
