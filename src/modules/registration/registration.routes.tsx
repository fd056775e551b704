import { Hono } from "hono";
import { authorize } from "../../platform/auth/policy.ts";
import type { AppContext, AppEnv } from "../../platform/http/env.ts";
import { errors } from "../../platform/http/errors.ts";
import { FormError } from "../../platform/http/forms.ts";
import { requestMeta } from "../../platform/http/request-meta.ts";
import type { MessageKey } from "../../platform/i18n/i18n.ts";
import type { Locale } from "../../platform/i18n/locale.ts";
import { emptyForm, type FormState } from "../../platform/views/forms.tsx";
import { pageContext, renderPage } from "../../platform/views/page.ts";
import type { ReferenceService } from "../../reference/reference.service.ts";
import { organizerPages } from "./registration.organizer.tsx";
import { DECISIONS, type Decision } from "./registration.schema.ts";
import {
  PENDING,
  type RegistrationEvent,
  type RegistrationService,
  type RemoteSession,
} from "./registration.service.ts";
import type { RegistrationState } from "./registration.table.ts";
import { AccreditationQueuePage, AccreditationRequestPage, QUEUE_FILTERS } from "./views/accreditation-pages.tsx";
import { type RegisterChoices, RegisterFormPage } from "./views/register-form.tsx";
import { CancelRegistrationPage, MyRegistrationPage, MyRegistrationsPage } from "./views/registrations-mine.tsx";

const ID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
const SLUG = "[a-z0-9][a-z0-9-]{0,79}";

/** The text fields of a (multipart) form, and the photo's bytes when one was chosen. */
async function registrationBody(c: AppContext) {
  const body = await c.req.parseBody();
  const values: Record<string, string> = {};
  let photo: { bytes: Uint8Array } | null = null;
  for (const [key, value] of Object.entries(body)) {
    if (typeof value === "string") values[key] = value;
    else if (key === "photo" && value instanceof File && value.size > 0) {
      photo = { bytes: new Uint8Array(await value.arrayBuffer()) };
    }
  }
  return { values, photo };
}

