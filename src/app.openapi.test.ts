import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { Validator } from "@seriousme/openapi-schema-validator";
import { buildTestApp, type TestApp } from "../test/support/app.ts";
import { testDialects } from "../test/support/databases.ts";

const [sqlite] = await testDialects();

describe("the OpenAPI document", () => {
  let t: TestApp;
  before(async () => {
    if (!sqlite) throw new Error("no SQLite dialect");
    t = await buildTestApp(sqlite);
  });
  after(() => t?.close());

  test("is OpenAPI 3.1 and validates against the specification's schema", async () => {
    const res = await t.request("/api/openapi.json");
    assert.equal(res.status, 200);
    const doc = (await res.json()) as { openapi: string; paths: Record<string, unknown> };
    assert.equal(doc.openapi, "3.1.0");
    const validator = new Validator();
    const result = await validator.validate(doc);
    assert.equal(result.valid, true, JSON.stringify(result.errors, null, 2));
    assert.equal(validator.version, "3.1");
  });

  test("describes every public endpoint", async () => {
    const doc = (await (await t.request("/api/openapi.json")).json()) as { paths: Record<string, unknown> };
    assert.deepEqual(Object.keys(doc.paths).sort(), [
      "/v1/action-lines",
      "/v1/action-lines/{code}",
      "/v1/events",
      "/v1/events/{id}",
      "/v1/events/{id}/rooms",
      "/v1/events/{id}/sessions",
      "/v1/events/{id}/speakers",
      "/v1/events/{id}/speakers/{personId}",
      "/v1/events/{id}/tracks",
      "/v1/indicators",
      "/v1/indicators/{code}",
      "/v1/indicators/{code}/observations.csv",
      "/v1/matrix",
      "/v1/matrix.csv",
      "/v1/sdgs",
      "/v1/sdgs/{number}",
      "/v1/stocktaking",
      "/v1/stocktaking.csv",
      "/v1/stocktaking/statistics",
      "/v1/stocktaking/{id}",
      "/v1/wsis-targets",
    ]);
  });
});
