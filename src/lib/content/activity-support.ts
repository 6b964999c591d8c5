import { formatAmount, formatList } from '../format';

interface Grant {
  maxAmount?: number | null;
  eligibleExpenses?: string[] | null;
  expensesFor?: string | null;
}

/**
 * Who can apply for what, for the grant's box on a place and its card on the front page, in the grant's own terms and
 * read from it, so a raised maximum or a new expense changes every page that names it. The programme's «lag,
 * foreninger og organisasjoner»: «lag og foreninger» alone left out a youth organisation, a homework-help group or a
 * religious community that runs activities. Two sentences, the amount first: as one, it ran to 39 words, too long for
 * a reader of plain Norwegian (a visitor review). «… kan søke om inntil kr 50 000. Pengene kan gå til utstyr, …, for
 * barn og unge som ikke har råd til å være med.»
 */
export function whoCanApplyFor(grant: Grant | null | undefined): string {
  const amount = grant?.maxAmount ? `inntil ${formatAmount(grant.maxAmount)}` : 'aktivitetsstøtte';
  const expenses = formatList(
    (grant?.eligibleExpenses ?? []).map((expense) => expense.charAt(0).toLocaleLowerCase('nb') + expense.slice(1)),
  );
  // The programme's «til disse barna»: the money is for the children who cannot afford to take part.
  const forWhom = grant?.expensesFor ? `, for ${grant.expensesFor}` : '';
  const use = expenses ? ` Pengene kan gå til ${expenses}${forWhom}.` : '';
  return `Lag, foreninger og andre organisasjoner kan søke om ${amount}.${use}`;
}

/**
 * What /aktivitetsstotte says in place of the application button while a round is open and its form's link is not
 * in: the editors are reminded by the content report, and the site is built as usual.
 */
export const applyLinkComing = 'Lenken til søknadsskjemaet kommer her snart.';
