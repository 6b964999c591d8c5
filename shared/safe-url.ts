/**
 * The one allow-list for links an editor writes: the site renders only what safeHref lets through, and the Studio's
 * link rule (validation.ts) builds on it. Dependency-free, so both workspaces import it.
 */
/** The schemes an editor's link may use. Anything else (javascript:, data:, vbscript:, …) is dropped. */
const allowedSchemes = ['http:', 'https:', 'mailto:', 'tel:'];

/**
 * Returns the href if it is safe to put in an `<a href>`, else null. Relative links within the site are allowed.
 * Browsers ignore leading whitespace and control characters and match schemes case-insensitively, so must we.
 */
export function safeHref(href: unknown): string | null {
  if (typeof href !== 'string') return null;
  // eslint-disable-next-line no-control-regex
  const trimmed = href.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
  if (trimmed === '') return null;
  // Within the site, as browsers read it: they take «\» for «/» and drop tabs and newlines, so «/\evil.example» and
  // «/<tab>/evil.example» lead to another host.
  // eslint-disable-next-line no-control-regex
  if (/^[/#?]/.test(trimmed)) return /^\/\/|[\\\u0000-\u001f]/.test(trimmed) ? null : trimmed;
  // Strip tabs and newlines inside the scheme, which browsers also ignore ("java\tscript:").
  const compact = trimmed.replace(/[\t\n\r]/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(compact)?.[1];
  if (!scheme) return null;
  return allowedSchemes.includes(`${scheme.toLowerCase()}:`) ? compact : null;
}

/** Whether a (safe) href leaves this site: a visitor should know before following it. */
export function isExternalHref(href: string, site: URL | undefined): boolean {
  if (!/^https?:/i.test(href)) return false;
  try {
    return !site || new URL(href).host !== site.host;
  } catch {
    return true;
  }
}
