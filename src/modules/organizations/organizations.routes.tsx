import { Hono } from "hono";
import type { Config } from "../../config.ts";
import type { AppEnv } from "../../platform/http/env.ts";
import type { ReferenceService } from "../../reference/reference.service.ts";
import type { OrganizationService } from "./organizations.service.ts";

/** Organisation pages. Being written: see the organizations helper. */
export function organizationPages(_deps: {
  organizations: OrganizationService;
  reference: ReferenceService;
  config: Config;
}) {
  return new Hono<AppEnv>();
}
