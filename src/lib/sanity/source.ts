export type QueryParams = Record<string, unknown>;

/** One way to answer the site's GROQ queries. The two backends must give identical results for every query. */
export interface ContentSource {
  backend: 'content-lake' | 'bundled';
  /** Names the backend and the dataset, for the build log and error messages. */
  description: string;
  /** Set for the Content Lake, where image URLs are built from them. */
  projectId?: string;
  dataset?: string;
  fetch<R>(query: string, params?: QueryParams): Promise<R>;
  /** How many documents this source can see (published only, unless previewing drafts). */
  documentCount(): Promise<number>;
  /**
   * Which of these published ids are published now, and which exist only as a draft (unpublished: Sanity's
   * «Avpubliser» keeps the draft). `draftOnly` is null when this source cannot see drafts. For the build's shrink
   * guard only: pages are never built from drafts here.
   */
  publicationState(ids: string[]): Promise<{ published: Set<string>; draftOnly: Set<string> | null }>;
  /** The bytes of an asset, by the `url` of its asset document. */
  readAsset(url: string): Promise<Buffer>;
}
