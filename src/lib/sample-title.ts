/**
 * The name invented content (`isSample`) goes by where its page's notice never reaches: a feed reader's list, a
 * calendar. «Eksempel: » comes first, before «Avlyst – »: whatever else the entry says, none of it is real.
 */
export function sampleTitle(title: string, isSample: boolean | null | undefined): string {
  return isSample === true ? `Eksempel: ${title}` : title;
}
