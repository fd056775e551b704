import { existsSync } from "node:fs";
import { type BrowserContext, type Browser as Chromium, chromium } from "playwright-core";

/** Debian's Chromium; never a downloaded browser. CHROMIUM_PATH overrides. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** false, or why browser tests are skipped. With CI=true a missing browser fails the run instead. */
export function browserSkip(): false | string {
  if (existsSync(CHROMIUM)) return false;
  const reason = `no Chromium at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM_PATH)`;
  if (process.env.CI === "true") throw new Error(`CI=true but ${reason}`);
  process.stderr.write(`# SKIPPING browser tests: ${reason}\n`);
  return reason;
}

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** The one Chromium of this process (a test file), started by the first launchBrowser and ended by the last close. */
let chromiumProcess: Promise<Chromium> | undefined;
let open = 0;

/**
 * A fresh browser profile of its own (a Chromium context: its own cookies, storage and cache), with or without
 * JavaScript. Every profile of a test file runs in one Chromium process, started once.
 */
export async function launchBrowser(options: { javaScript: boolean; locale?: string }): Promise<Browser> {
  chromiumProcess ??= chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  const running = chromiumProcess;
  open += 1;
  let context: BrowserContext;
  try {
    context = await (await running).newContext({
      javaScriptEnabled: options.javaScript,
      locale: options.locale ?? "en-GB",
      viewport: { width: 1280, height: 900 },
    });
  } catch (error) {
    await release(running);
    throw error;
  }
  let closed = false;
  return {
    context,
    close: async () => {
      if (closed) return;
      closed = true;
      await context.close();
      await release(running);
    },
  };
}

async function release(running: Promise<Chromium>) {
  open -= 1;
  if (open > 0) return;
  if (chromiumProcess === running) chromiumProcess = undefined;
  await (await running.catch(() => undefined))?.close();
}
