/** Deterministic keys, revisions and ids for the seed: the same input gives the same output every run. */
import { createHash } from 'node:crypto';

export function sha1(data: string | Uint8Array): string {
  return createHash('sha1').update(data).digest('hex');
}

/** A 12-character `_key`, stable for the same seed string. */
export function key(seed: string): string {
  return sha1(`key:${seed}`).slice(0, 12);
}

/** A `_rev` like the ones Sanity writes (22 characters), derived from the document's content. */
export function rev(seed: string): string {
  return Buffer.from(createHash('sha1').update(`rev:${seed}`).digest())
    .toString('base64url')
    .slice(0, 22);
}
