import { Hono } from "hono";
import type { AppEnv } from "../../platform/http/env.ts";
import { pageContext, renderPage } from "../../platform/views/page.ts";
import { ContactPage, type LegalFacts, PrivacyPage, TermsPage } from "./views/legal-pages.tsx";

/** The privacy notice, the terms of use and the contact page: public, in the reader's language, from the config. */
export function legalPages(facts: LegalFacts) {
  return new Hono<AppEnv>()
    .get("/privacy", (c) => renderPage(c, <PrivacyPage ctx={pageContext(c)} facts={facts} />))
    .get("/terms", (c) => renderPage(c, <TermsPage ctx={pageContext(c)} facts={facts} />))
    .get("/contact", (c) => renderPage(c, <ContactPage ctx={pageContext(c)} facts={facts} />));
}
