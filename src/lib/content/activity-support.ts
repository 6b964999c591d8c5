import { formatAmount, formatList } from '../format';

interface Grant {
  maxAmount?: number | null;
  eligibleExpenses?: string[] | null;
  expensesFor?: string | null;
}

/**
 * What a club can get, in the grant's own terms, to follow «kan søke om aktivitetsstøtte»: «inntil kr 50 000 til
 * utstyr, kontingent og busskort for barn og unge som ikke har råd til å være med». Read from the grant, so a raised
 * maximum or a new expense changes every page that names it. Null when the grant states neither amount nor expenses.
 */
function grantInBrief(grant: Grant | null | undefined): string | null {
  const expenses = formatList(
    (grant?.eligibleExpenses ?? []).map((expense) => expense.charAt(0).toLocaleLowerCase('nb') + expense.slice(1)),
  );
  const parts = [
    grant?.maxAmount ? `inntil ${formatAmount(grant.maxAmount)}` : null,
    expenses ? `til ${expenses}` : null,
    // The programme's «til disse barna»: the money is for the children who cannot afford to take part.
    expenses && grant?.expensesFor ? `for ${grant.expensesFor}` : null,
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(' ') : null;
}

/**
 * Who can apply for what, as one sentence for the grant's box on a place and its card on the front page. The
 * programme's «lag, foreninger og organisasjoner»: «lag og foreninger» alone left out a youth organisation, a
 * homework-help group or a religious community that runs activities.
 */
export function whoCanApplyFor(grant: Grant | null | undefined): string {
  return `Lag, foreninger og andre organisasjoner kan søke om ${grantInBrief(grant) ?? 'aktivitetsstøtte'}.`;
}
