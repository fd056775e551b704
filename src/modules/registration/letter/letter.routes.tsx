import { Hono } from "hono";
import type { AppContext, AppEnv } from "../../../platform/http/env.ts";
import { errors } from "../../../platform/http/errors.ts";
import { requestMeta } from "../../../platform/http/request-meta.ts";
import { emptyForm, type FormState } from "../../../platform/views/forms.tsx";
import { pageContext, renderPage } from "../../../platform/views/page.ts";
import { type VerifyOutcome, VerifyPage } from "../views/verify-page.tsx";
import type { LetterService } from "./letter.service.ts";

const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * The e-confirmation letter (PDF, for its owner and accreditation staff) and the public page that checks one.
 * Mounted before the /forum/{slug} pages: "registrations" is never an edition's slug.
 */
export function registrationLetterPages(deps: { letters: LetterService; clock: () => Date }) {
  const { letters, clock } = deps;

  async function check(c: AppContext, typed: string) {
    const checkedAt = clock();
    // Neither the page nor the outcome may be kept by a browser or a proxy: a letter can be revoked at any time.
    c.header("Cache-Control", "no-store");
    c.header("X-Robots-Tag", "noindex");
    c.header("Referrer-Policy", "no-referrer");
    const ctx = pageContext(c);
    const code = typed.trim().slice(0, 64);
    if (!code) {
      const form: FormState = { values: { code: "" }, errors: { code: "registrationLetter.verify.codeRequired" } };
      return renderPage(c, <VerifyPage ctx={ctx} form={form} outcome={null} checkedAt={checkedAt} />, 400);
    }
    const letter = await letters.verify(code, c.get("i18n").locale, requestMeta(c));
    const outcome: VerifyOutcome = letter ? { valid: true, letter } : { valid: false };
    return renderPage(c, <VerifyPage ctx={ctx} form={emptyForm({ code })} outcome={outcome} checkedAt={checkedAt} />);
  }

  return new Hono<AppEnv>()
    .get("/forum/registrations/:id/letter.pdf", async (c) => {
      const id = c.req.param("id");
      if (!ID.test(id)) throw errors.notFound("No registration here");
      const { bytes, filename } = await letters.letter(c.get("actor"), id, c.get("i18n").locale, requestMeta(c));
      return c.body(bytes as Uint8Array<ArrayBuffer>, 200, {
        "Content-Type": "application/pdf",
        "Content-Disposition": `inline; filename="${filename}"`,
        "Cache-Control": "private, no-store",
        "X-Robots-Tag": "noindex",
      });
    })
    .get("/verify", (c) => {
      const typed = c.req.query("code");
      if (typed === undefined) {
        c.header("Cache-Control", "no-store");
        c.header("Referrer-Policy", "no-referrer");
        return renderPage(c, <VerifyPage ctx={pageContext(c)} form={emptyForm()} outcome={null} checkedAt={clock()} />);
      }
      // Answered here rather than redirected to /verify/{code}: a query string stays out of the request log.
      return check(c, typed);
    })
    .get("/verify/:code", (c) => check(c, c.req.param("code")));
}
