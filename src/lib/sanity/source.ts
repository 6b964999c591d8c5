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
  /** The bytes of an asset, by the `url` of its asset document. */
  readAsset(url: string): Promise<Buffer>;
}
