import { describe, expect, it } from 'vitest';
import { roundState, roundTakingApplications } from '../../studio/lib/application-rounds';

// A club leader must only be sent to the application form while a round is actually open.
describe('roundState', () => {
  const spring = { opensAt: '2027-01-15', deadline: '2027-03-01' };
  const at = (iso: string) => new Date(iso);

  it('is upcoming before the opening day, even though the deadline is still ahead', () => {
    expect(roundState(spring, at('2026-11-26T12:00:00Z'))).toBe('upcoming');
    expect(roundState(spring, at('2027-01-14T22:59:00Z'))).toBe('upcoming'); // 23.59 in Oslo
  });

  it('is open from the opening day through the whole deadline day, in Oslo time', () => {
    expect(roundState(spring, at('2027-01-14T23:00:00Z'))).toBe('open'); // midnight in Oslo
    expect(roundState(spring, at('2027-03-01T22:59:00Z'))).toBe('open');
  });

  it('is closed from the day after the deadline', () => {
    expect(roundState(spring, at('2027-03-01T23:00:00Z'))).toBe('closed');
  });

  it('without an opening day, is open until the deadline; without a deadline, never open', () => {
    expect(roundState({ deadline: '2027-03-01' }, at('2026-11-26T12:00:00Z'))).toBe('open');
    expect(roundState({ opensAt: '2027-01-15' }, at('2027-02-01T12:00:00Z'))).toBe('upcoming');
  });
});

// While a round is open or still to come, the page needs the link to the form (the Studio and the build both ask).
describe('roundTakingApplications', () => {
  const autumn2026 = { title: 'Høsten 2026', opensAt: '2026-08-15', deadline: '2026-09-15' };
  const spring2027 = { title: 'Våren 2027', opensAt: '2027-01-15', deadline: '2027-03-01' };
  const at = (iso: string) => new Date(iso);

  it('is the first round not yet past: an upcoming one counts, a closed one does not', () => {
    expect(roundTakingApplications([autumn2026, spring2027], at('2026-11-26T12:00:00Z'))).toBe(spring2027);
    expect(roundTakingApplications([autumn2026, spring2027], at('2026-09-01T12:00:00Z'))).toBe(autumn2026);
  });

  it('is none when every round is past, or there are no rounds', () => {
    expect(roundTakingApplications([autumn2026, spring2027], at('2027-03-02T12:00:00Z'))).toBeUndefined();
    expect(roundTakingApplications([], at('2026-11-26T12:00:00Z'))).toBeUndefined();
    expect(roundTakingApplications(undefined, at('2026-11-26T12:00:00Z'))).toBeUndefined();
  });
});
