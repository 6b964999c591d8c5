import { describe, expect, it } from 'vitest';
import { reportDownloadText, reportHeading, reportLinkText } from '../../src/lib/content/research';
import { createBundledSource } from '../../src/lib/sanity/bundled-source';
import { researchReportsQuery, researchUpdatePagesQuery } from '../../src/lib/sanity/queries';
import type { ResearchReportsQueryResult, ResearchUpdatePagesQueryResult } from '../../src/lib/sanity/sanity.types';
import { fixtureDataset } from '../support/fixture-dataset';

describe('what a research update calls its document', () => {
  it('follows the editor’s «Hva slags dokument», whatever the title says', () => {
    expect(reportHeading('summary')).toBe('Sammendrag');
    expect(reportDownloadText('Hva foreldrene forteller om fritid', 'summary')).toBe(
      'Last ned sammendraget «Hva foreldrene forteller om fritid»',
    );
    expect(reportLinkText('Hva foreldrene forteller om fritid', 'NOVA', 'summary')).toBe(
      'Les sammendraget «Hva foreldrene forteller om fritid» hos NOVA',
    );
    expect(reportHeading('report')).toBe('Rapport');
    expect(reportDownloadText('Nabolagsbudsjett: forskningssammendrag', 'report')).toBe(
      'Last ned rapporten «Nabolagsbudsjett: forskningssammendrag»',
    );
  });

  it('calls a document without «Hva slags dokument» a report, whatever its title says', async () => {
    const update = {
      _id: 'ru-without-kind',
      _type: 'researchUpdate',
      title: 'Nabolagsbudsjett: forskningssammendrag',
      slug: { _type: 'slug', current: 'nabolagsbudsjett' },
      date: '2026-01-01',
      report: { url: 'https://forskning.example.no/nabolagsbudsjett' },
    };
    const source = await createBundledSource(fixtureDataset({ extra: [update] }), 'published');
    const [page] = (await source.fetch<ResearchUpdatePagesQueryResult>(researchUpdatePagesQuery)).filter(
      (found) => found._id === update._id,
    );
    const [listed] = (await source.fetch<ResearchReportsQueryResult>(researchReportsQuery)).filter(
      (found) => found._id === update._id,
    );
    expect(reportHeading(page.report!.kind)).toBe('Rapport');
    expect(reportLinkText(listed.title, listed.partner, listed.report!.kind)).toBe(
      'Les rapporten «Nabolagsbudsjett: forskningssammendrag» hos forskerne',
    );
  });
});
