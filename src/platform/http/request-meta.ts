import type { AppContext } from "./env.ts";

/** Where a request came from, for audit rows and rate limits. */
export interface RequestMeta {
  ip: string | null;
  requestId: string | null;
  userAgent?: string | null;
}

export function requestMeta(c: AppContext): RequestMeta {
  return { ip: c.get("ip"), requestId: c.get("requestId"), userAgent: c.req.header("user-agent") ?? null };
}
