import { readFile } from 'node:fs/promises';

/** A document as it is stored: Sanity's system fields plus whatever the schema adds. */
export interface StoredDocument {
  _id: string;
  _type: string;
  [field: string]: unknown;
}

/** Thrown for a line of an NDJSON file that is not one JSON document; names the file and the 1-based line. */
export class NdjsonError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    reason: string,
  ) {
    super(`${file}:${line}: ${reason}`);
    this.name = 'NdjsonError';
  }
}

/**
 * Parses the NDJSON that `sanity dataset export` writes: one document per line, blank lines allowed.
 * Every line must be a JSON object with a string `_id` and `_type`, or the whole file is rejected.
 */
function parseNdjson(text: string, file: string): StoredDocument[] {
  const documents: StoredDocument[] = [];
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index].trim();
    if (line === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      throw new NdjsonError(file, index + 1, `not valid JSON (${(error as Error).message})`);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new NdjsonError(file, index + 1, 'expected one JSON object (a document) per line');
    }
    const document = value as Record<string, unknown>;
    if (typeof document._id !== 'string' || document._id === '') {
      throw new NdjsonError(file, index + 1, 'the document has no string _id');
    }
    if (typeof document._type !== 'string' || document._type === '') {
      throw new NdjsonError(file, index + 1, `document ${document._id} has no string _type`);
    }
    documents.push(document as StoredDocument);
  }
  return documents;
}

export async function readNdjsonFile(file: string): Promise<StoredDocument[]> {
  return parseNdjson(await readFile(file, 'utf8'), file);
}
