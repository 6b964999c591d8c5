// What a session's file or link is called: a title that only names the kind of material («Lysark») says nothing
// about what it covers, so the session's title follows it, as it does for a file without a title.
import { describe, expect, it } from 'vitest';
import { materialFileTitle, materialLinkTitle } from '@for-alle/shared/material-title';

const session = 'Barn i lavinntektsfamilier: Hva vet vi?';

describe('materialLinkTitle', () => {
  it('adds the session to a title of one word, with or without the editor’s «(ekstern lenke)»', () => {
    expect(materialLinkTitle('Lysark (ekstern lenke)', session)).toBe(`Lysark: ${session}`);
    expect(materialLinkTitle('Opptak', session)).toBe(`Opptak: ${session}`);
    expect(materialLinkTitle(' Lysark (Ekstern side) ', session)).toBe(`Lysark: ${session}`);
  });

  it('keeps a title that says what the material is about', () => {
    expect(materialLinkTitle('Rapport fra Fafo om fritid (ekstern lenke)', session)).toBe('Rapport fra Fafo om fritid');
    expect(materialLinkTitle('Lysark: Hva vet vi?', session)).toBe('Lysark: Hva vet vi?');
  });

  it('is empty without a title, and the one word without a session', () => {
    expect(materialLinkTitle(null, session)).toBe('');
    expect(materialLinkTitle('(ekstern lenke)', session)).toBe('');
    expect(materialLinkTitle('Lysark', null)).toBe('Lysark');
  });
});

describe('materialFileTitle', () => {
  it('calls a file without a title the session’s presentation, and a one-word title gets the session too', () => {
    expect(materialFileTitle(null, session)).toBe(`Presentasjon: ${session}`);
    expect(materialFileTitle('Sammendrag', session)).toBe(`Sammendrag: ${session}`);
    expect(materialFileTitle('Lysark: Fritidskassen (PDF)', session)).toBe('Lysark: Fritidskassen');
    expect(materialFileTitle('  ', null)).toBe('Presentasjon');
  });

  it('reads a kind followed by the format the site states itself as the kind alone', () => {
    expect(materialFileTitle('Lysark (PDF)', session)).toBe(`Lysark: ${session}`);
    expect(materialFileTitle('presentasjon (pptx)', session)).toBe(`presentasjon: ${session}`);
  });

  it('keeps a one-word subject as written: the session title could repeat it', () => {
    expect(materialFileTitle('Fritidskassen', 'Fritidskassen: én felles pott')).toBe('Fritidskassen');
    expect(materialLinkTitle('Fritidskassen (ekstern lenke)', 'Fritidskassen: én felles pott')).toBe('Fritidskassen');
  });
});
