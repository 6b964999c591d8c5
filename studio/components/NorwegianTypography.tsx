// Sanity's rich-text editor sets English typography as editors type: "…" becomes “…” and -- an em dash (—).
// Norwegian quotes with «…» and uses the en dash (–) as its tankestrek, so those three rules give way to Norwegian
// ones; the rest of Sanity's defaults (… for ..., ’ for ', arrows, ©) stay. For every rich-text field in the Studio
// (sanity.config.ts, form.components.portableText.plugins).
import { defineTextTransformRule, InputRulePlugin, type InputRuleGuard } from '@portabletext/plugin-input-rule';
import type { TypographyPluginProps } from '@portabletext/plugin-typography';
import { useMemo } from 'react';
import type { PortableTextPluginsProps } from 'sanity';

// Sanity's rules that the Norwegian ones replace. Sanity's own type for these props admits no rule names.
const englishRules: TypographyPluginProps<never, 'emDash' | 'openingDoubleQuote' | 'closingDoubleQuote'> = {
  disable: ['emDash', 'openingDoubleQuote', 'closingDoubleQuote'],
};

// A quote opens at the start of a text, or after a space, a bracket or another quote.
const opening = /(?:^|(?<=[\s{[(<'"«‘]))"/g;

/** The Norwegian rules, behind the same guard as Sanity's (no typography inside code, for one). */
function norwegianTypographyRules(guard?: InputRuleGuard) {
  return [
    defineTextTransformRule({ on: /--/, transform: () => '–', guard }),
    defineTextTransformRule({ on: opening, transform: () => '«', guard }),
    defineTextTransformRule({ on: /"/g, transform: () => '»', guard }),
  ];
}

export function NorwegianTypography(props: PortableTextPluginsProps) {
  const typography = props.plugins.typography;
  const rules = useMemo(() => norwegianTypographyRules(typography?.guard), [typography?.guard]);
  if (typography?.enabled === false) return props.renderDefault(props);
  return (
    <>
      {props.renderDefault({
        ...props,
        plugins: {
          ...props.plugins,
          typography: { ...typography, ...(englishRules as TypographyPluginProps) },
        },
      })}
      <InputRulePlugin rules={rules} />
    </>
  );
}
