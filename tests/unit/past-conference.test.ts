// What the page of a conference that is over says it has, from its sessions.
import { describe, expect, it } from 'vitest';
import { pastConferenceNote } from '../../src/lib/content/past-conference';

const file = { _type: 'materialFile', file: { _id: 'file-x-pdf' } };
const talk = (title: string, more: object = {}) => ({ title, speakers: [{ name: 'Kari' }], ...more });
const pause = { title: 'Pause', speakers: [] };

describe('pastConferenceNote', () => {
  it('promises presentations and recordings when every talk has a file, a link or a video', () => {
    expect(pastConferenceNote([{ material: [file] }])).toEqual({
      text: 'Konferansen er over. Her finner du programmet, presentasjoner og opptak.',
      offersSearch: true,
      others: null,
    });
    expect(pastConferenceNote([{ videoUrl: 'https://video.example.no/1' }]).text).toContain('presentasjoner og opptak');
    expect(
      pastConferenceNote([{ material: [{ _type: 'materialLink', url: 'https://lysark.example.no' }] }]).text,
    ).toContain('presentasjoner og opptak.');
    // A break is not a talk without slides.
    expect(pastConferenceNote([talk('Innlegg', { material: [file] }), pause]).others).toBeNull();
  });

  it('says how many talks have material when only some do, and that the others have none', () => {
    const sessions = [
      talk('Med lysark', { material: [file] }),
      talk('Uten'),
      talk('Også uten', { summary: 'Om utstyrsbanken.' }),
      pause,
    ];
    expect(pastConferenceNote(sessions)).toEqual({
      text: 'Konferansen er over. Her finner du programmet. Bare ett av tre innlegg har presentasjon eller opptak.',
      offersSearch: true,
      others: 'Fra de andre innleggene er det ikke lagt ut presentasjoner eller opptak.',
    });
    expect(pastConferenceNote([...sessions, talk('Med video', { videoUrl: 'https://video.example.no/2' })]).text).toBe(
      'Konferansen er over. Her finner du programmet. Bare to av fire innlegg har presentasjon eller opptak.',
    );
  });

  it('says the material is not there when the sessions have none, or only links that cannot be followed', () => {
    for (const sessions of [
      [{ material: [] }],
      [{ material: [{ _type: 'materialLink', url: 'javascript:alert(1)' }], videoUrl: null }],
      [{ material: [{ _type: 'materialFile', file: null }] }],
      [talk('Uten'), pause],
    ])
      expect(pastConferenceNote(sessions)).toEqual({
        text: 'Konferansen er over. Her finner du programmet. Presentasjoner og opptak er ikke lagt ut.',
        offersSearch: true,
        others: null,
      });
  });

  it('promises nothing and offers no search when there is no programme', () => {
    for (const sessions of [[], null, undefined])
      expect(pastConferenceNote(sessions)).toEqual({ text: 'Konferansen er over.', offersSearch: false, others: null });
  });
});
