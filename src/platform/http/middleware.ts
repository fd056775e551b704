import { randomUUID } from "node:crypto";
import type { Hono, MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { getCookie, setCookie } from "hono/cookie";
import { csrf } from "hono/csrf";
import { secureHeaders } from "hono/secure-headers";
import type { Config } from "../../config.ts";
import { i18nFor } from "../i18n/i18n.ts";
import { negotiateLocale } from "../i18n/negotiate.ts";
import type { Logger } from "../log/logger.ts";
import type { AppContext, AppEnv } from "./env.ts";
import { errors } from "./errors.ts";
import { readTextFields } from "./oversize-form.ts";

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
  // A page that allows any site to frame it (the Measuring embed pages: frame-ancestors *) must not also say
  // X-Frame-Options: SAMEORIGIN, which browsers that predate frame-ancestors would obey. Runs after secureHeaders
  // added its headers, being registered before it.
  app.use(async (c, next) => {
    await next();
    if (/frame-ancestors \*/.test(c.res.headers.get("Content-Security-Policy") ?? "")) {
      c.res.headers.delete("X-Frame-Options");
    }
  });
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

/** Past this many times an upload form's limit, even its text fields are not read: the 413 page says so. */
const UPLOAD_READ_FACTOR = 5;

/** The request again, with this body (and the content type a FormData body sets). */
function withBody(c: AppContext, body: BodyInit, keepType: boolean) {
  const headers = new Headers(c.req.raw.headers);
  headers.delete("content-length");
  if (!keepType) headers.delete("content-type");
  c.req.raw = new Request(c.req.raw.url, { method: c.req.method, headers, body });
}

/**
 * An upload form's guard. A multipart body within `maxSize` goes on as it is; a larger one (a photo of 40 MB) is read
 * as it streams for its text fields only, its files dropped, and goes on as that form with `droppedFiles` naming the
 * file fields, so the page shows the form again with what was typed and says which file was too large. Past
 * UPLOAD_READ_FACTOR times the limit, or for a body that is not multipart, it is the 413 page.
 */
function uploadGuard(maxSize: number, plain: ReturnType<typeof bodyLimit>): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const type = c.req.header("content-type") ?? "";
    const boundary = /^multipart\/form-data;.*\bboundary=(?:"([^"]+)"|([^;\s]+))/i.exec(type);
    const marker = boundary?.[1] ?? boundary?.[2];
    const declared = Number(c.req.header("content-length") ?? Number.NaN);
    const stream = c.req.raw.body;
    if (!marker || !stream || declared <= maxSize) return plain(c, next);
    const reader = stream.getReader();
    const head: Uint8Array[] = [];
    let size = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      head.push(value);
      size += value.length;
      if (size > maxSize) break;
    }
    if (size <= maxSize) {
      withBody(c, Buffer.concat(head), true);
      return next();
    }
    async function* chunks() {
      yield* head;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        yield value;
      }
    }
    const form = await readTextFields(chunks(), marker, {
      maxTextBytes: Math.min(maxSize, 1024 * 1024),
      maxBytes: UPLOAD_READ_FACTOR * maxSize,
    });
    if (!form) {
      await reader.cancel().catch(() => {});
      throw errors.payloadTooLarge(maxSize);
    }
    const data = new FormData();
    for (const [name, value] of form.fields) data.append(name, value);
    withBody(c, data, false);
    c.set("droppedFiles", form.droppedFiles);
    return next();
  };
}

/**
 * Bodies over the limit are refused before they are read, with the 413 page in the reader's language (these guards
 * come after the session and the language); forms from other origins are refused. Upload forms (a photo) have a
 * larger limit of their own, and past it their text fields still reach the route (see uploadGuard).
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
  const larger = uploads.map((u) => {
    const maxSize = Math.max(u.maxSize, config.bodyLimit);
    return { path: u.path, guard: uploadGuard(maxSize, limit(maxSize)) };
  });
  // GET and HEAD carry no body to limit; asking for one (hono's bodyLimit reads `c.req.raw.body`) would build a
  // full web Request for every page view, which @hono/node-server otherwise never makes.
  app.use((c, next) => {
    if (c.req.method === "GET" || c.req.method === "HEAD") return next();
    const upload = larger.find((u) => u.path.test(c.req.path));
    return upload ? upload.guard(c, next) : general(c, next);
  });
  // Only BASE_URL's origin: the Host header is the sender's to choose, so comparing with it trusts any site that
  // can reach the server under another name.
  app.use(csrf({ origin: new URL(config.baseUrl).origin }));
}
