/**
 * One GET of Bugzilla's REST API through an injected `fetch` (Node's in the
 * CLI, the page's in the app): a timeout on each try (headers and body),
 * retries with backoff on 429 and 5xx, the body streamed and counted against
 * a cap, redirects followed only within Bugzilla's own origin, and the API
 * key sent only there, as the `X-BUGZILLA-API-KEY` header.
 */
import { firstLine } from "../incidents/bugzillaRest.ts";
import { formatBytes } from "../limits/inputLimits.ts";
import type { BugFailure } from "./types.ts";

export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

export type HttpOptions = {
  fetch: FetchLike;
  /** Bugzilla's address: requests, redirects and the API key stay on its origin. */
  base: string;
  apiKey?: string;
  /** Per try: from sending the request to the end of the body. */
  timeoutMs: number;
  /** Per answer, in bytes. */
  maxBytes: number;
  /** Tries after the first on 429 or 5xx. */
  retries: number;
  sleep: (ms: number) => Promise<void>;
  /** The caller's cancel (a page left, a second click). */
  signal?: AbortSignal;
};

export type JsonAnswer = { ok: true; status: number; value: unknown } | { ok: false; failure: BugFailure };

const MAX_REDIRECTS = 3;
/** The longest Retry-After honoured; a longer one waits this long. */
const MAX_RETRY_AFTER_MS = 60_000;

const failed = (kind: BugFailure["kind"], message: string): JsonAnswer => ({ ok: false, failure: { kind, message } });

/** 1 s, 2 s, 4 s…, or what the server's Retry-After (in seconds) asks, up to a minute. */
export function backoffMs(attempt: number, retryAfter: string | null): number {
  const seconds = retryAfter !== null && /^\d{1,6}$/.test(retryAfter.trim()) ? Number(retryAfter.trim()) : null;
  if (seconds !== null) return Math.min(seconds * 1000, MAX_RETRY_AFTER_MS);
  return 1000 * 2 ** attempt;
}

const retryable = (status: number) => status === 429 || (status >= 500 && status <= 599);

function errorName(error: unknown): string {
  return typeof error === "object" && error !== null && typeof Reflect.get(error, "name") === "string" ? String(Reflect.get(error, "name")) : "";
}

/** Node's fetch puts the system's reason in `cause.code` (ECONNREFUSED, ENOTFOUND…); a browser says only "Failed to fetch". */
function causeCode(error: unknown): string {
  const cause: unknown = typeof error === "object" && error !== null ? Reflect.get(error, "cause") : undefined;
  const code: unknown = typeof cause === "object" && cause !== null ? Reflect.get(cause, "code") : undefined;
  return typeof code === "string" ? code : "";
}

const UNREACHABLE = new Map<string, string>([
  ["ECONNREFUSED", "the connection was refused"],
  ["ENOTFOUND", "the name was not found (DNS); are you offline?"],
  ["EAI_AGAIN", "the name could not be looked up (DNS); are you offline?"],
  ["ENETUNREACH", "the network is unreachable; are you offline?"],
  ["EHOSTUNREACH", "the host is unreachable; are you offline?"],
  ["ECONNRESET", "the connection was closed before an answer came"],
  ["ETIMEDOUT", "the connection timed out"],
]);

function describeError(error: unknown, host: string, options: HttpOptions, what: string): BugFailure {
  const name = errorName(error);
  if (name === "TimeoutError") return { kind: "timeout", message: `no answer from ${host} within ${options.timeoutMs / 1000} s (${what})` };
  if (name === "AbortError") {
    if (options.signal?.aborted) return { kind: "cancelled", message: `reading ${what} was cancelled` };
    return { kind: "timeout", message: `no answer from ${host} within ${options.timeoutMs / 1000} s (${what})` };
  }
  const code = causeCode(error);
  const why = UNREACHABLE.get(code) ?? (code ? code : "offline, or the request was blocked");
  return { kind: "unreachable", message: `could not reach ${host}: ${why}` };
}

/** The body as text, read in chunks and counted, or null when it passes `max` bytes (then it is not read further). */
async function readCapped(response: Response, max: number): Promise<string | null> {
  const declared = Number(response.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > max) {
    await response.body?.cancel().catch(() => undefined);
    return null;
  }
  if (!response.body) return "";
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let size = 0;
  let text = "";
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

function addressOf(location: string, from: URL): URL | null {
  try {
    return new URL(location, from);
  } catch {
    return null;
  }
}

function headersFor(target: URL, options: HttpOptions): Headers {
  const headers = new Headers({ accept: "application/json" });
  if (options.apiKey !== undefined && target.origin === new URL(options.base).origin) headers.set("X-BUGZILLA-API-KEY", options.apiKey);
  return headers;
}

/** GET `url` and parse its JSON, whatever the HTTP status (Bugzilla's errors are JSON too). `what` names it in messages. */
export async function getJson(url: string, what: string, options: HttpOptions): Promise<JsonAnswer> {
  const origin = new URL(options.base).origin;
  const host = new URL(options.base).host;
  let target = new URL(url);
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    for (let attempt = 0; ; attempt++) {
      const timeout = AbortSignal.timeout(options.timeoutMs);
      const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
      let response: Response;
      let body: string | null;
      try {
        // Called on its own, not as `options.fetch(…)`: a browser's fetch refuses any `this` but the window.
        const send = options.fetch;
        response = await send(target.href, { method: "GET", headers: headersFor(target, options), redirect: "manual", signal, credentials: "omit", referrerPolicy: "no-referrer", cache: "no-store" });
        if (retryable(response.status) && attempt < options.retries) {
          await response.body?.cancel().catch(() => undefined);
          await options.sleep(backoffMs(attempt, response.headers.get("retry-after")));
          continue;
        }
        // A browser hides a manual redirect's target ("opaqueredirect"): it cannot be checked, so it is not followed.
        if (response.type === "opaqueredirect") return failed("redirect", `${host} redirected the request for ${what} elsewhere; it was not followed`);
        if (response.status >= 300 && response.status <= 399) {
          await response.body?.cancel().catch(() => undefined);
          const location = response.headers.get("location");
          const next = location ? addressOf(location, target) : null;
          if (!next) return failed("redirect", `${host} answered HTTP ${response.status} for ${what} without a usable address; it was not followed`);
          if (next.origin !== origin) return failed("redirect", `${host} redirected the request for ${what} to another host (${next.host}); only ${host} is asked, so it was not followed`);
          target = next;
          break;
        }
        body = await readCapped(response, options.maxBytes);
      } catch (error) {
        return { ok: false, failure: describeError(error, host, options, what) };
      }
      if (body === null) return failed("too-large", `${host}'s answer for ${what} is over ${formatBytes(options.maxBytes)}; it was not read further`);
      try {
        return { ok: true, status: response.status, value: JSON.parse(body) };
      } catch {
        const said = firstLine(body);
        return failed("not-json", `${host} answered HTTP ${response.status} for ${what} with something other than JSON${said ? `: "${said}"` : ""}`);
      }
    }
  }
  return failed("redirect", `${host} redirected the request for ${what} more than ${MAX_REDIRECTS} times; it was not followed further`);
}
