import type { Migration } from "kysely";
import * as m0001 from "./0001_reference.ts";
import * as m0002 from "./0002_accounts.ts";
import * as m0003 from "./0003_stocktaking.ts";
import * as m0004 from "./0004_stocktaking_search.ts";
import * as m0005 from "./0005_stocktaking_search_changes.ts";
import * as m0006 from "./0006_forum.ts";
import * as m0007 from "./0007_forum_proposals.ts";
import * as m0008 from "./0008_forum_agenda.ts";
import * as m0009 from "./0009_registration.ts";
import * as m0010 from "./0010_stocktaking_search_keys.ts";
import * as m0011 from "./0011_organization_verification.ts";
import * as m0012 from "./0012_form_keys.ts";
import * as m0013 from "./0013_session_grace.ts";
import * as m0015 from "./0015_stocktaking_search_stems.ts";
import * as m0017 from "./0017_registration_again.ts";
import * as m0018 from "./0018_forum_session_scheduled.ts";
import * as m0019 from "./0019_stocktaking_organization_name.ts";
import * as m0020 from "./0020_measuring.ts";
import * as m0021 from "./0021_registration_settings.ts";

/** Every migration, by name; names sort in the order they run. Add new ones at the end, never edit old ones. */
export const migrations: Record<string, Migration> = {
  "0001_reference": m0001,
  "0002_accounts": m0002,
  "0003_stocktaking": m0003,
  "0004_stocktaking_search": m0004,
  "0005_stocktaking_search_changes": m0005,
  "0006_forum": m0006,
  "0007_forum_proposals": m0007,
  "0008_forum_agenda": m0008,
  "0009_registration": m0009,
  "0010_stocktaking_search_keys": m0010,
  "0011_organization_verification": m0011,
  "0012_form_keys": m0012,
  "0013_session_grace": m0013,
  "0020_measuring": m0020,
  "0015_stocktaking_search_stems": m0015,
  "0017_registration_again": m0017,
  "0018_forum_session_scheduled": m0018,
  "0019_stocktaking_organization_name": m0019,
  "0021_registration_settings": m0021,
};
