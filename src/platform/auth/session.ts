import { isIP } from "node:net";
import { getConnInfo } from "@hono/node-server/conninfo";
import type { Context, Hono } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import proxyAddr from "proxy-addr";
import type { Config, TrustProxy } from "../../config.ts";
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

type Trust = (address: string, hop: number) => boolean;

/** TRUST_PROXY as a predicate over the chain of hops (0: the socket's peer, then X-Forwarded-For from the right). */
export function proxyTrust(setting: TrustProxy): Trust | null {
  switch (setting.kind) {
    case "none":
      return null;
    case "hops":
      return setting.hops === 0 ? null : (_address, hop) => hop < setting.hops;
    case "addresses":
      return proxyAddr.compile(setting.addresses);
  }
}

/**
 * The client's address. Without trusted proxies, the socket's. With them, the chain is walked from the server
 * outwards — the socket's peer, then X-Forwarded-For from its right end, where each trusted proxy appended the
 * address it saw — and the first address not trusted is the client's. Entries further left were written by the
 * client and are never read. A request made in process (tests, app.request) has no socket; its caller is this
 * process, trusted as a proxy is.
 */
export function clientIp(c: Context<AppEnv>, trust: Trust | null): string | null {
  // Asked first, rather than caught as an error each time.
  const bindings = c.env as { incoming?: unknown; server?: { incoming?: unknown } } | undefined;
  const socket = (bindings?.server ?? bindings)?.incoming ? (getConnInfo(c).remote.address ?? null) : null;
  const peer = socket === null ? null : (normalAddress(socket) ?? socket);
  if (!trust || (peer !== null && !trust(peer, 0))) return peer;
  const forwarded = (c.req.header("x-forwarded-for") ?? "").split(",").reverse();
  let address = peer;
  for (const [i, entry] of forwarded.entries()) {
    const next = normalAddress(entry);
    // Not an address: nothing a trusted proxy writes; the last address believed stands.
    if (next === null) break;
    address = next;
    if (!trust(next, i + 1)) break;
  }
  return address;
}

/**
 * One spelling per address, so a client is one key for the rate limits and one address in the audit trail: the port
 * some proxies append ("203.0.113.7:51234", "[2001:db8::7]:443") dropped, an IPv4-mapped IPv6 address
 * ("::ffff:203.0.113.7", a dual-stack socket's) written as IPv4, IPv6 in lower case. Null when it is no address.
 */
export function normalAddress(entry: string): string | null {
  let address = entry.trim();
  const bracketed = /^\[([^\]]+)\](?::\d{1,5})?$/.exec(address);
  if (bracketed?.[1]) address = bracketed[1];
  else if (/^\d{1,3}(?:\.\d{1,3}){3}:\d{1,5}$/.test(address)) address = address.slice(0, address.lastIndexOf(":"));
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  if (mapped?.[1]) address = mapped[1];
  return isIP(address) === 0 ? null : address.toLowerCase();
}

/** Puts the signed-in actor (or null) and the client address in the context of every request. */
export function setUpSession(app: Hono<AppEnv>, config: Config, resolve: SessionResolver, clock: () => Date) {
  const name = sessionCookieName(config);
  const trust = proxyTrust(config.trustProxy);
  app.use(async (c, next) => {
    const ip = clientIp(c, trust);
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
