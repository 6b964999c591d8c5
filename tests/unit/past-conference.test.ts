// What the page of a conference that is over says it has, from its sessions.
import { describe, expect, it } from 'vitest';
import { pastConferenceNote } from '../../src/lib/content/past-conference';

const file = { _type: 'materialFile', file: { _id: 'file-x-pdf' } };

describe('pastConferenceNote', () => {
  it('promises presentations and recordings only when a session has a file, a link or a video', () => {
    expect(pastConferenceNote([{ material: [file] }])).toEqual({
      text: 'Konferansen er over. Her finner du programmet, presentasjoner og opptak.',
      offersSearch: true,
    });
    expect(pastConferenceNote([{ videoUrl: 'https://video.example.no/1' }]).text).toContain('presentasjoner og opptak');
    expect(
      pastConferenceNote([{ material: [{ _type: 'materialLink', url: 'https://lysark.example.no' }] }]).text,
    ).toContain('presentasjoner og opptak.');
  });

  it('says the material is not there when the sessions have none, or only links that cannot be followed', () => {
    for (const sessions of [
      [{ material: [] }],
      [{ material: [{ _type: 'materialLink', url: 'javascript:alert(1)' }], videoUrl: null }],
      [{ material: [{ _type: 'materialFile', file: null }] }],
    ])
      expect(pastConferenceNote(sessions)).toEqual({
        text: 'Konferansen er over. Her finner du programmet. Presentasjoner og opptak er ikke lagt ut.',
        offersSearch: true,
      });
  });

  it('promises nothing and offers no search when there is no programme', () => {
    for (const sessions of [[], null, undefined])
      expect(pastConferenceNote(sessions)).toEqual({ text: 'Konferansen er over.', offersSearch: false });
  });
});
