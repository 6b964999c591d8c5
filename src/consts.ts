// Site-wide constants (as in Astro's blog example).

/** The programme's name: what the site is called when the settings give no title (the content guard requires one). */
export const SITE_NAME = 'For Alle';
