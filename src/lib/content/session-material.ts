import { safeHref } from '@for-alle/shared/safe-url';
import { formatList } from '../format';
import { fileKind, type DownloadableFile } from './file-download';

interface SessionWithMaterial {
  videoUrl?: string | null;
  material?: { _type: string; url?: string | null; file?: unknown }[] | null;
}

/**
 * What a session offers a visitor afterwards: its files and links that can be followed (a file that was uploaded,
 * a link with a safe address) and its video. Anything else is left out, on the session and in the year's overview.
 */
export function sessionMaterial<Session extends SessionWithMaterial>(session: Session) {
  type Item = NonNullable<Session['material']>[number];
  const material = (session.material ?? []).filter((item): item is Item =>
    item._type === 'materialFile' ? Boolean(item.file) : safeHref(item.url) !== null,
  );
  return { material, video: safeHref(session.videoUrl) };
}

/** Whether any session has a file, a link or a video to offer. */
export function hasSessionMaterial(sessions: SessionWithMaterial[] | null | undefined): boolean {
  return (sessions ?? []).some((session) => {
    const { material, video } = sessionMaterial(session);
    return material.length > 0 || video !== null;
  });
}

/**
 * What a session offers, in a few words: «PDF og videoopptak», «2 PDF-filer, lenke og videoopptak»; null when it
 * offers nothing. Shown under the session's link in /sok's results, so a visitor browsing a year's programme sees
 * which sessions have slides or a recording without opening each one.
 */
export function materialSummary<Session extends SessionWithMaterial>(session: Session): string | null {
  const { material, video } = sessionMaterial(session);
  const files = new Map<string, number>();
  let links = 0;
  for (const item of material) {
    if (item._type === 'materialFile') {
      const kind = fileKind((item.file ?? {}) as DownloadableFile);
      files.set(kind, (files.get(kind) ?? 0) + 1);
    } else links += 1;
  }
  const parts = [
    ...[...files].map(([kind, count]) => (count === 1 ? kind : `${count} ${kind}-filer`)),
    ...(links === 0 ? [] : [links === 1 ? 'lenke' : `${links} lenker`]),
    ...(video ? ['videoopptak'] : []),
  ];
  if (parts.length === 0) return null;
  return formatList(parts);
}
