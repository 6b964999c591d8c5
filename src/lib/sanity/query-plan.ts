import type { ExprNode } from 'groq-js';

// groq-js has no indexes: every `*[…]` tests each document of the dataset, and a subquery inside a projection does
// so once per result. At 10,000 stories the nine place pages' projects, organisations and events, each a subquery
// `*[_type == "…" && place._ref == ^._id]`, tested 270,000 documents to find a few dozen (docs/benchmark.md). The
// Content Lake plans its own queries; for the bundled dataset this module does the one thing that matters here: a
// filter over everything that names its document types reads only the documents of those types.

/** The documents of the given types, in dataset order. */
export type DocumentsOfTypes = (types: string[]) => unknown[];

type Node = ExprNode & Record<string, unknown>;

/** `_type` (or `@._type`) in a filter: the type of the document tested. */
function isTypeAttribute(node: ExprNode): boolean {
  return node.type === 'AccessAttribute' && node.name === '_type' && (!node.base || node.base.type === 'This');
}

/** A string the query states, or one of its parameters that is a string. */
function stringOf(node: ExprNode, params: Record<string, unknown>): string | null {
  const value = node.type === 'Value' ? node.value : node.type === 'Parameter' ? params[node.name] : undefined;
  return typeof value === 'string' ? value : null;
}

/** Strings of a literal array (`["a", "b"]`) or of an array parameter (`$types`); null for anything else. */
function stringsOf(node: ExprNode, params: Record<string, unknown>): string[] | null {
  if (node.type === 'Parameter') {
    const value = params[node.name];
    return Array.isArray(value) && value.every((item) => typeof item === 'string') ? value : null;
  }
  if (node.type !== 'Array') return null;
  const strings: string[] = [];
  for (const element of node.elements) {
    const value = element.isSplat ? null : stringOf(element.value, params);
    if (value === null) return null;
    strings.push(value);
  }
  return strings;
}

/**
 * The document types a filter's condition admits, when it says so: `_type == "x"`, `_type in ["x", "y"]` or
 * `_type in $types`, alone, in a group, as one side of `&&`, or on both sides of `||`. Null when the condition could
 * admit a document of any type.
 */
export function typesAdmitted(expr: ExprNode, params: Record<string, unknown> = {}): string[] | null {
  switch (expr.type) {
    case 'OpCall':
      if (expr.op === '==') {
        if (isTypeAttribute(expr.left)) return wrap(stringOf(expr.right, params));
        if (isTypeAttribute(expr.right)) return wrap(stringOf(expr.left, params));
      }
      if (expr.op === 'in' && isTypeAttribute(expr.left)) return stringsOf(expr.right, params);
      return null;
    case 'Group':
      return typesAdmitted(expr.base, params);
    case 'And':
      return typesAdmitted(expr.left, params) ?? typesAdmitted(expr.right, params);
    case 'Or': {
      const left = typesAdmitted(expr.left, params);
      const right = left && typesAdmitted(expr.right, params);
      return left && right ? [...new Set([...left, ...right])] : null;
    }
    default:
      return null;
  }
}

const wrap = (value: string | null) => (value === null ? null : [value]);

/**
 * The query with each `*[condition]` whose condition names its types reading only the documents of those types
 * (given as a literal value in place of `*`). The condition is still tested on each of them, so the result is the
 * same, in the same order. The parsed query itself is left as it is.
 */
export function narrowToTypes(tree: ExprNode, documentsOfTypes: DocumentsOfTypes, params = {}): ExprNode {
  const visit = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(visit);
    if (!node || typeof node !== 'object') return node;
    // A literal (`Value`) holds data, not nodes: it is kept as it is.
    if ((node as ExprNode).type === 'Value') return node;
    const copy: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(node)) copy[key] = visit(value);
    const filter = copy as Node;
    if (filter.type === 'Filter' && (filter.base as ExprNode).type === 'Everything') {
      const types = typesAdmitted(filter.expr as ExprNode, params);
      if (types) filter.base = { type: 'Value', value: documentsOfTypes(types) };
    }
    return copy;
  };
  return visit(tree) as ExprNode;
}

/**
 * Whether a query can produce a value groq-js represents by a class of its own (a date-time from `dateTime()` or
 * `dateTime::now()`, a path from `path()`): only then must its result be turned into plain JSON with `toJS`, which
 * otherwise walks the whole result (10,000 stories with their bodies) to find nothing to change.
 */
export function needsNormalising(tree: ExprNode): boolean {
  const visit = (node: unknown): boolean => {
    if (Array.isArray(node)) return node.some(visit);
    if (!node || typeof node !== 'object') return false;
    const { type, name } = node as { type?: unknown; name?: unknown };
    if (type === 'Value') return false;
    if ((type === 'FuncCall' || type === 'PipeFuncCall') && (name === 'dateTime' || name === 'path' || name === 'now'))
      return true;
    return Object.values(node).some(visit);
  };
  return visit(tree);
}
