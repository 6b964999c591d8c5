import { useEffect, useRef } from 'react';
import { unset, type ObjectInputProps } from 'sanity';

type FigureValue = { asset?: { _ref?: string }; childConsentConfirmed?: boolean };

/**
 * The image input as Sanity draws it, with one addition: when the picture is replaced or removed, the editor's
 * confirmation about children («Bildet viser ikke barn …») is cleared, since it was given for the picture that is
 * gone. The next picture must be checked and confirmed again before the document can be published.
 */
export function FigureInput(props: ObjectInputProps) {
  const value = props.value as FigureValue | undefined;
  const assetRef = value?.asset?._ref;
  const confirmed = value?.childConsentConfirmed === true;
  const { onChange } = props;
  const confirmedFor = useRef(assetRef);

  useEffect(() => {
    if (assetRef === confirmedFor.current) return;
    // The picture shown when the input opened, or the last one, was replaced (or removed) while this editor watched.
    if (confirmed && confirmedFor.current !== undefined) onChange(unset(['childConsentConfirmed']));
    confirmedFor.current = assetRef;
  }, [assetRef, confirmed, onChange]);

  return props.renderDefault(props);
}
