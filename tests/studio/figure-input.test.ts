// @vitest-environment jsdom
// The image input clears the editor's confirmation about children when the editor replaces or removes the picture in
// it: the confirmation was given for the picture that is gone. A value that changes under the input («Forkast
// endringer», «Gjenopprett», a colleague's edit) is left alone. Rendered with React as the Studio renders it, with
// Sanity's own image input replaced by one that hands out the onChange it is given; what reaches the form is recorded.
// The patches are those sanity 6.9.2's image input sends (BaseImageInput: an upload's or a chosen picture's
// `set(…, ['asset'])`, «Fjern»'s unsets): check them again when upgrading Sanity.
import { act, createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { PatchEvent, set, setIfMissing, unset, type ObjectInputProps, type PatchArg } from 'sanity';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FigureInput } from '../../studio/components/FigureInput';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root;
/** The patches that reached the form, one list per change. */
let changes: unknown[][];
/** The onChange Sanity's image input was given: what it calls on an upload, a chosen picture or «Fjern». */
let inputOnChange: (change: PatchArg | PatchEvent) => void;

function render(value: { asset?: { _ref: string }; childConsentConfirmed?: boolean } | undefined) {
  const props = {
    value,
    onChange: (change: PatchArg | PatchEvent) => changes.push(PatchEvent.from(change).patches),
    renderDefault: (given: ObjectInputProps) => {
      inputOnChange = given.onChange;
      return null;
    },
  } as unknown as ObjectInputProps;
  act(() => root.render(createElement(FigureInput, props)));
}

const reference = (id: string) => ({ _type: 'reference', _ref: id });
/** What the image input sends when an upload finishes or a picture is chosen. */
const newPicture = (id: string) => [setIfMissing({ _type: 'figure' }), set(reference(id), ['asset'])];
/** What «Fjern» sends. */
const removed = [unset(['asset']), unset(['crop']), unset(['hotspot']), unset(['media'])];

beforeEach(() => {
  changes = [];
  root = createRoot(document.createElement('div'));
});
afterEach(() => act(() => root.unmount()));

describe('FigureInput', () => {
  it('clears the confirmation when the editor replaces the confirmed picture', () => {
    render({ asset: { _ref: 'image-a' }, childConsentConfirmed: true });
    inputOnChange(newPicture('image-b'));
    expect(changes).toEqual([[...newPicture('image-b'), unset(['childConsentConfirmed'])]]);
  });

  it('clears it when the editor removes the picture, so a new upload starts unconfirmed', () => {
    render({ asset: { _ref: 'image-a' }, childConsentConfirmed: true });
    inputOnChange(removed);
    expect(changes).toEqual([[...removed, unset(['childConsentConfirmed'])]]);
  });

  it('passes other changes through as they are: the first picture, a picture not yet confirmed, the focal point', () => {
    render(undefined);
    inputOnChange(newPicture('image-a'));
    render({ asset: { _ref: 'image-a' }, childConsentConfirmed: false });
    inputOnChange(newPicture('image-b'));
    render({ asset: { _ref: 'image-b' }, childConsentConfirmed: true });
    const focalPoint = set({ x: 0.5, y: 0.3, width: 0.2, height: 0.2 }, ['hotspot']);
    inputOnChange(focalPoint);
    expect(changes).toEqual([newPicture('image-a'), newPicture('image-b'), [focalPoint]]);
  });

  // «Forkast endringer» after a replaced picture brought back the published one, confirmed; clearing it then made a
  // new draft with the published picture's confirmation removed.
  it('sends nothing when the picture changes under it: a discarded draft, a restored version, a colleague', () => {
    render({ asset: { _ref: 'image-b' } });
    render({ asset: { _ref: 'image-a' }, childConsentConfirmed: true });
    render({ asset: { _ref: 'image-c' }, childConsentConfirmed: true });
    render({ childConsentConfirmed: true });
    expect(changes).toEqual([]);
  });
});
