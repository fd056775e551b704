import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import autocannon from "autocannon";

export const ROOT = path.resolve(import.meta.dirname, "..");

export interface Started {
  url: string;
  child: ChildProcess;
  /** Resident memory of the server process, in MiB, read from /proc. */
  rssMiB(): Promise<number>;
  stop(): Promise<void>;
}

/** Starts a server process that prints a JSON log line {"msg":"listening","port":N}, and waits for it. */
export function startProcess(command: string, args: string[], env: Record<string, string>): Promise<Started> {
  const child = spawn(command, args, {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/tmp", ...env },
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    let buffer = "";
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${buffer}`)), 60_000);
    child.stdout?.on("data", (chunk: Buffer) => {
      buffer += chunk.toString();
      const line = buffer.split("\n").find((l) => l.includes('"msg":"listening"'));
      if (!line) return;
      clearTimeout(timer);
      child.stdout?.removeAllListeners("data");
      child.stdout?.resume();
      const port = (JSON.parse(line) as { port: number }).port;
      resolve({
        url: `http://127.0.0.1:${port}`,
        child,
        rssMiB: async () => {
          const { readFile } = await import("node:fs/promises");
          const status = await readFile(`/proc/${child.pid}/status`, "utf8");
          const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
          return Math.round((kb / 1024) * 10) / 10;
        },
        stop: () =>
          new Promise((done) => {
            child.once("exit", () => done());
            child.kill("SIGTERM");
          }),
      });
    });
  });
}

export interface LoadResult {
  name: string;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  non2xx: number;
}

/** A bounded load on a loopback address: a fixed duration, a fixed number of connections. */
export async function load(
  name: string,
  url: string,
  options: { connections: number; seconds: number; headers?: Record<string, string> },
): Promise<LoadResult> {
  // A second of warm-up first, not counted: the JIT and caches settle, as on a server that has been up a while.
  await autocannon({ url, connections: options.connections, duration: 1, headers: options.headers });
  const result = await autocannon({
    url,
    connections: options.connections,
    duration: options.seconds,
    headers: options.headers,
  });
  const latency = result.latency as unknown as Record<string, number>;
  return {
    name,
    requestsPerSecond: Math.round(result.requests.average),
    p50: latency.p50 ?? 0,
    p95: latency.p97_5 ?? 0,
    p99: latency.p99 ?? 0,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

/**
 * Builds dist/ (npm run build) and starts the platform as production runs it: `node dist/main.js serve`. Node runs
 * the server itself, so the pid whose memory is read is the server's (the tsx binary would run it as a child).
 */
export async function startPlatform(env: Record<string, string>): Promise<Started> {
  const { execFileSync } = await import("node:child_process");
  execFileSync(process.execPath, ["scripts/build.mjs"], { cwd: ROOT, stdio: "ignore" });
  // BENCH_NODE_ARGS, e.g. "--cpu-prof --cpu-prof-dir=bench/results/tmp/prof": a CPU profile of the server under
  // the benchmark's own load, written when it stops (Node does not take --cpu-prof in NODE_OPTIONS).
  const nodeArgs = (process.env.BENCH_NODE_ARGS ?? "").split(" ").filter(Boolean);
  return startProcess(process.execPath, [...nodeArgs, "dist/main.js", "serve"], env);
}
