/** The moment the seed was "last edited"; documents without a date of their own use it. */
export const SEED_TIME = '2026-11-02T09:00:00Z';

/**
 * Whether something that ends at `end` was over when the seed was written: its text is then in the past tense, as
 * the editors' guide asks of held events («sett ingressen og beskrivelsen i fortid»).
 */
export const isHeld = (end: string) => Date.parse(end) < Date.parse(SEED_TIME);