/** Registration for a Forum edition, the person's own registrations, and the accreditation queue. */
export function registrationPages(deps: {
  registrations: RegistrationService;
  reference: ReferenceService;
  /** The event's published sessions with a remote-participation link (the Forum's, given by the composition root). */
  remoteSessions?: (eventId: string, locale: Locale) => Promise<RemoteSession[]>;
}) {
  const { registrations, reference, remoteSessions } = deps;

  const eventOf = (c: AppContext) => registrations.event(c.req.param("slug") ?? "", c.get("i18n").locale);

  async function choices(c: AppContext, event: RegistrationEvent): Promise<RegisterChoices> {
    const i18n = c.get("i18n");
    const [types, countries, categories, organizations] = await Promise.all([
      reference.stakeholderTypes(i18n.locale),
      reference.countryOptions(i18n.locale),
      registrations.categories(event.id, i18n.locale),
      registrations.organizationsOf(c.get("actor")),
    ]);
    return {
      stakeholderTypes: types.map((t) => ({ value: t.code, label: t.name })),
      countries,
      categories: categories.map((k) => ({ value: k.id, label: k.name })),
      organizations: organizations.map((o) => ({ value: o.id, label: o.name })),
    };
  }

  async function showRequest(c: AppContext, form: FormState = emptyForm(), status: 200 | 400 = 200) {
    const event = await eventOf(c);
    const view = await registrations.request(c.get("actor"), c.req.param("id") ?? "", c.get("i18n").locale);
    if (view.registration.eventId !== event.id) throw errors.notFound("No such registration");
    const done = c.req.query("done");
    return renderPage(
      c,
      <AccreditationRequestPage
        ctx={pageContext(c)}
        event={event}
        view={view}
        form={form}
        notice={done === "decided" ? c.get("i18n").t("registration.done.decided") : undefined}
      />,
      status,
    );
  }

  return (
    new Hono<AppEnv>()
      // Before any /forum/:slug route: "registrations" is not an edition.
      .get("/forum/registrations/mine", async (c) => {
        const rows = await registrations.mine(c.get("actor"), c.get("i18n").locale);
        return renderPage(c, <MyRegistrationsPage ctx={pageContext(c)} rows={rows} />);
      })
      .get(`/forum/registrations/:id{${ID}}`, async (c) => {
        const i18n = c.get("i18n");
        const view = await registrations.registrationForOwner(c.get("actor"), c.req.param("id"), i18n.locale);
        const done = c.req.query("done");
        const notices: Record<string, MessageKey> = {
          registered: "registration.done.registered",
          already: "registration.done.already",
          cancelled: "registration.done.cancelled",
        };
        const notice = done && notices[done] ? i18n.t(notices[done]) : undefined;
        // The links are for people whose registration is valid, as on the session pages.
        const remote = view.letterAvailable && remoteSessions ? await remoteSessions(view.event.id, i18n.locale) : [];
        return renderPage(
          c,
          <MyRegistrationPage ctx={pageContext(c)} {...view} notice={notice} remoteSessions={remote} />,
        );
      })
      // Cancelling voids the letter and frees the place: a page that says so comes first.
      .get(`/forum/registrations/:id{${ID}}/cancel`, async (c) => {
        const i18n = c.get("i18n");
        const view = await registrations.registrationForOwner(c.get("actor"), c.req.param("id"), i18n.locale);
        if (!view.canCancel) return c.redirect(`/forum/registrations/${view.registration.id}`, 303);
        return renderPage(c, <CancelRegistrationPage ctx={pageContext(c)} {...view} />);
      })
      .post(`/forum/registrations/:id{${ID}}/cancel`, async (c) => {
        const id = c.req.param("id");
        const body = await c.req.parseBody();
        // Only the confirmation page's form cancels; anything else (an old page's one-click form) is asked first.
        if (body.confirm !== "yes") {
          await registrations.registrationForOwner(c.get("actor"), id);
          return c.redirect(`/forum/registrations/${id}/cancel`, 303);
        }
        await registrations.cancel(c.get("actor"), id, requestMeta(c));
        return c.redirect(`/forum/registrations/${id}?done=cancelled`, 303);
      })
      .get(`/forum/registrations/:id{${ID}}/photo`, async (c) => {
        const photo = await registrations.photo(c.get("actor"), c.req.param("id"));
        return c.body(new Uint8Array(photo.bytes), 200, {
          "Content-Type": photo.contentType,
          "Cache-Control": "private, no-store",
          "X-Content-Type-Options": "nosniff",
        });
      })
      .get(`/forum/:slug{${SLUG}}/register`, async (c) => {
        const actor = authorize(c.get("actor"), "registration.register");
        const event = await eventOf(c);
        const existing = await registrations.existing(actor, event.id);
        if (existing) return c.redirect(`/forum/registrations/${existing.id}?done=already`, 303);
        const form = emptyForm({ passportName: "", preferredName: actor.displayName });
        return renderPage(
          c,
          <RegisterFormPage
            ctx={pageContext(c)}
            event={event}
            form={form}
            choices={await choices(c, event)}
            photoChosen={false}
            cancelledBefore={(await registrations.cancelledBefore(actor, event.id))[0]?.reference}
          />,
        );
      })
      .post(`/forum/:slug{${SLUG}}/register`, async (c) => {
        authorize(c.get("actor"), "registration.register");
        const event = await eventOf(c);
        const { values, photo } = await registrationBody(c);
        // A body over the form's limit reaches here without its photo (middleware.ts): nothing is registered, and
        // the form comes back with what was typed.
        if (c.get("droppedFiles")?.includes("photo")) {
          return renderPage(
            c,
            <RegisterFormPage
              ctx={pageContext(c)}
              event={event}
              form={{ values, errors: { photo: "registration.error.photoTooLarge" } }}
              choices={await choices(c, event)}
              photoChosen={true}
            />,
            413,
          );
        }
        try {
          const { id, created } = await registrations.register(
            c.get("actor"),
            event.slug,
            values,
            photo,
            requestMeta(c),
          );
          return c.redirect(`/forum/registrations/${id}?done=${created ? "registered" : "already"}`, 303);
        } catch (error) {
          if (!(error instanceof FormError)) throw error;
          return renderPage(
            c,
            <RegisterFormPage
              ctx={pageContext(c)}
              event={event}
              form={{ values, errors: error.errors }}
              choices={await choices(c, event)}
              photoChosen={!!photo}
            />,
            400,
          );
        }
      })
      .get(`/forum/:slug{${SLUG}}/accreditation`, async (c) => {
        const event = await eventOf(c);
        const requested = c.req.query("state") ?? "pending";
        const filter = QUEUE_FILTERS.includes(requested) ? requested : "pending";
        // "focal-point": every decision focal points made, for the secretariat to sample.
        const sample = filter === "focal-point";
        const states: RegistrationState[] =
          filter === "pending"
            ? PENDING
            : sample
              ? ["approved", "rejected", "waitlisted", "cancelled"]
              : [filter as RegistrationState];
        const rows = await registrations.queue(c.get("actor"), event.id, states, {
          decidedByFocalPoints: sample,
          locale: c.get("i18n").locale,
        });
        const unverified = await registrations.unverifiedFocalPointOrganizations(c.get("actor"));
        return renderPage(
          c,
          <AccreditationQueuePage
            ctx={pageContext(c)}
            event={event}
            rows={rows}
            filter={filter}
            unverified={unverified}
            ignored={filter === requested ? [] : ["state"]}
          />,
        );
      })
      .get(`/forum/:slug{${SLUG}}/accreditation/:id{${ID}}`, (c) => showRequest(c))
      .post(`/forum/:slug{${SLUG}}/accreditation/:id{${ID}}/decision`, async (c) => {
        const event = await eventOf(c);
        const id = c.req.param("id");
        const body = await c.req.parseBody();
        const values = {
          decision: typeof body.decision === "string" ? body.decision : "",
          reason: typeof body.reason === "string" ? body.reason : "",
        };
        if (!(DECISIONS as readonly string[]).includes(values.decision)) {
          throw errors.invalidInput("decision", DECISIONS.join(", "));
        }
        try {
          const view = await registrations.request(c.get("actor"), id);
          if (view.registration.eventId !== event.id) throw errors.notFound("No such registration");
          await registrations.decide(c.get("actor"), id, values.decision as Decision, values.reason, requestMeta(c));
        } catch (error) {
          if (!(error instanceof FormError)) throw error;
          return showRequest(c, { values, errors: error.errors }, 400);
        }
        return c.redirect(`/forum/${event.slug}/accreditation/${id}?done=decided`, 303);
      })
      .route("/", organizerPages({ registrations, reference }))
  );
}
