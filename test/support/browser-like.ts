import type { TestApp } from "./app.ts";

/**
 * A person using the app through HTTP: keeps cookies between requests and sends forms from the app's own
 * origin, as a browser would.
 */
let visitors = 0;

export class Visitor {
  readonly cookies = new Map<string, string>();
  readonly headers: Record<string, string>;

  /**
   * Each visitor comes from its own address (the test app trusts X-Forwarded-For), as different people do,
   * so per-address rate limits apply per visitor.
   */
  constructor(
    readonly t: TestApp,
    headers: Record<string, string> = {},
  ) {
    visitors++;
    this.headers = {
      "x-forwarded-for": `10.${(visitors >> 16) & 255}.${(visitors >> 8) & 255}.${visitors & 255}`,
      ...headers,
    };
  }

  private remember(res: Response) {
    for (const line of res.headers.getSetCookie()) {
      const [pair = ""] = line.split(";");
      const eq = pair.indexOf("=");
      const name = pair.slice(0, eq);
      const value = pair.slice(eq + 1);
      if (/max-age=0|expires=Thu, 01 Jan 1970/i.test(line) || value === "") this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  private cookieHeader() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  async get(path: string, headers: Record<string, string> = {}): Promise<Response> {
    const res = await this.t.request(path, { headers: { ...this.headers, cookie: this.cookieHeader(), ...headers } });
    this.remember(res);
    return res;
  }

  async post(path: string, fields: Record<string, string>, headers: Record<string, string> = {}): Promise<Response> {
    const res = await this.t.request(path, {
      method: "POST",
      body: new URLSearchParams(fields).toString(),
      headers: {
        ...this.headers,
        "content-type": "application/x-www-form-urlencoded",
        origin: "http://localhost:3000",
        cookie: this.cookieHeader(),
        ...headers,
      },
    });
    this.remember(res);
    return res;
  }
}

/** The first link in a mail's text that starts with the given path. */
export function linkIn(text: string, path: string): string {
  const match = new RegExp(`http://localhost:3000(${path.replace(/[/.]/g, "\\$&")}\\?token=[\\w%-]+)`).exec(text);
  if (!match?.[1]) throw new Error(`no ${path} link in:\n${text}`);
  return match[1];
}
