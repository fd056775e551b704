import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { after, before, describe, test } from "node:test";
import { dstEdition } from "../src/modules/forum/forum.fixtures.ts";
import { loadEdition } from "../src/modules/forum/forum.seed.ts";
import { MAX_FORM_FIELDS } from "../src/platform/http/input-guard.ts";
import { PASSWORD, signedUp, signedUpWithRoles } from "./support/accounts.ts";
import { buildTestApp, type TestApp } from "./support/app.ts";
import { Visitor } from "./support/browser-like.ts";
import { testDialects } from "./support/databases.ts";

/**
 * Every route the app registers, sent hostile input by an anonymous visitor, an ordinary user and a person with
 * every staff role: unknown codes, control characters, 10,000-character strings, huge and negative numbers,
 * malformed multipart, more fields than any form has, an empty body; and for pages, huge and negative page
 * numbers, unknown filter values, long search texts and NUL bytes. Any 5xx fails, listed with what was sent.
 */

const ORIGIN = "http://localhost:3000";
const SLUG = dstEdition().slug;
/** Names every form and list may use, besides those read from the form itself. */
const COMMON_FIELDS = ["q", "page", "state", "lang", "code", "title", "name", "email", "password", "message"];
const QUERY_NAMES = ["page", "q", "state", "lang", "day", "actionLine", "type", "track", "tz", "view", "before"];
const QUERY_NAMES2 = ["sort", "country", "sdg", "region", "stakeholder", "status", "year", "format", "category"];
/**
 * Routes that end or replace the visitor's session (and the forms of signed-out people): sent anonymously only,
 * so the signed-in rounds keep their session.
 */
const ENDS_SESSION = /^\/account\/(signout|delete|sessions\/revoke|signup|signin|verify|reset|forgot)/;

const VALUES: Record<string, (name: string) => string> = {
  "unknown code": () => "zz-unknown",
  "control character": () => "a\u0000b\u001b",
  "10,000 characters": () => "x".repeat(10_000),
  "huge number": () => "99999999999999999999",
  "negative number": () => "-1",
};

/** A route's path with its parameters filled in: the test edition's slug, the entry and person made here. */
function concrete(path: string, ids: { entry: string; user: string }): string {
  return path
    .replace(/:slug(\{[^}]*\})?/g, SLUG)
    .replace(/:decision\{([^|}]+)[^}]*\}/g, "$1")
    .replace(/:kind\{\(\?:([^|)]+)[^}]*\}/g, "$1")
    .replace(/:userId(\{[^}]*\})?/g, ids.user)
    .replace(/:id(\{[^}]*\})?/g, path.startsWith("/stocktaking") ? ids.entry : randomUUID())
    .replace(/:[A-Za-z]+(\{[^}]*\})?/g, "zz-unknown");
}

function fieldNames(html: string): string[] {
  return [...html.matchAll(/<(?:input|select|textarea)\b[^>]*\bname="([^"]+)"/g)].map((m) => m[1] ?? "");
}

