import { areasInProcessCount } from '@for-alle/shared/areas-in-process';
import { establishingPlaceWords } from '@for-alle/shared/options';
import type { KeyFact } from '../../components/KeyFacts.astro';

interface CountedPlace {
  status?: string | null;
  isSample?: boolean | null;
}

/**
 * The first key facts on /samarbeidsprosjekter, counted from the places and the settings rather than typed: a typed
 * «7 byer» stays behind when a city joins or a project starts. Active places are those the map lists as active.
 */
export function collaborationFacts(places: CountedPlace[], areasInProcess: number | null | undefined): KeyFact[] {
  const active = places.filter((place) => place.status === 'active');
  const areas = areasInProcessCount(areasInProcess, places.filter((place) => place.status === 'establishing').length);
  return [
    ...(active.length > 0
      ? [
          {
            _key: 'activePlaces',
            value: `${active.length} ${active.length === 1 ? 'by' : 'byer'}`,
            label: 'med pågående samarbeidsprosjekt',
            // An example place in the count makes the figure an example too.
            isSample: active.some((place) => place.isSample),
          },
        ]
      : []),
    ...(areas > 0
      ? [
          {
            _key: 'areasInProcess',
            value: `${areas} ${areas === 1 ? 'område' : 'områder'}`,
            // In the words of the map's legend and the place pages: not yet a project, and perhaps never one.
            label: establishingPlaceWords.countLabel,
          },
        ]
      : []),
  ];
}
