import { safeHref } from '../safe-url';

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
