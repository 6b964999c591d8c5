import { useCallback } from 'react';
import { PatchEvent, unset, type ObjectInputProps, type PatchArg } from 'sanity';

type FigureValue = { childConsentConfirmed?: boolean };

/**
 * The image input as Sanity draws it, with one addition: when the editor replaces or removes the picture here, the
 * confirmation about children («Bildet viser ikke barn …») is cleared, since it was given for the picture that is
 * gone. The next picture must be checked and confirmed again before the document can be published.
 *
 * Only the input's own changes to the picture count (an upload, a picture chosen from those uploaded, «Fjern»), not a
 * value that changes under it: «Forkast endringer», «Gjenopprett» or a colleague's edit bring back a picture with its
 * own confirmation, and clearing it then made a new draft with that confirmation removed.
 */
export function FigureInput(props: ObjectInputProps) {
  const { onChange } = props;
  const confirmed = (props.value as FigureValue | undefined)?.childConsentConfirmed === true;
  const onInputChange = useCallback(
    (change: PatchArg | PatchEvent) => {
      const event = PatchEvent.from(change);
      const picture = event.patches.some((patch) => patch.path[0] === 'asset');
      onChange(confirmed && picture ? event.append(unset(['childConsentConfirmed'])) : event);
    },
    [onChange, confirmed],
  );
  return props.renderDefault({ ...props, onChange: onInputChange });
}
