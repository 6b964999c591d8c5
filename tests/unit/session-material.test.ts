// What a session offers, as /sok's results say it under the session's link.
import { describe, expect, it } from 'vitest';
import { materialSummary } from '../../src/lib/content/session-material';

const file = (extension: string) => ({ _type: 'materialFile', file: { _id: `file-x-${extension}`, extension } });
const link = (url: string) => ({ _type: 'materialLink', url });

describe('materialSummary', () => {
  it('says nothing for a session without material', () => {
    expect(materialSummary({ material: [], videoUrl: null })).toBeNull();
    expect(materialSummary({})).toBeNull();
  });

  it('names a file by its kind, a link and the recording, in that order, as a Norwegian list', () => {
    expect(materialSummary({ material: [file('pdf')] })).toBe('PDF');
    expect(materialSummary({ material: [file('pdf')], videoUrl: 'https://video.example.no/x' })).toBe(
      'PDF og videoopptak',
    );
    expect(
      materialSummary({
        material: [file('pdf'), link('https://materiell.example.no/a'), file('pdf'), file('pptx')],
        videoUrl: 'https://video.example.no/x',
      }),
    ).toBe('2 PDF-filer, PPTX, lenke og videoopptak');
  });

  it('counts only what the session itself shows: no file without an upload, no unsafe link or video', () => {
    expect(
      materialSummary({
        material: [
          { _type: 'materialFile', file: null },
          link('javascript:alert(1)'),
          link('https://a.example/'),
          link('/b'),
        ],
        videoUrl: 'javascript:alert(1)',
      }),
    ).toBe('2 lenker');
  });
});
