import assert from "node:assert/strict";
import { test } from "node:test";
import { deriveKey } from "../../platform/auth/secrets.ts";
import { codeMatches, newNonce, readCode, signedCode, verifyCode } from "./codes.ts";

const key = deriveKey("a test secret of enough length for the derivation", "registration-letter");
const otherKey = deriveKey("another secret of enough length for the derivation", "registration-letter");

test("a signed code reads back to its nonce, however it is typed", () => {
  for (let i = 0; i < 200; i++) {
    const nonce = newNonce();
    const code = signedCode(key, "letter", nonce);
    assert.match(code, /^[0-9A-HJKMNP-TV-Z]{5}(-[0-9A-HJKMNP-TV-Z]{5}){3}$/);
    assert.equal(verifyCode(key, "letter", code), nonce);
    assert.equal(verifyCode(key, "letter", ` ${code.toLowerCase().replace(/-/g, " ")} `), nonce);
    assert.equal(verifyCode(key, "letter", code.replace(/0/g, "O").replace(/1/g, "l")), nonce);
  }
});

test("an altered code, another kind's code, or another platform's code does not verify", () => {
  const nonce = newNonce();
  const code = signedCode(key, "letter", nonce);
  const plain = code.replace(/-/g, "");
  for (let i = 0; i < plain.length; i++) {
    // Every other character at every position: the last one's spare bits count too.
    for (const swapped of "0123456789ABCDEFGHJKMNPQRSTVWXYZ") {
      if (swapped === plain[i]) continue;
      const altered = `${plain.slice(0, i)}${swapped}${plain.slice(i + 1)}`;
      assert.equal(verifyCode(key, "letter", altered), null, `position ${i}: ${altered}`);
    }
  }
  assert.equal(verifyCode(key, "badge", code), null, "a letter's code is not a badge's");
  assert.equal(verifyCode(otherKey, "letter", code), null);
  for (const junk of ["", "WSIS", `${plain}X`, plain.slice(1), "UUUUU-UUUUU-UUUUU-UUUUU"]) {
    assert.equal(verifyCode(key, "letter", junk), null, junk);
  }
});

test("a visa letter's code binds its passport number: another number, or none, does not match", () => {
  const nonce = newNonce();
  const bound = signedCode(key, "letter", nonce, "G01234567");
  assert.notEqual(bound, signedCode(key, "letter", nonce), "the number changes the code");
  const read = readCode(bound.toLowerCase());
  assert.ok(read);
  assert.equal(read.nonce, nonce);
  assert.equal(codeMatches(key, "letter", read, "G01234567"), true);
  assert.equal(codeMatches(key, "letter", read, "G01234999"), false);
  assert.equal(codeMatches(key, "letter", read, ""), false);
  assert.equal(verifyCode(key, "letter", bound), null, "not a code without a passport");
  // A code without a number is as before: old letters without a passport still verify.
  const plain = readCode(signedCode(key, "letter", nonce));
  assert.ok(plain && codeMatches(key, "letter", plain, ""));
});
