import assert from "node:assert/strict";
import { test } from "node:test";
import { localized } from "./translations.ts";

test("localized picks the reader's language and falls back to the plain name", () => {
  const names = JSON.stringify({ fr: "Salle A", ar: "القاعة أ", es: "" });
  assert.equal(localized("Room A", names, "fr"), "Salle A");
  assert.equal(localized("Room A", names, "ar"), "القاعة أ");
  assert.equal(localized("Room A", names, "es"), "Room A", "an empty translation is none");
  assert.equal(localized("Room A", names, "zh"), "Room A");
  assert.equal(localized("Room A", null, "fr"), "Room A");
  assert.equal(localized("Room A", "{not json", "fr"), "Room A");
  assert.equal(localized("Room A", "[1,2]", "fr"), "Room A");
  assert.equal(localized("Room A", JSON.stringify({ fr: 3 }), "fr"), "Room A");
});
