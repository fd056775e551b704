/** Small facts about the database itself, such as which reference data version it holds. */
export interface AppMetaTable {
  key: string;
  value: string;
  updatedAt: string;
}

export interface MetaTables {
  appMeta: AppMetaTable;
}
