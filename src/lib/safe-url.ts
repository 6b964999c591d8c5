// The link allow-list lives with the Studio's rules, which build on it (studio/lib/safe-url.ts).
export { isExternalHref, safeHref } from '../../studio/lib/safe-url';
