// The questions a research update addresses, as one tag on its card and one line in /forskning's short list.
import { describe, expect, it } from 'vitest';
import { questionTags } from '../../src/lib/content/research';

describe('questionTags', () => {
  it.each([
    [[], ''],
    [[{ number: 2 }], 'Problemstilling 2'],
    [[{ number: 1 }, { number: 3 }], 'Problemstilling 1 og 3'],
    [[{ number: 1 }, { number: 2 }, { number: 3 }], 'Problemstilling 1, 2 og 3'],
    [[{ number: null }, { number: 2 }], 'Problemstilling 2'],
  ])('%j → «%s»', (questions, expected) => {
    expect(questionTags(questions)).toBe(expected);
  });
});
