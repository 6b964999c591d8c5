// Who can apply for the activity grant, and for what, as the front page's card and every place's page say it.
import { describe, expect, it } from 'vitest';
import { whoCanApplyFor } from '../../src/lib/content/activity-support';

describe('whoCanApplyFor', () => {
  it("names the programme's «lag, foreninger og organisasjoner», with the grant's terms", () => {
    expect(
      whoCanApplyFor({ maxAmount: 50_000, eligibleExpenses: ['Utstyr', 'Kontingent'], expensesFor: 'barn og unge' }),
    ).toBe(
      'Lag, foreninger og andre organisasjoner kan søke om inntil kr\u00a050\u00a0000. Pengene kan gå til utstyr og kontingent, for barn og unge.',
    );
  });

  it('says what the money is for without an amount', () => {
    expect(whoCanApplyFor({ eligibleExpenses: ['Utstyr'] })).toBe(
      'Lag, foreninger og andre organisasjoner kan søke om aktivitetsstøtte. Pengene kan gå til utstyr.',
    );
  });

  it('still says who can apply when the grant states no terms', () => {
    expect(whoCanApplyFor(null)).toBe('Lag, foreninger og andre organisasjoner kan søke om aktivitetsstøtte.');
  });
});
