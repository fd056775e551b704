import type { I18n } from "../../../../platform/i18n/i18n.ts";
import { localDate } from "../../../../platform/time.ts";
import {
  CheckboxGroup,
  ErrorSummary,
  type FormState,
  PostForm,
  SelectField,
  TextArea,
  TextField,
} from "../../../../platform/views/forms.tsx";
import { Layout } from "../../../../platform/views/layout.tsx";
import type { PageContext } from "../../../../platform/views/page.ts";
import { clockTime, dayLabel, SESSION_LANGUAGE } from "../../views/parts.tsx";
import type { OrganizerEvent, OrganizerSession } from "../organize.service.ts";
import { SettingsNav } from "./organize-settings.tsx";

const organizeBase = (event: OrganizerEvent) => `/forum/${event.slug}/organize`;

function stateLabel(i18n: I18n, s: OrganizerSession): string {
  return s.state === "published"
    ? i18n.t("forumOrganize.state.published", { version: s.version })
    : i18n.t("forumOrganize.state.draft");
}

/** Every session of the event by day, drafts included, with publish and unpublish buttons. */
export function OrganizePage({
  ctx,
  event,
  sessions,
  done,
}: {
  ctx: PageContext;
  event: OrganizerEvent;
  sessions: OrganizerSession[];
  done?: string;
}) {
  const { i18n } = ctx;
  const base = organizeBase(event);
  // Only scheduled drafts are published together; the others are listed for the organiser to schedule first.
  const drafts = sessions.filter((s) => s.state === "draft" && s.scheduled).length;
  const unscheduled = sessions.filter((s) => s.state === "draft" && !s.scheduled);
  return (
    <Layout
      ctx={ctx}
      title={i18n.t("forumOrganize.title", { event: event.title })}
      breadcrumbs={[
        { href: "/forum", label: i18n.t("forum.title") },
        { href: `/forum/${event.slug}/programme`, label: event.title },
      ]}
    >
      <h1>{i18n.t("forumOrganize.title", { event: event.title })}</h1>
      {done && (
        <p class="notice" role="status">
          {done === "notScheduled" ? i18n.t("forumOrganize.done.notScheduled") : i18n.t("forumOrganize.done")}
          {done === "published" && unscheduled.length > 0 && (
            <> {i18n.t("forumOrganize.unscheduled.leftOut", { count: unscheduled.length })}</>
          )}
        </p>
      )}
      {unscheduled.length > 0 && (
        <section aria-labelledby="unscheduled" class="card">
          <h2 id="unscheduled">{i18n.t("forumOrganize.unscheduled.title")}</h2>
          <p>{i18n.t("forumOrganize.unscheduled.intro")}</p>
          <ul>
            {unscheduled.map((s) => (
              <li>
                <a href={`${base}/sessions/${s.id}`} lang={SESSION_LANGUAGE} dir="auto">
                  {s.title}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
      <p>{i18n.t("forumOrganize.zone", { zone: i18n.ltr(event.timeZone) })}</p>
      <ul class="inline-list">
        <li>
          <a class="button" href={`${base}/sessions/new`}>
            {i18n.t("forumOrganize.new")}
          </a>
        </li>
        {drafts > 0 && (
          <li>
            <PostForm action={`${base}/publish`} class="inline-form">
              <button type="submit" class="button--secondary">
                {i18n.t("forumOrganize.publishAll", { count: drafts })}
              </button>
            </PostForm>
          </li>
        )}
      </ul>
      <SettingsNav i18n={i18n} event={event} />
      {sessions.length === 0 && <p>{i18n.t("forumOrganize.empty")}</p>}
      {event.days.map((day) => {
        const list = sessions.filter((s) => s.day === day);
        if (list.length === 0) return null;
        return (
          <section aria-labelledby={`day-${day}`}>
            <h2 id={`day-${day}`}>{dayLabel(i18n, day)}</h2>
            <div class="table-scroll">
              <table class="data-table">
                <thead>
                  <tr>
                    <th scope="col">{i18n.t("forumOrganize.field.time")}</th>
                    <th scope="col">{i18n.t("forumOrganize.field.title")}</th>
                    <th scope="col">{i18n.t("forumOrganize.field.room")}</th>
                    <th scope="col">{i18n.t("forumOrganize.field.state")}</th>
                    <th scope="col">{i18n.t("forumOrganize.field.actions")}</th>
                  </tr>
                </thead>
                <tbody>
                  {list.map((s) => (
                    <tr>
                      <td>
                        {clockTime(i18n, s.startsAt, event.timeZone)}–{clockTime(i18n, s.endsAt, event.timeZone)}
                        {localDate(s.endsAt, event.timeZone) !== s.day && <> {i18n.t("forumOrganize.plusDay")}</>}
                      </td>
                      <th scope="row">
                        <a href={`${base}/sessions/${s.id}`} lang={SESSION_LANGUAGE} dir="auto">
                          {s.title}
                        </a>
                      </th>
                      <td>{s.roomName ?? "—"}</td>
                      <td>
                        <span class="state">
                          {s.scheduled ? stateLabel(i18n, s) : i18n.t("forumOrganize.unscheduled.title")}
                        </span>
                      </td>
                      <td>
                        {!s.scheduled ? (
                          <a href={`${base}/sessions/${s.id}`}>
                            {i18n.t("forumOrganize.unscheduled.schedule")}
                            <span class="visually-hidden"> {s.title}</span>
                          </a>
                        ) : (
                          <PostForm
                            action={`${base}/sessions/${s.id}/${s.state === "published" ? "unpublish" : "publish"}`}
                            class="inline-form"
                          >
                            <button type="submit" class="button--secondary">
                              {s.state === "published"
                                ? i18n.t("forumOrganize.unpublish")
                                : i18n.t("forumOrganize.publish")}
                              <span class="visually-hidden"> {s.title}</span>
                            </button>
                          </PostForm>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        );
      })}
    </Layout>
  );
}

export interface SessionChoices {
  types: { value: string; label: string }[];
  tracks: { value: string; label: string }[];
  rooms: { value: string; label: string }[];
  partners: { value: string; label: string }[];
  people: { value: string; label: string }[];
  actionLines: { value: string; label: string }[];
  sdgs: { value: string; label: string }[];
}

/** How many people rows a form shows: those filled in and two more. */
export function peopleRowCount(values: Record<string, string>): number {
  let last = -1;
  for (const key of Object.keys(values)) {
    const m = /^person(\d+)(Name)?$/.exec(key);
    if (m && values[key]) last = Math.max(last, Number(m[1]));
  }
  return Math.min(20, last + 3);
}

function PersonRow({ i18n, form, i, choices }: { i18n: I18n; form: FormState; i: number; choices: SessionChoices }) {
  const f = (name: string) => `person${i}${name}`;
  const value = (name: string) => form.values[f(name)] ?? "";
  return (
    <fieldset class="field person-row">
      <legend>{i18n.t("forumOrganize.person.legend", { n: i + 1 })}</legend>
      <SelectField
        i18n={i18n}
        form={form}
        name={`person${i}`}
        label={i18n.t("forumOrganize.person.existing")}
        options={[{ value: "", label: i18n.t("forumOrganize.person.none") }, ...choices.people]}
      />
      <TextField i18n={i18n} form={form} name={f("Name")} label={i18n.t("forumOrganize.person.name")} dir="auto" />
      <TextField
        i18n={i18n}
        form={form}
        name={f("Organization")}
        label={i18n.t("forumOrganize.person.organization")}
        dir="auto"
      />
      <TextField i18n={i18n} form={form} name={f("Title")} label={i18n.t("forumOrganize.person.title")} dir="auto" />
      <div class="field">
        <label for={f("Role")}>{i18n.t("forumOrganize.person.role")}</label>
        <select id={f("Role")} name={f("Role")}>
          {(["speaker", "moderator", "organiser"] as const).map((role) => (
            <option value={role} selected={(value("Role") || "speaker") === role}>
              {i18n.t(`forumOrganize.role.${role}`)}
            </option>
          ))}
        </select>
      </div>
    </fieldset>
  );
}

/** A time of day in the event's zone: a native time control, which works without JavaScript. */
function TimeField({ i18n, form, name, label }: { i18n: I18n; form: FormState; name: string; label: string }) {
  const error = form.errors[name];
  return (
    <div class={error ? "field field--error" : "field"}>
      <label for={name}>{label}</label>
      <p class="hint" id={`${name}-hint`}>
        {i18n.t("forumOrganize.hint.time")}
      </p>
      {error && (
        <p class="field-error" id={`${name}-error`}>
          {i18n.t(error, form.messageValues)}
        </p>
      )}
      {/* Text, not type="time": the browser's time picker follows the system's 12- or 24-hour setting (AM/PM in
          English), while the hint and the programme use the 24-hour clock. */}
      <input
        id={name}
        name={name}
        type="text"
        inputmode="numeric"
        pattern="([01]?[0-9]|2[0-3]):[0-5][0-9]"
        maxlength={5}
        size={5}
        autocomplete="off"
        value={form.values[name]}
        required
        aria-invalid={error ? "true" : undefined}
        aria-describedby={[`${name}-hint`, error ? `${name}-error` : ""].filter(Boolean).join(" ")}
      />
    </div>
  );
}

/** Create or edit one session; a rejected form keeps everything typed and names each field's problem. */
export function SessionFormPage({
  ctx,
  event,
  form,
  choices,
  action,
  title,
}: {
  ctx: PageContext;
  event: OrganizerEvent;
  form: FormState;
  choices: SessionChoices;
  action: string;
  title: string;
}) {
  const { i18n } = ctx;
  const none = { value: "", label: i18n.t("forumOrganize.none") };
  const labels: Record<string, string> = {
    title: i18n.t("forumOrganize.field.title"),
    description: i18n.t("forumOrganize.field.description"),
    typeCode: i18n.t("forumOrganize.field.type"),
    trackId: i18n.t("forumOrganize.field.track"),
    roomId: i18n.t("forumOrganize.field.room"),
    hostPartnerId: i18n.t("forumOrganize.field.host"),
    day: i18n.t("forumOrganize.field.day"),
    start: i18n.t("forumOrganize.field.start"),
    end: i18n.t("forumOrganize.field.end"),
    endsNextDay: i18n.t("forumOrganize.field.endsNextDay"),
    actionLines: i18n.t("forumOrganize.field.actionLines"),
    sdgs: i18n.t("forumOrganize.field.sdgs"),
    people: i18n.t("forumOrganize.field.people"),
    remoteUrl: i18n.t("forumOrganize.field.remoteUrl"),
    recordingUrl: i18n.t("forumOrganize.field.recordingUrl"),
    confirmConflicts: i18n.t("forumOrganize.field.confirmConflicts"),
  };
  const rows = peopleRowCount(form.values);
  const warnConflicts = Boolean(form.errors.confirmConflicts || form.values.confirmConflicts);
  return (
    <Layout
      ctx={ctx}
      title={title}
      breadcrumbs={[
        { href: "/forum", label: i18n.t("forum.title") },
        { href: organizeBase(event), label: i18n.t("forumOrganize.title", { event: event.title }) },
      ]}
    >
      <h1>{title}</h1>
      <ErrorSummary i18n={i18n} form={form} labels={labels} />
      <PostForm action={action} class="stack">
        <TextField i18n={i18n} form={form} name="title" label={labels.title ?? ""} required dir="auto" />
        <TextArea i18n={i18n} form={form} name="description" label={labels.description ?? ""} dir="auto" />
        <SelectField
          i18n={i18n}
          form={form}
          name="typeCode"
          label={labels.typeCode ?? ""}
          required
          options={[{ value: "", label: i18n.t("forumProposals.form.chooseFormat") }, ...choices.types]}
        />
        <SelectField
          i18n={i18n}
          form={form}
          name="trackId"
          label={labels.trackId ?? ""}
          options={[none, ...choices.tracks]}
        />
        <SelectField
          i18n={i18n}
          form={form}
          name="roomId"
          label={labels.roomId ?? ""}
          options={[none, ...choices.rooms]}
        />
        <fieldset class="field">
          <legend>{i18n.t("forumOrganize.when", { zone: i18n.ltr(event.timeZone) })}</legend>
          <TextField
            i18n={i18n}
            form={form}
            name="day"
            type="date"
            label={labels.day ?? ""}
            hint={i18n.t("forumOrganize.hint.day", { first: event.startsOn, last: event.endsOn })}
            required
          />
          <TimeField i18n={i18n} form={form} name="start" label={labels.start ?? ""} />
          <TimeField i18n={i18n} form={form} name="end" label={labels.end ?? ""} />
          <div class="field">
            <div class="checkbox">
              <input
                type="checkbox"
                id="endsNextDay"
                name="endsNextDay"
                value="1"
                checked={form.values.endsNextDay === "1"}
                aria-describedby="endsNextDay-hint"
              />{" "}
              <label for="endsNextDay">{labels.endsNextDay}</label>
            </div>
            <p class="hint" id="endsNextDay-hint">
              {i18n.t("forumOrganize.hint.endsNextDay")}
            </p>
          </div>
        </fieldset>
        <SelectField
          i18n={i18n}
          form={form}
          name="hostPartnerId"
          label={labels.hostPartnerId ?? ""}
          options={[none, ...choices.partners]}
        />
        <fieldset class="field" id="people">
          <legend>{labels.people}</legend>
          {form.errors.people && (
            <p class="field-error" id="people-error">
              {i18n.t(form.errors.people, form.messageValues)}
            </p>
          )}
          <p class="hint">{i18n.t("forumOrganize.hint.people")}</p>
          {Array.from({ length: rows }, (_, i) => (
            <PersonRow i18n={i18n} form={form} i={i} choices={choices} />
          ))}
        </fieldset>
        <CheckboxGroup
          i18n={i18n}
          form={form}
          name="actionLines"
          legend={labels.actionLines ?? ""}
          options={choices.actionLines}
        />
        <CheckboxGroup i18n={i18n} form={form} name="sdgs" legend={labels.sdgs ?? ""} options={choices.sdgs} />
        <TextField i18n={i18n} form={form} name="remoteUrl" type="url" label={labels.remoteUrl ?? ""} dir="ltr" />
        <TextField i18n={i18n} form={form} name="recordingUrl" type="url" label={labels.recordingUrl ?? ""} dir="ltr" />
        {warnConflicts && (
          <div class={form.errors.confirmConflicts ? "field field--error" : "field"}>
            {form.errors.confirmConflicts && (
              <p class="field-error" id="confirmConflicts-error">
                {i18n.t(form.errors.confirmConflicts, form.messageValues)}
              </p>
            )}
            <div class="checkbox">
              <input
                type="checkbox"
                id="confirmConflicts"
                name="confirmConflicts"
                value="1"
                checked={form.values.confirmConflicts === "1"}
                aria-describedby={form.errors.confirmConflicts ? "confirmConflicts-error" : undefined}
              />{" "}
              <label for="confirmConflicts">{labels.confirmConflicts}</label>
            </div>
          </div>
        )}
        <p class="hint">{i18n.t("forumOrganize.hint.draft")}</p>
        <button type="submit">{i18n.t("forumOrganize.save")}</button>
      </PostForm>
    </Layout>
  );
}
