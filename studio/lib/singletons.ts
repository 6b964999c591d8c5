/**
 * Singleton documents: one fixed `_id` each, pinned in the structure, never created twice,
 * duplicated or deleted. Sanity 6.9 has no first-class singleton API (it came in 6.17), so the
 * config filters templates and document actions with this list.
 */
export const singletonTypes = ['siteSettings', 'activitySupport', 'applicationGuide'] as const;

export type SingletonType = (typeof singletonTypes)[number];

const singletonSet = new Set<string>(singletonTypes);

export function isSingletonType(type: string | undefined): type is SingletonType {
  return type !== undefined && singletonSet.has(type);
}

/**
 * Document actions editors may use on a singleton: no duplicate, delete or unpublish. `schedule` is
 * «Planlegg publisering» (Scheduled drafts), which publishes the singleton later and cannot copy it.
 */
export const singletonActions = new Set(['publish', 'schedule', 'discardChanges', 'restore']);
