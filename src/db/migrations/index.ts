import type { Migration } from "kysely";
import * as m0001 from "./0001_reference.ts";

/** Every migration, by name; names sort in the order they run. Add new ones at the end, never edit old ones. */
export const migrations: Record<string, Migration> = {
  "0001_reference": m0001,
};
