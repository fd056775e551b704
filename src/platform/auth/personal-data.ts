/**
 * One part of a person's data download. Each module that keeps something about a person contributes a source;
 * the accounts module gathers them under their keys, so no module reads another's tables.
 */
export interface PersonalDataSource {
  /** The key in the downloaded document, e.g. "stocktakingEntries". */
  key: string;
  collect(userId: string): Promise<unknown>;
}
