import { hasSessionMaterial } from './session-material';

/**
 * What the page of a conference that is over says it has: the programme with presentations and recordings, the
 * programme alone, or nothing (the programme section then says it was not published). Search is offered only when
 * there is a programme to search in.
 */
export function pastConferenceNote(sessions: Parameters<typeof hasSessionMaterial>[0]): {
  text: string;
  offersSearch: boolean;
} {
  if ((sessions ?? []).length === 0) return { text: 'Konferansen er over.', offersSearch: false };
  return {
    text: hasSessionMaterial(sessions)
      ? 'Konferansen er over. Her finner du programmet, presentasjoner og opptak.'
      : 'Konferansen er over. Her finner du programmet. Presentasjoner og opptak er ikke lagt ut.',
    offersSearch: true,
  };
}
