/**
 * The moment this build treats as "now": what is upcoming or past, and which registrations are open, is decided
 * once at build time. BUILD_NOW (an ISO date-time) pins it, for tests and for rebuilding an old state.
 */
export function buildNow(env: Record<string, string | undefined> = process.env): Date {
  const pinned = env.BUILD_NOW?.trim();
  if (!pinned) return new Date();
  const date = new Date(pinned);
  if (Number.isNaN(date.getTime())) throw new Error(`BUILD_NOW="${pinned}" is not an ISO date-time`);
  return date;
}

/** Splits dated items into those still to come (ending now or later) and those over, upcoming soonest first, past newest first. */
export function splitByTime<T extends { start?: string | null; end?: string | null }>(items: T[], now: Date) {
  const endOf = (item: T) => new Date(item.end ?? item.start ?? 0).getTime();
  const startOf = (item: T) => new Date(item.start ?? 0).getTime();
  const upcoming = items.filter((item) => endOf(item) >= now.getTime()).sort((a, b) => startOf(a) - startOf(b));
  const past = items.filter((item) => endOf(item) < now.getTime()).sort((a, b) => startOf(b) - startOf(a));
  return { upcoming, past };
}
