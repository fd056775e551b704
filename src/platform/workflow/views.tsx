import type { I18n, MessageKey } from "../i18n/i18n.ts";
import { type FormState, fieldMessage, PostForm } from "../views/forms.tsx";

/**
 * The pieces every workflow page draws the same way: a state's label, a decision's message and buttons, and the
 * queue's state filter. Each module keeps its own pages; these keep the pieces' HTML one and the same.
 */

/**
 * The label of each state, by message key, written out so the compiler checks each key:
 * `const entryState = stateLabels<EntryState>({ draft: "stocktaking.state.draft", … })`, then `entryState(i18n, s)`.
 */
export function stateLabels<S extends string>(keys: { readonly [K in S]: MessageKey }) {
  return (i18n: I18n, state: S): string => i18n.t(keys[state]);
}

/** A state as a badge. `class` adds a module's own class after `state`. */
export function StateLabel({ label, class: extra }: { label: string; class?: string }) {
  return <span class={extra ? `state ${extra}` : "state"}>{label}</span>;
}

/**
 * The message that goes with a decision (to the owner, the proposer): label, hint, the problem when the decision
 * was refused, and the text as typed. Optional unless `required`; `id` when a page has several (the field's name
 * is always `message`).
 */
export function DecisionMessage({
  i18n,
  form,
  id = "message",
  label,
  hint,
  maxLength,
  required = false,
  rows = 5,
}: {
  i18n: I18n;
  form: FormState | undefined;
  id?: string;
  label: string;
  hint: string;
  maxLength: number;
  required?: boolean;
  rows?: number;
}) {
  const error = form?.errors.message ? fieldMessage(i18n, form, "message") : undefined;
  return (
    <div class={error ? "field field--error" : "field"}>
      <label for={id}>
        {label}
        {!required && <span class="muted"> ({i18n.t("form.optional")})</span>}
      </label>
      <p class="hint" id={`${id}-hint`}>
        {hint}
      </p>
      {error && (
        <p class="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
      <textarea
        id={id}
        name="message"
        rows={rows}
        required={required || undefined}
        maxlength={maxLength}
        dir="auto"
        aria-invalid={error ? "true" : undefined}
        aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
      >
        {form?.values.message ?? ""}
      </textarea>
    </div>
  );
}

/** One button of a decision form: a form with several sends which one was pressed as `name=value`. */
export interface DecisionButton {
  label: string;
  name?: string;
  value?: string;
  /** "button--secondary", "button--danger"; the primary button has none. */
  class?: string;
}

/**
 * A decision, posted to `action`: its message (a DecisionMessage, when the decision carries one) and its
 * button, or its buttons in one row.
 */
export function DecisionForm({
  action,
  class: className,
  message,
  buttons,
}: {
  action: string;
  class?: string;
  message?: unknown;
  buttons: readonly DecisionButton[];
}) {
  const drawn = buttons.map((b) => (
    <button type="submit" name={b.name} value={b.value} class={b.class}>
      {b.label}
    </button>
  ));
  return (
    <PostForm action={action} class={className}>
      {message as never}
      {buttons.length === 1 ? drawn : <div class="actions">{drawn}</div>}
    </PostForm>
  );
}

/** The queue's filter: one state at a time, chosen from a list and sent as `?state=`. */
export function QueueFilter<S extends string>({
  action,
  label,
  states,
  selected,
  labelOf,
  button,
}: {
  action: string;
  label: string;
  states: readonly S[];
  selected: string;
  labelOf: (state: S) => string;
  button: string;
}) {
  return (
    <form method="get" action={action} class="actions">
      <label for="state">{label}</label>
      <select id="state" name="state">
        {states.map((s) => (
          <option value={s} selected={selected === s}>
            {labelOf(s)}
          </option>
        ))}
      </select>
      <button type="submit" class="button--secondary">
        {button}
      </button>
    </form>
  );
}
