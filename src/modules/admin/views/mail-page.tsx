import type { MessageKey } from "../../../platform/i18n/i18n.ts";
import { MAIL_STATUSES, type QueuedMail } from "../../../platform/mail/mail-admin.ts";
import { ErrorSummary, type FormState, PostForm, SelectField } from "../../../platform/views/forms.tsx";
import { Layout } from "../../../platform/views/layout.tsx";
import type { PageContext } from "../../../platform/views/page.ts";
import { adminCrumbs, OlderNewer, whenUtc } from "./admin-common.tsx";

export function MailPage({
  ctx,
  form,
  messages,
  older,
  notice,
}: {
  ctx: PageContext;
  form: FormState;
  messages: QueuedMail[];
  older: string | null;
  notice?: string;
}) {
  const { i18n } = ctx;
  const title = i18n.t("admin.mail.title");
  const statusName = (status: string) => i18n.t(`admin.mail.status.${status}` as MessageKey);
  const status = form.values.status ?? "";
  const rejected = Object.keys(form.errors).length > 0;
  return (
    <Layout ctx={ctx} title={title} breadcrumbs={adminCrumbs(i18n)}>
      <h1>{title}</h1>
      {notice && (
        <p class="notice" role="status">
          {notice}
        </p>
      )}
      <p>{i18n.t("admin.mail.intro")}</p>
      <p>{i18n.t("admin.mail.failedHelp")}</p>
      <ErrorSummary i18n={i18n} form={form} labels={{ status: i18n.t("admin.mail.status") }} />
      <form method="get" action="/admin/mail" class="stack">
        <SelectField
          i18n={i18n}
          form={form}
          name="status"
          label={i18n.t("admin.mail.status")}
          options={[
            { value: "", label: i18n.t("admin.mail.anyStatus") },
            ...MAIL_STATUSES.map((s) => ({ value: s, label: statusName(s) })),
          ]}
        />
        <p class="actions">
          <button type="submit">{i18n.t("admin.filter.submit")}</button>
        </p>
      </form>

      <h2>{i18n.t("admin.mail.messages")}</h2>
      {!rejected && messages.length === 0 && <p>{i18n.t("admin.mail.empty")}</p>}
      {messages.length > 0 && (
        <div class="table-scroll">
          <table class="data-table">
            <thead>
              <tr>
                <th scope="col">{i18n.t("admin.mail.to")}</th>
                <th scope="col">{i18n.t("admin.mail.template")}</th>
                <th scope="col">{i18n.t("admin.mail.subject")}</th>
                <th scope="col">{i18n.t("admin.mail.status")}</th>
                <th scope="col">{i18n.t("admin.mail.attempts")}</th>
                <th scope="col">{i18n.t("admin.mail.nextAttempt")}</th>
                <th scope="col">{i18n.t("admin.mail.lastError")}</th>
                <th scope="col">
                  <span class="visually-hidden">{i18n.t("admin.person.actions")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {messages.map((m) => (
                <tr>
                  <th scope="row" dir="ltr">
                    {m.to}
                  </th>
                  <td>
                    <code dir="ltr">{m.template}</code>
                  </td>
                  <td dir="auto" lang={m.locale}>
                    {m.subject}
                  </td>
                  <td>
                    {statusName(m.status)}
                    {m.sentAt && (
                      <>
                        <br />
                        <time class="muted" datetime={m.sentAt}>
                          {whenUtc(i18n, m.sentAt)}
                        </time>
                      </>
                    )}
                  </td>
                  <td>{i18n.number(m.attempts)}</td>
                  <td>
                    {m.status === "pending" || m.status === "sending" ? (
                      <time datetime={m.nextAttemptAt}>{whenUtc(i18n, m.nextAttemptAt)}</time>
                    ) : (
                      <span class="muted">{i18n.t("admin.mail.noNextAttempt")}</span>
                    )}
                  </td>
                  <td>
                    {m.lastError ? (
                      <code dir="ltr">{m.lastError}</code>
                    ) : (
                      <span class="muted">{i18n.t("admin.audit.none")}</span>
                    )}
                  </td>
                  <td>
                    {m.canSendNow && (
                      <PostForm action={`/admin/mail/${m.id}/retry`} class="inline-form">
                        <input type="hidden" name="status" value={status} />
                        <button
                          type="submit"
                          class="button--secondary"
                          aria-label={i18n.t("admin.mail.sendNowLabel", { subject: m.subject, to: m.to })}
                        >
                          {i18n.t("admin.mail.sendNow")}
                        </button>
                      </PostForm>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <OlderNewer
        i18n={i18n}
        path="/admin/mail"
        filters={{ status }}
        before={form.values.before ?? ""}
        older={older}
        labels={{
          nav: i18n.t("admin.mail.pages"),
          newest: i18n.t("admin.mail.newest"),
          older: i18n.t("admin.mail.older"),
        }}
      />
    </Layout>
  );
}
