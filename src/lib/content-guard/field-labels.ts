import { expandNode, type StudioFieldNode, type StudioFields } from '@for-alle/shared/studio-fields';
import committedFields from './studio-fields.json';

/** `body[2].markDefs[0].href` → `['body', 2, 'markDefs', 0, 'href']` (the reverse of formatPath). */
function parsePath(path: string): (string | number)[] {
  return [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map(([, key, index]) => (index === undefined ? key! : +index));
}

/**
 * A field path as the Studio's form shows it: `registration.url` on an event is «Påmelding › Påmeldingslenke», and
 * `body[2].markDefs[0].href` «Brødtekst nr. 3 › Lenke › Adresse». Stops where the schema does not say (Sanity's own
 * keys such as `slug.current` or `asset`), so the result may cover only the start of the path; empty when nothing is
 * known, e.g. for a type the Studio no longer has.
 */
export function fieldLabels(
  type: string,
  path: string,
  titles: StudioFields = committedFields as StudioFields,
): string[] {
  const expand = (node: StudioFieldNode) => expandNode(node, titles);
  const keys = parsePath(path);
  const labels: string[] = [];
  let node: StudioFieldNode | undefined = titles[type];
  let titled = false; // whether the last label is the current node's title
  for (const [at, key] of keys.entries()) {
    if (!node) break;
    if (typeof key === 'number') {
      const members: StudioFieldNode[] = (node.of ?? []).map(expand);
      if (titled) labels[labels.length - 1] += ` nr. ${key + 1}`;
      const next = keys[at + 1];
      const member: StudioFieldNode | undefined =
        typeof next === 'string' ? members.find((candidate) => candidate.fields?.[next]) : undefined;
      // Name the member only where the list holds more than one kind (a picture among paragraphs, a link in one).
      titled = Boolean(member?.title && members.length > 1);
      if (titled) labels.push(member!.title!);
      node = member;
    } else {
      const field: StudioFieldNode | undefined = expand(node).fields?.[key];
      if (!field) break;
      node = expand(field);
      titled = Boolean(node.title);
      if (titled) labels.push(node.title!);
    }
  }
  return labels;
}
