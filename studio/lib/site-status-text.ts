/** Words for the site's status in the Studio (the status pane and the documents' badges). */
import { formatDate, formatTime, osloDay } from '@for-alle/shared/dates';

/** «i dag kl. 10.17», «i går kl. 23.17», «22. november 2026 kl. 10.17». */
export function whenText(iso: string, now: Date): string {
  const day = osloDay(iso);
  const yesterday = osloDay(new Date(now.getTime() - 24 * 3600_000));
  const date = day === osloDay(now) ? 'i dag' : day === yesterday ? 'i går' : formatDate(iso);
  return `${date} ${formatTime(iso)}`;
}

/** The build's messages follow a colon («Påmeldingslenke: er ikke …»); here each stands on its own, as a sentence. */
export function sentence(message: string): string {
  const text = message.trim();
  return `${text.charAt(0).toLocaleUpperCase('nb')}${text.slice(1)}${/[.!?»)]$/.test(text) ? '' : '.'}`;
}
