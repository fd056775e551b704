import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { Hono } from "hono";
import { z } from "zod";
import { i18nFor } from "../i18n/i18n.ts";
import type { AppEnv } from "./env.ts";
import { submitForm } from "./form-route.ts";
import { FormError, formValues, parseForm } from "./forms.ts";

const Form = z.object({ email: z.email({ error: "form.email.invalid" }), password: z.string().min(1) });

function app(after: (email: string) => Promise<string | Response> | string | Response) {
  return new Hono<AppEnv>()
    .use((c, next) => {
      c.set("i18n", i18nFor("en"));
      return next();
    })
    .post("/form", async (c) => {
      const input = formValues(await c.req.parseBody());
      return submitForm(
        c,
        input,
        async () => after(parseForm(Form, input).email),
        (form) => `<p>${JSON.stringify(form.values)} ${JSON.stringify(form.errors)}</p>`,
      );
    });
}

function post(a: Hono<AppEnv>, body: string) {
  return a.request("/form", {
    method: "POST",
    body,
    headers: { "content-type": "application/x-www-form-urlencoded" },
  });
}

describe("submitForm", () => {
  test("a refused form is its page again with 400, what was typed kept but the password", async () => {
    const res = await post(
      app(() => "/done"),
      "email=nope&password=hunter2&next=%2Fx",
    );
    assert.equal(res.status, 400);
    assert.equal(res.headers.get("content-language"), "en");
    const html = await res.text();
    assert.match(html, /^<!DOCTYPE html><p>\{"email":"nope","next":"\/x"\} \{"email":"form.email.invalid"\}<\/p>$/);
    assert.doesNotMatch(html, /hunter2/);
  });

  test("a FormError the work throws after parsing is shown the same way; any other error is not", async () => {
    const refused = await post(
      app(() => Promise.reject(new FormError({ email: "form.email.same" }))),
      "email=a%40b.org&password=x",
    );
    assert.equal(refused.status, 400);
    assert.match(await refused.text(), /\{"email":"a@b.org"\} \{"email":"form.email.same"\}/);
    const broken = await post(
      app(() => Promise.reject(new Error("disk full"))),
      "email=a%40b.org&password=x",
    );
    assert.equal(broken.status, 500);
  });

  test("an accepted form goes where the work says with 303, or answers the work's own page", async () => {
    const redirected = await post(
      app((email) => `/done?for=${encodeURIComponent(email)}`),
      "email=a%40b.org&password=x",
    );
    assert.equal(redirected.status, 303);
    assert.equal(redirected.headers.get("location"), "/done?for=a%40b.org");
    const page = await post(
      app(() => new Response("sent", { status: 200 })),
      "email=a%40b.org&password=x",
    );
    assert.equal(page.status, 200);
    assert.equal(await page.text(), "sent");
  });
});
