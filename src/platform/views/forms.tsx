import { errorValues, type FieldErrors } from "../http/forms.ts";
import type { I18n, MessageKey, MessageValues } from "../i18n/i18n.ts";

/** What a form view needs: what was typed, what is wrong, and the values error messages may name. */
export interface FormState {
  values: Record<string, string>;
  errors: FieldErrors;
  /** Values for error messages, e.g. { min: 10 } for the password rule. */
  messageValues?: MessageValues;
  /** Fields that hold several values (checkboxes, multiple selects). */
  lists?: Record<string, string[]>;
}

export const emptyForm = (values: Record<string, string> = {}): FormState => ({ values, errors: {} });

/** A field's message in the reader's language, with the values it names (a limit) where its errors carry them. */
export function fieldMessage(i18n: I18n, form: FormState, field: string): string {
  const key = form.errors[field] as MessageKey;
  const own = errorValues(form.errors, field);
  // A "…max" message whose limit was lost on the way (errors copied into a new object) says the plain version.
  if (!own && key === "form.tooLong.max") return i18n.t("form.tooLong", form.messageValues);
  return i18n.t(key, own ? { ...form.messageValues, ...own } : form.messageValues);
}

/**
 * The list of problems at the top of a rejected form, each linking to its field (GOV.UK pattern); it is what a
 * screen reader meets first, and it says each field's label with its problem.
 */
export function ErrorSummary({ i18n, form, labels }: { i18n: I18n; form: FormState; labels: Record<string, string> }) {
  const fields = Object.keys(form.errors);
  if (fields.length === 0) return null;
  return (
    <div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex={-1}>
      <h2 id="error-summary-title">{i18n.t("form.errorSummary")}</h2>
      <ul>
        {fields.map((field) => (
          <li>
            <a href={`#${field}`}>
              {labels[field] ? `${labels[field]}: ` : ""}
              {fieldMessage(i18n, form, field)}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Label, hint and error around one control; `describedBy` is what the control's aria-describedby should say. */
function FieldFrame({
  i18n,
  form,
  name,
  label,
  hint,
  required,
  note,
  children,
}: {
  i18n: I18n;
  form: FormState;
  name: string;
  label: string;
  hint?: string;
  required?: boolean;
  /** Said after the label instead of "optional" (e.g. "needed to submit"). */
  note?: string;
  children: (describedBy: string | undefined, invalid: "true" | undefined) => unknown;
}) {
  const error = form.errors[name];
  const describedBy = [hint ? `${name}-hint` : "", error ? `${name}-error` : ""].filter(Boolean).join(" ");
  return (
    <div class={error ? "field field--error" : "field"}>
      <label for={name}>
        {label}
        {!required && <span class="muted"> ({note ?? i18n.t("form.optional")})</span>}
      </label>
      {hint && (
        <p class="hint" id={`${name}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p class="field-error" id={`${name}-error`}>
          {fieldMessage(i18n, form, name)}
        </p>
      )}
      {children(describedBy || undefined, error ? "true" : undefined) as never}
    </div>
  );
}

interface FieldProps {
  i18n: I18n;
  form: FormState;
  name: string;
  label: string;
  hint?: string;
  type?: "text" | "email" | "password" | "url" | "date";
  autocomplete?: string;
  required?: boolean;
  /** Said after the label instead of "optional". */
  note?: string;
  /** Secrets are never written back into the page. */
  secret?: boolean;
  dir?: "ltr" | "rtl" | "auto";
}

/** Inputs whose values read left to right in every language: an address typed in Arabic stays "https://…". */
const LTR_TYPES = new Set(["url", "email", "tel"]);

export function TextField(props: FieldProps) {
  const { form, name, type = "text", autocomplete, required, secret, dir } = props;
  return (
    <FieldFrame {...props}>
      {(describedBy, invalid) => (
        <input
          id={name}
          name={name}
          type={type}
          value={secret ? undefined : form.values[name]}
          autocomplete={autocomplete}
          required={required}
          dir={dir ?? (LTR_TYPES.has(type) ? "ltr" : undefined)}
          aria-invalid={invalid}
          aria-describedby={describedBy}
        />
      )}
    </FieldFrame>
  );
}

interface SelectProps {
  i18n: I18n;
  form: FormState;
  name: string;
  label: string;
  hint?: string;
  options: { value: string; label: string; lang?: string }[];
  required?: boolean;
  /** Said after the label instead of "optional". */
  note?: string;
  autocomplete?: string;
}

export function SelectField(props: SelectProps & { multiple?: boolean; size?: number }) {
  const { form, name, options, autocomplete, multiple, size } = props;
  const chosen = (value: string) =>
    multiple ? (form.lists?.[name] ?? []).includes(value) : form.values[name] === value;
  return (
    <FieldFrame {...props}>
      {(describedBy, invalid) => (
        <select
          id={name}
          name={name}
          autocomplete={autocomplete}
          multiple={multiple}
          size={size}
          aria-invalid={invalid}
          aria-describedby={describedBy}
        >
          {options.map((o) => (
            <option value={o.value} selected={chosen(o.value)} lang={o.lang}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}

export function TextArea(props: FieldProps & { rows?: number; maxLength?: number }) {
  const { form, name, required, dir, rows = 5, maxLength } = props;
  return (
    <FieldFrame {...props}>
      {(describedBy, invalid) => (
        <textarea
          id={name}
          name={name}
          rows={rows}
          maxlength={maxLength}
          required={required}
          dir={dir}
          aria-invalid={invalid}
          aria-describedby={describedBy}
        >
          {form.values[name] ?? ""}
        </textarea>
      )}
    </FieldFrame>
  );
}

/** Several checkboxes under one legend; the group, not each box, carries the error. */
export function CheckboxGroup({
  i18n,
  form,
  name,
  legend,
  hint,
  options,
  note,
}: {
  i18n: I18n;
  form: FormState;
  name: string;
  legend: string;
  hint?: string;
  options: { value: string; label: string }[];
  /** Said after the legend (e.g. "needed to submit"). */
  note?: string;
}) {
  const error = form.errors[name];
  const checked = new Set(form.lists?.[name] ?? []);
  return (
    <fieldset
      class={error ? "field field--error checkboxes" : "field checkboxes"}
      id={name}
      aria-describedby={
        [hint ? `${name}-hint` : "", error ? `${name}-error` : ""].filter(Boolean).join(" ") || undefined
      }
    >
      <legend>
        {legend}
        {note && <span class="muted"> ({note})</span>}
      </legend>
      {hint && (
        <p class="hint" id={`${name}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p class="field-error" id={`${name}-error`}>
          {fieldMessage(i18n, form, name)}
        </p>
      )}
      {options.map((o, i) => (
        <div class="checkbox">
          <input type="checkbox" id={`${name}-${i}`} name={name} value={o.value} checked={checked.has(o.value)} />{" "}
          <label for={`${name}-${i}`}>{o.label}</label>
        </div>
      ))}
    </fieldset>
  );
}

/** A POST form. Hono's CSRF check compares the Origin header, so no token field is needed. */
export function PostForm({
  action,
  children,
  class: className,
}: {
  action: string;
  children?: unknown;
  class?: string;
}) {
  return (
    <form method="post" action={action} class={className} novalidate>
      {children as never}
    </form>
  );
}
