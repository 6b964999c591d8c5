import { describe, expect, it } from 'vitest';
import { currentRounds, roundState } from '@for-alle/shared/application-rounds';

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

// What the home page and /aktivitetsstotte tell a club first; the open round also decides whether the link is needed.
describe('currentRounds', () => {
  const autumn2026 = { title: 'Høsten 2026', opensAt: '2026-08-15', deadline: '2026-09-15' };
  const spring2027 = { title: 'Våren 2027', opensAt: '2027-01-15', deadline: '2027-03-01' };
  const autumn2027 = { title: 'Høsten 2027', opensAt: '2027-08-15', deadline: '2027-09-15' };
  const at = (iso: string) => new Date(iso);

  it('finds the open round and the next one to open, whatever order the editor listed them in', () => {
    expect(currentRounds([autumn2027, spring2027, autumn2026], at('2026-09-01T12:00:00Z'))).toEqual({
      open: autumn2026,
      next: spring2027,
    });
    expect(currentRounds([autumn2027, spring2027, autumn2026], at('2026-11-26T12:00:00Z'))).toEqual({
      open: undefined,
      next: spring2027,
    });
  });

  it('finds neither when every round is past, or there are no rounds', () => {
    expect(currentRounds([autumn2026, spring2027], at('2027-03-02T12:00:00Z'))).toEqual({
      open: undefined,
      next: undefined,
    });
    expect(currentRounds(undefined, at('2026-11-26T12:00:00Z'))).toEqual({ open: undefined, next: undefined });
  });
});
