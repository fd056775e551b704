import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { buildTestApp, type TestApp } from "../../test/support/app.ts";
import { testDialects } from "../../test/support/databases.ts";

export interface RunningServer {
  url: string;
  app: TestApp;
  close(): Promise<void>;
}

/** The platform on a fresh SQLite database, served over real HTTP on a free loopback port. */
export async function startServer(): Promise<RunningServer> {
  const [sqlite] = await testDialects();
  if (!sqlite) throw new Error("no SQLite dialect");
  const app = await buildTestApp(sqlite);
  const server = serve({ fetch: app.app.fetch, port: 0, hostname: "127.0.0.1" });
  await new Promise<void>((resolve) => server.once("listening", () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    app,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await app.close();
    },
  };
}
