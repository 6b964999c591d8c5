// @vitest-environment jsdom
// What an editor gets when typing quotes and dashes in a rich-text field: Norwegian «…» and – , not the English
// “…” and — of Sanity's defaults. The real Portable Text editor and Sanity's own typography plugin, with the Studio's
// NorwegianTypography in front of it, as sanity.config.ts sets it; text typed one character at a time.
import { defineSchema, type Editor, EditorProvider, PortableTextEditable } from '@portabletext/editor';
import { EditorRefPlugin } from '@portabletext/editor/plugins';
import { TypographyPlugin } from '@portabletext/plugin-typography';
import { act, createElement, createRef, type RefObject } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { PortableTextPluginsProps } from 'sanity';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NorwegianTypography } from '../../studio/components/NorwegianTypography';
import config from '../../studio/sanity.config';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root;
let editor: RefObject<Editor | null>;

// What Sanity's default plugins component does with the typography settings it is handed.
function renderDefault(props: PortableTextPluginsProps) {
  const { enabled, ...typography } = props.plugins.typography ?? {};
  return enabled === false ? createElement('span') : createElement(TypographyPlugin, typography);
}

beforeEach(async () => {
  editor = createRef<Editor>();
  const container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  const plugins = { plugins: { typography: {} }, renderDefault } as unknown as PortableTextPluginsProps;
  await act(async () =>
    root.render(
      createElement(
        EditorProvider,
        { initialConfig: { schemaDefinition: defineSchema({ decorators: [{ name: 'strong' }] }) } },
        createElement(EditorRefPlugin, { ref: editor }),
        createElement(NorwegianTypography, plugins),
        createElement(PortableTextEditable),
      ),
    ),
  );
});
afterEach(() => act(() => root.unmount()));

async function type(typed: string): Promise<string> {
  await act(async () => editor.current!.send({ type: 'focus' }));
  for (const character of typed) await act(async () => editor.current!.send({ type: 'insert.text', text: character }));
  return text();
}

/** The text in the field now. */
function text(): string {
  const blocks = editor.current!.getSnapshot().context.value ?? [];
  return blocks
    .flatMap((block) => ((block as { children?: { text?: string }[] }).children ?? []).map((child) => child.text ?? ''))
    .join('');
}

describe('typing in a rich-text field', () => {
  it('gives Norwegian quotation marks, «…»', async () => {
    expect(await type('Hun sa "takk" og gikk.')).toBe('Hun sa «takk» og gikk.');
  });

  it('gives the en dash as tankestrek, not the em dash', async () => {
    expect(await type('Barn -- og unge')).toBe('Barn – og unge');
  });

  it('can be undone, as the editors’ guide says: the character comes back as it was typed', async () => {
    expect(await type('Hun sa "')).toBe('Hun sa «');
    await act(async () => editor.current!.send({ type: 'history.undo' }));
    expect(text()).toBe('Hun sa "');
  });

  it('keeps the rest of Sanity’s typography: the ellipsis and the apostrophe', async () => {
    expect(await type("Vi ses... Kari's lag")).toBe('Vi ses… Kari’s lag');
  });
});

it('is what every rich-text field in the Studio uses', () => {
  const form = (config as { form?: { components?: { portableText?: { plugins?: unknown } } } }).form;
  expect(form?.components?.portableText?.plugins).toBe(NorwegianTypography);
});
