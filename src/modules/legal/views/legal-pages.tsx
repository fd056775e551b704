import type { MessageKey } from "../../../platform/i18n/i18n.ts";
import { Layout } from "../../../platform/views/layout.tsx";
import type { PageContext } from "../../../platform/views/page.ts";

/** What the pages say about the platform as configured: the secretariat's address, how long passports are kept. */
export interface LegalFacts {
  contactEmail: string;
  passportRetentionDays: number;
}

type Values = { email: string; days: number };

/** A section: its heading and paragraphs, each a message key; `id` lets other pages link to it. */
interface Section {
  id: string;
  heading: MessageKey;
  paragraphs: MessageKey[];
}

const PRIVACY: Section[] = [
  { id: "controller", heading: "legal.privacy.controller.h", paragraphs: ["legal.privacy.controller.body"] },
  {
    id: "collected",
    heading: "legal.privacy.what.h",
    paragraphs: [
      "legal.privacy.what.account",
      "legal.privacy.what.signin",
      "legal.privacy.what.contributions",
      "legal.privacy.what.registration",
      "legal.privacy.what.photo",
      "legal.privacy.what.records",
    ],
  },
  { id: "who-sees", heading: "legal.privacy.who.h", paragraphs: ["legal.privacy.who.body"] },
  { id: "retention", heading: "legal.privacy.kept.h", paragraphs: ["legal.privacy.kept.body"] },
  { id: "rights", heading: "legal.privacy.rights.h", paragraphs: ["legal.privacy.rights.body"] },
  { id: "cookies", heading: "legal.privacy.cookies.h", paragraphs: ["legal.privacy.cookies.body"] },
];

const TERMS: Section[] = [
  { id: "account", heading: "legal.terms.account.h", paragraphs: ["legal.terms.account.body"] },
  { id: "content", heading: "legal.terms.content.h", paragraphs: ["legal.terms.content.body"] },
  { id: "decisions", heading: "legal.terms.decisions.h", paragraphs: ["legal.terms.decisions.body"] },
  { id: "warranty", heading: "legal.terms.liability.h", paragraphs: ["legal.terms.liability.body"] },
  { id: "changes", heading: "legal.terms.changes.h", paragraphs: ["legal.terms.changes.body"] },
];

function Sections({ ctx, sections, values }: { ctx: PageContext; sections: Section[]; values: Values }) {
  const { i18n } = ctx;
  return (
    <>
      {sections.map((s) => (
        <section aria-labelledby={s.id}>
          <h2 id={s.id}>{i18n.t(s.heading)}</h2>
          {s.paragraphs.map((p) => (
            <p>{i18n.t(p, values)}</p>
          ))}
        </section>
      ))}
    </>
  );
}

function LegalPage({
  ctx,
  title,
  intro,
  sections,
  facts,
}: {
  ctx: PageContext;
  title: MessageKey;
  intro: MessageKey;
  sections: Section[];
  facts: LegalFacts;
}) {
  const { i18n } = ctx;
  const values = { email: i18n.ltr(facts.contactEmail), days: facts.passportRetentionDays };
  return (
    <Layout ctx={ctx} title={i18n.t(title)}>
      <article class="prose">
        <h1>{i18n.t(title)}</h1>
        <p class="lead">{i18n.t(intro)}</p>
        <Sections ctx={ctx} sections={sections} values={values} />
        <p>
          <a href="/contact">{i18n.t("legal.contact.title")}</a>
        </p>
      </article>
    </Layout>
  );
}

export const PrivacyPage = ({ ctx, facts }: { ctx: PageContext; facts: LegalFacts }) => (
  <LegalPage ctx={ctx} title="legal.privacy.title" intro="legal.privacy.intro" sections={PRIVACY} facts={facts} />
);

export const TermsPage = ({ ctx, facts }: { ctx: PageContext; facts: LegalFacts }) => (
  <LegalPage ctx={ctx} title="legal.terms.title" intro="legal.terms.intro" sections={TERMS} facts={facts} />
);

export function ContactPage({ ctx, facts }: { ctx: PageContext; facts: LegalFacts }) {
  const { i18n } = ctx;
  const title = i18n.t("legal.contact.title");
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      <p class="lead">{i18n.t("legal.contact.intro")}</p>
      <p>
        {i18n.t("legal.contact.email")}{" "}
        <a href={`mailto:${facts.contactEmail}`} dir="ltr">
          <bdi>{facts.contactEmail}</bdi>
        </a>
      </p>
      <p>{i18n.t("legal.contact.hint")}</p>
      <p>
        {i18n.t("legal.contact.privacy")} <a href="/privacy">{i18n.t("legal.privacy.title")}</a>
      </p>
    </Layout>
  );
}
