// html-validate for the built site (tests/build/html-validate.test.ts and `npx html-validate dist`): the recommended,
// document and a11y presets, with no rule switched off unless the reason is written next to it.
// A module rather than .htmlvalidate.json so that the reasons can be comments. https://html-validate.org/usage/
/** @type {import('html-validate').ConfigData} */
export default {
  extends: ['html-validate:recommended', 'html-validate:document', 'html-validate:a11y'],
  rules: {
    // Subresource integrity protects against a third-party host changing a file. Every stylesheet, script and
    // image here comes from the site's own origin (tests/build/budget.test.ts fails on any other), so SRI is
    // required only where it can matter: on resources from another origin.
    'require-sri': ['error', { target: 'crossorigin' }],
    // 70 characters is a search-result heuristic, not an accessibility rule (WCAG 2.4.2 asks for a title that
    // describes the page, not a short one). Titles are the editors' own, and an event's title also carries its date
    // so that recurring events stay unique: "Workshop i Bergen: samarbeid om inkludering, 13. februar 2024".
    'long-title': 'off',
  },
};
