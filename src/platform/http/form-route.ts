import type { FormState } from "../views/forms.tsx";
import { renderPage } from "../views/page.ts";
import type { AppContext } from "./env.ts";
import { FormError, withoutSecrets } from "./forms.ts";

/** Where a form's work ends: a path to go to (303, so a reload does not send the form again) or a page of its own. */
export type FormOutcome = string | Response;

/**
 * A form route's one shape: run the work (parse, check, save); when it refuses the form (a FormError, from the
 * schema or from the service), show the form's page again with status 400, built by `again` from what was typed
 * (secrets excepted) and each field's problem. Any other error goes on to the error handler.
 *
 * ```ts
 * .post("/account/signin", async (c) => {
 *   const input = await values(c);
 *   return submitForm(c, input, async () => { …; return "/account"; },
 *     (form) => <SignInPage ctx={pageContext(c)} form={form} />);
 * })
 * ```
 */
export async function submitForm(
  c: AppContext,
  typed: Record<string, string>,
  run: () => Promise<FormOutcome>,
  again: (form: FormState) => unknown,
): Promise<Response> {
  let outcome: FormOutcome;
  try {
    outcome = await run();
  } catch (error) {
    if (!(error instanceof FormError)) throw error;
    return renderPage(c, await again({ values: withoutSecrets(typed), errors: error.errors }), 400);
  }
  return typeof outcome === "string" ? c.redirect(outcome, 303) : outcome;
}
