import type { I18n } from "../i18n/i18n.ts";
import { type FormState, fieldMessage } from "./forms.tsx";

/**
 * Several countries out of some 250: a list of checkboxes in a scrollable fieldset, which works as it is without
 * JavaScript (no Ctrl-click, nothing hidden). /static/js/country-picker.js adds a box that filters the list as one
 * types (names in the reader's language, accents aside, or ISO codes) and keeps a line saying what is chosen.
 * The options are the reference data's (ReferenceService.countryOptions), in the reader's language and order.
 */
export function CountryPicker({
  i18n,
  form,
  name,
  legend,
  hint,
  options,
}: {
  i18n: I18n;
  form: FormState;
  name: string;
  legend: string;
  hint?: string;
  options: { value: string; label: string }[];
}) {
  const error = form.errors[name];
  const chosen = new Set(form.lists?.[name] ?? []);
  const chosenNames = options.filter((o) => chosen.has(o.value)).map((o) => o.label);
  const describedBy = [hint ? `${name}-hint` : "", error ? `${name}-error` : "", `${name}-chosen`]
    .filter(Boolean)
    .join(" ");
  return (
    <>
      <fieldset
        class={error ? "field field--error checkboxes country-picker" : "field checkboxes country-picker"}
        id={name}
        aria-describedby={describedBy}
        data-country-picker=""
        data-chosen={i18n.t("site.countries.chosen", { list: "{list}" })}
        data-none={i18n.t("site.countries.noneChosen")}
        data-shown={i18n.t("site.countries.shown", { shown: "{shown}", total: "{total}" })}
      >
        <legend>{legend}</legend>
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
        <p class="country-picker__chosen" id={`${name}-chosen`} aria-live="polite">
          {chosenNames.length > 0
            ? i18n.t("site.countries.chosen", { list: i18n.list(chosenNames) })
            : i18n.t("site.countries.noneChosen")}
        </p>
        <div class="country-picker__filter" hidden>
          <label for={`${name}-filter`}>{i18n.t("site.countries.filter")}</label>
          <input id={`${name}-filter`} type="search" autocomplete="off" spellcheck={false} dir="auto" />
          <p class="hint" id={`${name}-shown`} aria-live="polite" />
        </div>
        <div class="country-picker__list">
          {options.map((o) => (
            <div class="checkbox" data-code={o.value}>
              <input
                type="checkbox"
                id={`${name}-${o.value}`}
                name={name}
                value={o.value}
                checked={chosen.has(o.value)}
              />{" "}
              <label for={`${name}-${o.value}`}>{o.label}</label>
            </div>
          ))}
        </div>
      </fieldset>
      <script src="/static/js/country-picker.js" defer />
    </>
  );
}
