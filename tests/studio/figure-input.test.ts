// @vitest-environment jsdom
// The image input clears the editor's confirmation about children when the picture is replaced or removed: the
// confirmation was given for the picture that is gone. Rendered with React as the Studio renders it, with Sanity's
// own input replaced by nothing and onChange recorded.
import { act, createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { unset, type ObjectInputProps } from 'sanity';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FigureInput } from '../../studio/components/FigureInput';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root;
let changes: unknown[];
const onChange = (patch: unknown) => changes.push(patch);

function render(value: { asset?: { _ref: string }; childConsentConfirmed?: boolean } | undefined) {
  const props = { value, onChange, renderDefault: () => null } as unknown as ObjectInputProps;
  act(() => root.render(createElement(FigureInput, props)));
}

beforeEach(() => {
  changes = [];
  root = createRoot(document.createElement('div'));
});
afterEach(() => act(() => root.unmount()));

describe('FigureInput', () => {
  it('clears the confirmation when the confirmed picture is replaced', () => {
    render({ asset: { _ref: 'image-a' }, childConsentConfirmed: true });
    render({ asset: { _ref: 'image-b' }, childConsentConfirmed: true });
    expect(changes).toEqual([unset(['childConsentConfirmed'])]);
  });

  it('clears it when the picture is removed, so a new upload starts unconfirmed', () => {
    render({ asset: { _ref: 'image-a' }, childConsentConfirmed: true });
    render({ childConsentConfirmed: true });
    expect(changes).toEqual([unset(['childConsentConfirmed'])]);
  });

  it('leaves it alone when the editor ticks it, edits other fields, or uploads the first picture', () => {
    render(undefined);
    render({ asset: { _ref: 'image-a' } });
    render({ asset: { _ref: 'image-a' }, childConsentConfirmed: true });
    render({ asset: { _ref: 'image-a' }, childConsentConfirmed: true });
    expect(changes).toEqual([]);
  });

  it('sends nothing when an unconfirmed picture is replaced', () => {
    render({ asset: { _ref: 'image-a' }, childConsentConfirmed: false });
    render({ asset: { _ref: 'image-b' }, childConsentConfirmed: false });
    expect(changes).toEqual([]);
  });
});
