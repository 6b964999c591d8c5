/** A year, for «within the last year»: what the calendar keeps, which past events stay open, which content is stale. */
export const yearMs = 365 * 24 * 60 * 60 * 1000;

/**
 * The moment this build treats as "now": what is upcoming or past, and which registrations are open, is decided
 * once at build time (with the rules of @for-alle/shared/event-time). BUILD_NOW (an ISO date-time) pins it, for tests
 * and for rebuilding an old state.
 */
export function buildNow(env: Record<string, string | undefined> = process.env): Date {
  const pinned = env.BUILD_NOW?.trim();
  if (!pinned) return new Date();
  const date = new Date(pinned);
  if (Number.isNaN(date.getTime())) throw new Error(`BUILD_NOW="${pinned}" is not an ISO date-time`);
  return date;
}
