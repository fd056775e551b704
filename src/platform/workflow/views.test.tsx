import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { i18nFor } from "../i18n/i18n.ts";
import { type FormState, TextArea } from "../views/forms.tsx";
import { DecisionForm, DecisionMessage, QueueFilter, StateLabel, stateLabels } from "./views.tsx";

const i18n = i18nFor("en");
const html = (node: unknown) => String(node);

describe("workflow views", () => {
  test("a state label, by a checked message key", () => {
    const label = stateLabels<"draft" | "submitted">({
      draft: "stocktaking.state.draft",
      submitted: "stocktaking.state.submitted",
    });
    assert.equal(label(i18n, "draft"), i18n.t("stocktaking.state.draft"));
    assert.equal(html(<StateLabel label="Draft" />), '<span class="state">Draft</span>');
    assert.equal(
      html(<StateLabel label="Draft" class="proposal-state" />),
      '<span class="state proposal-state">Draft</span>',
    );
  });

  test("an optional decision message is the form's text area, byte for byte, with and without a problem", () => {
    const forms: FormState[] = [
      { values: { message: "Thanks" }, errors: {} },
      { values: { message: "x" }, errors: { message: "form.tooLong" } },
    ];
    for (const form of forms) {
      const props = { i18n, form, label: "Message", hint: "Said to the proposer", maxLength: 2000 };
      assert.equal(
        html(<DecisionMessage {...props} />),
        html(<TextArea {...props} name="message" maxLength={2000} dir="auto" />),
      );
    }
  });

  test("a required decision message: no 'optional', required, its own id, the problem linked", () => {
    const form = { values: { message: "" }, errors: { message: "form.required" as const } };
    const out = html(
      <DecisionMessage
        i18n={i18n}
        form={form}
        id="reject-message"
        label="Reason"
        hint="Hint"
        maxLength={9}
        required
        rows={3}
      />,
    );
    assert.equal(
      out,
      '<div class="field field--error"><label for="reject-message">Reason</label>' +
        '<p class="hint" id="reject-message-hint">Hint</p>' +
        `<p class="field-error" id="reject-message-error">${i18n.t("form.required")}</p>` +
        '<textarea id="reject-message" name="message" rows="3" required="" maxlength="9" dir="auto" aria-invalid="true" ' +
        'aria-describedby="reject-message-hint reject-message-error"></textarea></div>',
    );
  });

  test("a decision form: one button alone, several in a row sending which was pressed", () => {
    assert.equal(
      html(<DecisionForm action="/x/publish" buttons={[{ label: "Publish" }]} />),
      '<form method="post" action="/x/publish" novalidate=""><button type="submit">Publish</button></form>',
    );
    assert.equal(
      html(
        <DecisionForm
          action="/x/decision"
          class="stack"
          message={<p>m</p>}
          buttons={[
            { label: "Accept", name: "decision", value: "accept" },
            { label: "Decline", name: "decision", value: "decline", class: "button--danger" },
          ]}
        />,
      ),
      '<form method="post" action="/x/decision" class="stack" novalidate=""><p>m</p><div class="actions">' +
        '<button type="submit" name="decision" value="accept">Accept</button>' +
        '<button type="submit" name="decision" value="decline" class="button--danger">Decline</button></div></form>',
    );
  });

  test("the queue filter: the states as options, the current one selected", () => {
    assert.equal(
      html(
        <QueueFilter
          action="/q"
          label="State"
          states={["a", "b"]}
          selected="b"
          labelOf={(s) => s.toUpperCase()}
          button="Show"
        />,
      ),
      '<form method="get" action="/q" class="actions"><label for="state">State</label><select id="state" name="state">' +
        '<option value="a">A</option><option value="b" selected="">B</option></select>' +
        '<button type="submit" class="button--secondary">Show</button></form>',
    );
  });
});
