import { randomUUID } from "node:crypto";
import type { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { getCookie, setCookie } from "hono/cookie";
import { csrf } from "hono/csrf";
import { secureHeaders } from "hono/secure-headers";
import type { Config } from "../../config.ts";
import { i18nFor } from "../i18n/i18n.ts";
import { negotiateLocale } from "../i18n/negotiate.ts";
import type { Logger } from "../log/logger.ts";
import type { AppEnv } from "./env.ts";
import { errors } from "./errors.ts";

const LANG_COOKIE = "lang";

/** A request id (kept from a trusted proxy's X-Request-Id when it looks like one) and one log line per request. */
export function setUpRequestLog(app: Hono<AppEnv>, logger: Logger) {
  app.use(async (c, next) => {
    const incoming = c.req.header("x-request-id");
    const requestId = incoming && /^[\w-]{8,64}$/.test(incoming) ? incoming : randomUUID();
    c.set("requestId", requestId);
    c.header("X-Request-Id", requestId);
    const started = performance.now();
    await next();
    const status = c.res.status;
    logger[status >= 500 ? "error" : "info"]("request", {
      requestId,
      method: c.req.method,
      // A 256-bit token in a path (a private feed's address) is a secret, and a letter's verification code (from
      // its QR code) is personal: neither is written to the log.
      path: c.req.path
        .replace(/(^|\/)[A-Za-z0-9_-]{43}(?=\.[a-z]+$|\/|$)/g, "$1{token}")
        .replace(/^\/verify\/.+$/, "/verify/{code}"),
      status,
      ms: Math.round((performance.now() - started) * 10) / 10,
    });
  });
}

/**
 * Strict headers: no inline script or style, no framing, no referrer leaks across sites. A page that needs a
 * stricter header of its own (the /verify pages' `Referrer-Policy: no-referrer`) sets it, and it is kept. Under
 * https every cookie the app sets is `Secure`, whichever route set it.
 */
export function setUpSecurityHeaders(app: Hono<AppEnv>, config: Config) {
  if (config.baseUrl.startsWith("https:")) {
    app.use(async (c, next) => {
      await next();
      const cookies = c.res.headers.getSetCookie();
      if (cookies.length === 0 || cookies.every((line) => /;\s*secure\s*(;|$)/i.test(line))) return;
      c.res.headers.delete("Set-Cookie");
      for (const line of cookies) {
        c.res.headers.append("Set-Cookie", /;\s*secure\s*(;|$)/i.test(line) ? line : `${line}; Secure`);
      }
    });
  }
  app.use(
    secureHeaders({
      overwrite: false,
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", "data:"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        objectSrc: ["'none'"],
      },
      strictTransportSecurity: config.baseUrl.startsWith("https:") ? "max-age=31536000; includeSubDomains" : false,
      referrerPolicy: "strict-origin-when-cross-origin",
      crossOriginEmbedderPolicy: false,
    }),
  );
}

/** The reader's language for this request; an explicit `?lang=` choice is remembered in a cookie. */
export function setUpLocale(app: Hono<AppEnv>, config: Config) {
  app.use(async (c, next) => {
    const query = c.req.query("lang");
    const locale = negotiateLocale({
      query,
      cookie: getCookie(c, LANG_COOKIE),
      preferred: c.get("actor")?.preferredLocale,
      acceptLanguage: c.req.header("accept-language"),
    });
    c.set("i18n", i18nFor(locale));
    if (query === locale) {
      setCookie(c, LANG_COOKIE, locale, {
        path: "/",
        maxAge: 365 * 24 * 3600,
        sameSite: "Lax",
        httpOnly: true,
        secure: config.baseUrl.startsWith("https:"),
      });
    }
    await next();
    // On the response's headers: c.header() after the handler rebuilds the response around its body as a stream.
    c.res.headers.append("Vary", "Accept-Language, Cookie");
  });
}

/**
 * Bodies over the limit are refused before they are read; forms from other origins are refused. Upload forms (a
 * photo) may have a larger limit of their own, so a file just over the field's size is refused on the form itself.
 */
export function setUpRequestGuards(
  app: Hono<AppEnv>,
  config: Config,
  uploads: { path: RegExp; maxSize: number }[] = [],
) {
  const limit = (maxSize: number) =>
    bodyLimit({
      maxSize,
      onError: () => {
        throw errors.payloadTooLarge(maxSize);
      },
    });
  const general = limit(config.bodyLimit);
  const larger = uploads.map((u) => ({ path: u.path, guard: limit(Math.max(u.maxSize, config.bodyLimit)) }));
  // GET and HEAD carry no body to limit; asking for one (hono's bodyLimit reads `c.req.raw.body`) would build a
  // full web Request for every page view, which @hono/node-server otherwise never makes.
  app.use((c, next) =>
    c.req.method === "GET" || c.req.method === "HEAD"
      ? next()
      : (larger.find((u) => u.path.test(c.req.path))?.guard ?? general)(c, next),
  );
  // Only BASE_URL's origin: the Host header is the sender's to choose, so comparing with it trusts any site that
  // can reach the server under another name.
  app.use(csrf({ origin: new URL(config.baseUrl).origin }));
}
