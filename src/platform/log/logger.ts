import { writeSync } from "node:fs";
import type { LogLevel } from "../../config.ts";

const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 99 };

export type LogFields = Record<string, unknown>;

export interface Logger {
  debug(msg: string, fields?: LogFields): void;
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
}

/**
 * Lines written in one turn of the event loop go out in one write: a write per request line costs a system
 * call each, and on a busy server that halved throughput (bench/pages.bench.ts, /healthz). Whatever is
 * pending is written synchronously when the process exits, so nothing logged is lost.
 */
function batchedStdout(): (line: string) => void {
  let pending: string[] = [];
  const flush = () => {
    if (pending.length === 0) return;
    const text = pending.join("");
    pending = [];
    try {
      writeSync(process.stdout.fd, text);
    } catch {
      process.stdout.write(text);
    }
  };
  process.on("exit", flush);
  return (line) => {
    if (pending.push(line) === 1) setImmediate(flush);
  };
}

/**
 * One JSON object per line on stdout (or the given sink): what log collectors read without a parser.
 * Errors are reduced to name, message and stack so they serialize.
 */
export function createLogger(level: LogLevel, sink: (line: string) => void = batchedStdout()): Logger {
  const threshold = RANK[level];
  const write = (lvl: Exclude<LogLevel, "silent">, msg: string, fields?: LogFields) => {
    if (RANK[lvl] < threshold) return;
    const record: LogFields = { time: new Date().toISOString(), level: lvl, msg, ...fields };
    for (const [key, value] of Object.entries(record)) {
      if (value instanceof Error) record[key] = { name: value.name, message: value.message, stack: value.stack };
    }
    sink(`${JSON.stringify(record)}\n`);
  };
  return {
    debug: (msg, fields) => write("debug", msg, fields),
    info: (msg, fields) => write("info", msg, fields),
    warn: (msg, fields) => write("warn", msg, fields),
    error: (msg, fields) => write("error", msg, fields),
  };
}
