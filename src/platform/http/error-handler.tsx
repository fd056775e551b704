import type { Hono } from "hono";
import { HTTPException } from "hono/http-exception";
import type { Config } from "../../config.ts";
import { i18nFor } from "../i18n/i18n.ts";
import type { Logger } from "../log/logger.ts";
import { ErrorPage } from "../views/error-page.tsx";
import { pageContext, renderPage } from "../views/page.ts";
import type { AppContext, AppEnv } from "./env.ts";
import { type ApiErrorBody, AppError, errors } from "./errors.ts";
import { FormError } from "./forms.ts";
import { isDatabaseUnavailable } from "./unavailable.ts";

function isApi(c: AppContext) {
  return c.req.path === "/api" || c.req.path.startsWith("/api/");
}

/**
 * Every failure ends here: expected ones (AppError) say what was wrong, in JSON under /api/ and as a page
 * elsewhere; unexpected ones are logged with their stack and shown as a 500 with only a request id.
 */
export function setUpErrorHandling(app: Hono<AppEnv>, config: Config, logger: Logger) {
  const respond = (c: AppContext, error: AppError) => {
    const requestId = c.get("requestId");
    // A client told "too many" is told when to come back, page or API alike (a minute when the error did not say).
    const retryAfter = error.options.retryAfter ?? (error.status === 429 ? 60 : undefined);
    if (retryAfter !== undefined) c.header("Retry-After", String(retryAfter));
    if (isApi(c)) {
      const body: ApiErrorBody = {
        error: {
          code: error.code,
          message: error.message,
          ...(error.options.field ? { field: error.options.field } : {}),
          requestId,
        },
      };
      return c.json(body, error.status);
    }
    // A page that needs a signed-in person sends an anonymous one to sign in, and back afterwards: to the page
    // itself for a GET, to the page the form was on (same site only) for a POST.
    if (error.code === "unauthenticated") {
      const url = new URL(c.req.url);
      let back = c.req.method === "GET" ? url.pathname + url.search : "";
      const referer = c.req.header("referer");
      if (!back && referer) {
        const from = URL.canParse(referer) ? new URL(referer) : undefined;
        if (from && from.origin === url.origin) back = from.pathname + from.search;
      }
      return c.redirect(back ? `/account/signin?next=${encodeURIComponent(back)}` : "/account/signin", 303);
    }
    if (!c.get("i18n")) c.set("i18n", i18nFor("en"));
    const i18n = c.get("i18n");
    const title = i18n.t(error.options.titleKey ?? "error.server.title");
    // A form no route caught (FormError is an AppError): the page names the field and says what is wrong with it.
    const problem =
      error instanceof FormError && error.options.field
        ? i18n.t(error.errors[error.options.field] ?? "form.invalid")
        : "";
    const body = i18n.t(error.options.bodyKey ?? "error.server.body", {
      requestId,
      ...error.options.values,
      ...(problem ? { problem } : {}),
    });
    return renderPage(c, <ErrorPage ctx={pageContext(c)} title={title} body={body} />, pageStatus(error.status));
  };

  app.notFound((c) => respond(c, errors.notFound()));

  app.onError((err, c) => {
    if (err instanceof AppError) return respond(c, err);
    if (err instanceof HTTPException && err.status < 500) {
      const mapped =
        err.status === 403
          ? errors.forbidden()
          : err.status === 404
            ? errors.notFound()
            : new AppError(err.status as 400, "bad_request", err.message || "Bad request", {
                titleKey: "error.badRequest.title",
                bodyKey: "error.badRequest.body",
                values: { detail: err.message || "" },
              });
      return respond(c, mapped);
    }
    if (isDatabaseUnavailable(err)) {
      logger.error("database unavailable", { requestId: c.get("requestId"), path: c.req.path, error: err });
      return respond(c, errors.unavailable());
    }
    logger.error("unhandled error", { requestId: c.get("requestId"), path: c.req.path, error: err });
    const message =
      config.env === "development" ? `Internal error: ${err.message}` : "Internal error; quote the request id";
    return respond(c, new AppError(500, "internal_error", message, { values: { requestId: c.get("requestId") } }));
  });
}

function pageStatus(status: number): 400 | 401 | 403 | 404 | 409 | 413 | 429 | 500 | 503 {
  return status === 503 ||
    status === 400 ||
    status === 401 ||
    status === 403 ||
    status === 404 ||
    status === 409 ||
    status === 413 ||
    status === 429
    ? status
    : status < 500
      ? 400
      : 500;
}