for (const dialect of await testDialects()) {
  describe(`every route under hostile input [${dialect.name}]`, { skip: dialect.skip }, () => {
    let t: TestApp;
    const actors: [string, Visitor][] = [];
    const ids = { entry: "", user: "" };
    before(async () => {
      t = await buildTestApp(dialect);
      await loadEdition(t.handle.db, dstEdition());
      const user = await signedUp(t, "user@example.org", "Ordinary User");
      const staff = await signedUpWithRoles(t, "staff@example.org", [
        { role: "admin" },
        { role: "moderator" },
        { role: "organizer" },
        { role: "reviewer" },
        { role: "accreditation" },
      ]);
      // A fresh session with the roles granted (a change of roles may end the sessions opened before it).
      assert.equal(
        (await staff.post("/account/signin", { email: "staff@example.org", password: PASSWORD })).status,
        303,
      );
      actors.push(["anonymous", new Visitor(t)], ["user", user], ["staff", staff]);
      const created = await user.post("/stocktaking/new", {
        title: "Robust entry",
        summary: "An entry the hostile requests are sent to.",
        organizationName: "Robust Org",
        language: "en",
      });
      assert.equal(created.status, 303);
      const row = await t.handle.db.selectFrom("stocktakingEntry").select(["id", "ownerId"]).executeTakeFirstOrThrow();
      ids.entry = row.id;
      ids.user = row.ownerId ?? "";
    });
    after(() => t?.close());

    const send = (v: Visitor, path: string, init: { method?: string; body?: string; type?: string } = {}) =>
      t.request(path, {
        method: init.method ?? "GET",
        ...(init.body !== undefined ? { body: init.body } : {}),
        headers: {
          ...v.headers,
          origin: ORIGIN,
          cookie: [...v.cookies].map(([k, val]) => `${k}=${val}`).join("; "),
          ...(init.type ? { "content-type": init.type } : {}),
        },
      });

    test("no route answers 5xx, signed out, signed in or as staff", async () => {
      const routes = new Map<string, { method: string; path: string }>();
      for (const r of t.app.routes) {
        if (r.method === "GET" || r.method === "POST") routes.set(`${r.method} ${r.path}`, r);
      }
      const gets = [...routes.values()].filter((r) => r.method === "GET").map((r) => r.path);
      const posts = [...routes.values()].filter((r) => r.method === "POST").map((r) => r.path);
      assert.ok(posts.length > 40 && gets.length > 60, "the app's routes were found");
      const failures: string[] = [];
      const check = async (what: string, res: Response) => {
        if (res.status >= 500) {
          const id = res.headers.get("x-request-id");
          const logged = t.logs.find((l) => l.requestId === id && l.msg === "unhandled error") as {
            error?: { message?: string };
          };
          failures.push(`${res.status} ${what}: ${String(logged?.error?.message ?? "").slice(0, 160)}`);
        }
        await res.body?.cancel();
      };

      for (const [who, v] of actors) {
        // Pages and lists: huge, negative and unknown page numbers and filters, long search texts.
        const queries = [
          QUERY_NAMES.map((n) => `${n}=99999999999999999999`).join("&"),
          [...QUERY_NAMES, ...QUERY_NAMES2].map((n) => `${n}=-1`).join("&"),
          `${QUERY_NAMES2.map((n) => `${n}=zz-unknown`).join("&")}&q=${"x".repeat(10_000)}`,
          [...QUERY_NAMES, ...QUERY_NAMES2].map((n) => `${n}=a%00b`).join("&"),
        ];
        for (const route of gets) {
          const path = concrete(route, ids);
          for (const query of queries)
            await check(`${who} GET ${path}?${query.slice(0, 80)}`, await send(v, `${path}?${query}`));
        }

        for (const route of posts) {
          if (who !== "anonymous" && ENDS_SESSION.test(route)) continue;
          const path = concrete(route, ids);
          // The form's own fields, read from its page where it has one, so validation is reached.
          const page = routes.has(`GET ${route}`) ? await send(v, path) : undefined;
          const names = [
            ...new Set([...(page && page.status === 200 ? fieldNames(await page.text()) : []), ...COMMON_FIELDS]),
          ];
          if (page && !page.bodyUsed) await page.body?.cancel();
          for (const [label, value] of Object.entries(VALUES)) {
            const body = new URLSearchParams(names.map((n) => [n, value(n)])).toString();
            await check(
              `${who} POST ${path} (${label})`,
              await send(v, path, { method: "POST", body, type: "application/x-www-form-urlencoded" }),
            );
          }
          await check(
            `${who} POST ${path} (empty)`,
            await send(v, path, { method: "POST", body: "", type: "application/x-www-form-urlencoded" }),
          );
          await check(
            `${who} POST ${path} (malformed multipart)`,
            await send(v, path, {
              method: "POST",
              body: "--XYZ\r\nContent-Disposition: form-data\r\n\r\nbroken",
              type: "multipart/form-data; boundary=XYZ",
            }),
          );
          await check(
            `${who} POST ${path} (many fields)`,
            await send(v, path, {
              method: "POST",
              body: "a=1&".repeat(MAX_FORM_FIELDS + 10),
              type: "application/x-www-form-urlencoded",
            }),
          );
        }
        if (who !== "anonymous" && (await send(v, "/account")).status !== 200) {
          failures.push(`${who} was signed out by a hostile request, so some forms may not have been reached`);
        }
      }
      assert.deepEqual(failures, []);
    });
  });
}
