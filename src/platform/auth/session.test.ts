import assert from "node:assert/strict";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, describe, test } from "node:test";
import { serve } from "@hono/node-server";
import { Hono } from "hono";
import { ConfigError, loadConfig, parseTrustProxy } from "../../config.ts";
import type { AppEnv } from "../http/env.ts";
import { normalAddress, setUpSession } from "./session.ts";

// The client address behind proxies, over a real socket (the peer is 127.0.0.1): the right-most address in
// X-Forwarded-For that is not a trusted proxy's, never what the client wrote further left.

function get(url: string, headers: Record<string, string>) {
  return new Promise<string>((resolve, reject) => {
    http
      .get(url, { headers }, (res) => {
        let body = "";
        res.on("data", (chunk: Buffer) => {
          body += chunk.toString("utf8");
        });
        res.on("end", () => resolve(body));
        res.on("error", reject);
      })
      .on("error", reject);
  });
}

describe("client address (TRUST_PROXY)", () => {
  const servers: ReturnType<typeof serve>[] = [];
  const bases = new Map<string, string>();
  const settings = ["false", "true", "2", "10.0.0.0/8", "loopback, 10.0.0.0/8"];

  before(async () => {
    for (const setting of settings) {
      const config = loadConfig({
        NODE_ENV: "test",
        SESSION_SECRET: "test-secret-test-secret-test-secret-0123",
        DATA_DIR: "/tmp",
        TRUST_PROXY: setting,
      });
      const app = new Hono<AppEnv>();
      setUpSession(
        app,
        config,
        async () => null,
        () => new Date(),
      );
      app.get("/ip", (c) => c.text(c.get("ip") ?? "none"));
      const server = serve({ hostname: "127.0.0.1", port: 0, fetch: app.fetch });
      await new Promise<void>((resolve) => server.once("listening", () => resolve()));
      servers.push(server);
      bases.set(setting, `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    }
  });
  after(async () => {
    for (const server of servers) await new Promise((resolve) => server.close(resolve));
  });

  const ip = (setting: string, forwarded?: string) =>
    get(`${bases.get(setting)}/ip`, forwarded === undefined ? {} : { "x-forwarded-for": forwarded });

  test("no proxy trusted: the socket's address, whatever the header says", async () => {
    assert.equal(await ip("false", "6.6.6.6"), "127.0.0.1");
  });

  test("true is one hop: the address the proxy appended, not the client's left-most entry", async () => {
    assert.equal(await ip("true", "6.6.6.6, 203.0.113.7"), "203.0.113.7");
    assert.equal(await ip("true", "203.0.113.7"), "203.0.113.7");
    assert.equal(await ip("true"), "127.0.0.1", "no header: the peer");
  });

  test("a number of hops: that many proxies believed, counting the peer", async () => {
    assert.equal(await ip("2", "6.6.6.6, 203.0.113.7, 10.1.2.3"), "203.0.113.7");
  });

  test("proxy addresses: only a trusted peer is believed, and the walk stops at the first untrusted address", async () => {
    assert.equal(await ip("10.0.0.0/8", "203.0.113.7"), "127.0.0.1", "the peer is not a trusted proxy");
    assert.equal(await ip("loopback, 10.0.0.0/8", "6.6.6.6, 203.0.113.7, 10.1.2.3"), "203.0.113.7");
    assert.equal(await ip("loopback, 10.0.0.0/8", "not-an-address, 10.1.2.3"), "10.1.2.3");
  });

  test("a port a proxy appended and an IPv4-mapped spelling are the same address as the bare one", async () => {
    assert.equal(await ip("true", "6.6.6.6, 203.0.113.7:51234"), "203.0.113.7");
    assert.equal(await ip("true", "[2001:DB8::7]:443"), "2001:db8::7");
    assert.equal(await ip("true", "::ffff:203.0.113.7"), "203.0.113.7");
    assert.equal(await ip("loopback, 10.0.0.0/8", "203.0.113.7, 10.1.2.3:8080"), "203.0.113.7", "a proxy with a port");
    assert.equal(normalAddress("2001:db8::7"), "2001:db8::7");
    assert.equal(normalAddress("203.0.113.7:99999x"), null);
  });

  test("TRUST_PROXY parsing", () => {
    assert.deepEqual(parseTrustProxy("false"), { kind: "none" });
    assert.deepEqual(parseTrustProxy("0"), { kind: "none" });
    assert.deepEqual(parseTrustProxy("true"), { kind: "hops", hops: 1 });
    assert.deepEqual(parseTrustProxy("1"), { kind: "hops", hops: 1 });
    assert.deepEqual(parseTrustProxy("3"), { kind: "hops", hops: 3 });
    assert.deepEqual(parseTrustProxy("loopback, 192.168.0.0/16"), {
      kind: "addresses",
      addresses: ["loopback", "192.168.0.0/16"],
    });
    assert.throws(() => parseTrustProxy("yes please"), ConfigError);
    assert.throws(() => parseTrustProxy("10.0.0.0/99"), ConfigError);
    assert.throws(() => loadConfig({ TRUST_PROXY: "proxy.example" }), /TRUST_PROXY/);
  });
});
