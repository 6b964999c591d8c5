import { sessionMaterial } from './session-material';

interface ProgrammeItem {
  summary?: string | null;
  speakers?: unknown[] | null;
  videoUrl?: string | null;
  material?: { _type: string; url?: string | null; file?: unknown }[] | null;
  researchUpdate?: { slug?: string | null } | null;
}

/**
 * Whether a programme item is only a time and a title («Pause», «Lunsj», «Avslutning»): no speakers, no summary, no
 * material and no research update. The programme shows it as one quiet line, so the day has no silent gaps and shows
 * when it ends, without a heading for a coffee break among the talks.
 */
export function isProgrammeBreak(item: ProgrammeItem): boolean {
  const { material, video } = sessionMaterial(item);
  return (
    (item.speakers ?? []).filter(Boolean).length === 0 &&
    !item.summary?.trim() &&
    material.length === 0 &&
    !video &&
    !item.researchUpdate?.slug
  );
}
