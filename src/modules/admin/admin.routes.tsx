import { Hono } from "hono";
import type { Config } from "../../config.ts";
import type { Db } from "../../db/database.ts";
import type { AppEnv } from "../../platform/http/env.ts";
import type { Mailer } from "../../platform/mail/mailer.ts";
import type { ReferenceService } from "../../reference/reference.service.ts";
import type { RoleService } from "../accounts/accounts.roles.ts";

/** Administration pages. Being written: see the admin helper. */
export function adminPages(_deps: {
  roles: RoleService;
  reference: ReferenceService;
  db: Db;
  mailer: Mailer;
  config: Config;
}) {
  return new Hono<AppEnv>();
}
