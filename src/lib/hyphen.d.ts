// The hyphen package ships no types; the one function used (src/lib/typography.ts).
declare module 'hyphen/nb/index.js' {
  const hyphenation: {
    hyphenateSync(text: string, options?: { hyphenChar?: string; minWordLength?: number }): string;
  };
  export default hyphenation;
}
