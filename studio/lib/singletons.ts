/**
 * Singleton documents: one fixed `_id` each, pinned in the structure, never created twice,
 * duplicated or deleted. Sanity 6.9 has no first-class singleton API (it came in 6.17), so the
 * config filters templates and document actions with this list.
 */
export const singletonTypes = ['siteSettings', 'activitySupport', 'applicationGuide'] as const;

/**
 * Types whose documents are a fixed set the site is built around: the five pillars (each has its own route, which
 * finds it by its slug) and the evaluation's three research questions. Like singletons, editors edit them but never
 * create, duplicate or delete one.
 */
export const fixedSetTypes = ['pillar', 'researchQuestion'] as const;

const fixedSet = new Set<string>([...singletonTypes, ...fixedSetTypes]);

/** A singleton, or one of a fixed set: no "create", no duplicate, delete or unpublish. */
export function isFixedType(type: string | undefined): boolean {
  return type !== undefined && fixedSet.has(type);
}

/**
 * Document actions editors may use on a singleton: no duplicate, delete or unpublish. `schedule` is
 * «Planlegg publisering» (Scheduled drafts), which publishes the singleton later and cannot copy it.
 */
export const singletonActions = new Set(['publish', 'schedule', 'discardChanges', 'restore']);
