import { getConnInfo } from "@hono/node-server/conninfo";
import type { Context, Hono } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import type { Config } from "../../config.ts";
import type { AppEnv } from "../http/env.ts";
import type { Actor } from "./policy.ts";

export const SESSION_DAYS = 30;

export interface ResolvedSession {
  actor: Actor;
  /** Set when the session was replaced (its privileges changed): the browser gets the new token. */
  newToken?: string;
}

/** How a cookie's token becomes an actor. The accounts module provides it; the platform only carries it. */
export type SessionResolver = (
  token: string,
  meta: { ip: string | null; now: Date },
) => Promise<ResolvedSession | null>;

export function sessionCookieName(config: Config): string {
  // __Host- binds the cookie to this exact origin over HTTPS: no subdomain can set or read it.
  return config.baseUrl.startsWith("https:") ? "__Host-wsis_session" : "wsis_session";
}

export function setSessionCookie(c: Context<AppEnv>, config: Config, token: string) {
  setCookie(c, sessionCookieName(config), token, {
    path: "/",
    httpOnly: true,
    sameSite: "Lax",
    secure: config.baseUrl.startsWith("https:"),
    maxAge: SESSION_DAYS * 24 * 3600,
  });
}

export function clearSessionCookie(c: Context<AppEnv>, config: Config) {
  deleteCookie(c, sessionCookieName(config), { path: "/", secure: config.baseUrl.startsWith("https:") });
}

/** The client's address: the socket's, or with TRUST_PROXY the first X-Forwarded-For hop. */
export function clientIp(c: Context<AppEnv>, config: Config): string | null {
  if (config.trustProxy) {
    const forwarded = c.req.header("x-forwarded-for")?.split(",")[0]?.trim();
    if (forwarded) return forwarded.slice(0, 64);
  }
  // In-process requests (tests, app.request) have no socket: asked first, rather than caught as an error each time.
  const bindings = c.env as { incoming?: unknown; server?: { incoming?: unknown } } | undefined;
  if (!(bindings?.server ?? bindings)?.incoming) return null;
  return getConnInfo(c).remote.address ?? null;
}

/** Puts the signed-in actor (or null) and the client address in the context of every request. */
export function setUpSession(app: Hono<AppEnv>, config: Config, resolve: SessionResolver, clock: () => Date) {
  const name = sessionCookieName(config);
  app.use(async (c, next) => {
    const ip = clientIp(c, config);
    c.set("ip", ip);
    c.set("actor", null);
    const token = getCookie(c, name);
    if (token && token.length <= 100) {
      const session = await resolve(token, { ip, now: clock() });
      if (session) {
        c.set("actor", session.actor);
        if (session.newToken) setSessionCookie(c, config, session.newToken);
      } else {
        clearSessionCookie(c, config);
      }
    }
    await next();
    // Pages that depend on who is signed in must not be stored by shared caches. Set on the response's headers, not
    // with c.header(), which after the handler rebuilds the response around its body as a stream (see compress.ts).
    if (c.get("actor")) c.res.headers.set("Cache-Control", "private, no-store");
  });
}
