import { describe, expect, it } from 'vitest';
import { reportDownloadText, reportHeading, reportLinkText } from '../../src/lib/content/research';

describe('what a research update calls its document', () => {
  it('follows the editor’s «Hva slags dokument», whatever the title says', () => {
    expect(reportHeading('Hva foreldrene forteller om fritid', 'summary')).toBe('Sammendrag');
    expect(reportDownloadText('Hva foreldrene forteller om fritid', 'summary')).toBe(
      'Last ned sammendraget «Hva foreldrene forteller om fritid»',
    );
    expect(reportLinkText('Hva foreldrene forteller om fritid', 'NOVA', 'summary')).toBe(
      'Les sammendraget «Hva foreldrene forteller om fritid» hos NOVA',
    );
    expect(reportHeading('Nabolagsbudsjett: forskningssammendrag', 'report')).toBe('Rapport');
    expect(reportDownloadText('Nabolagsbudsjett: forskningssammendrag', 'report')).toBe(
      'Last ned rapporten «Nabolagsbudsjett: forskningssammendrag»',
    );
  });

  it('goes by the title for an update from before the choice existed', () => {
    expect(reportHeading('Nabolagsbudsjett: forskningssammendrag', undefined)).toBe('Sammendrag');
    expect(reportHeading('Hvem deltar?', null)).toBe('Rapport');
  });
});
