/**
 * The fetcher against a local Bugzilla (src/test/bmoServer.ts) through
 * Node's own fetch, as the CLI runs it: paging, BMO's errors, a server that
 * stalls, an endless body, redirects, HTML, retries. No test leaves the machine.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { incidentBug, type FakeBug } from "../../test/bmoBug.ts";
import { startBmo, type BmoServer } from "../../test/bmoServer.ts";
import { fetchBug, readBug, type FetchBugOptions } from "./fetchBug.ts";
import { backoffMs } from "./getJson.ts";

const BUG = 1900001;
const PRIVATE = 1900009;
const KEY = "k3yFromAFile0123456789abcdefABCDEF012345";
let server: BmoServer;

beforeAll(async () => {
  const bugs = new Map<number, FakeBug>([
    [BUG, incidentBug(BUG)],
    [PRIVATE, incidentBug(PRIVATE)],
  ]);
  server = await startBmo(bugs, { pageSize: 3, privateBugs: new Set([PRIVATE]), apiKey: KEY });
});
afterAll(() => server.close());

const noWait = { sleep: async () => undefined };
const options = (mode: string, extra: Partial<FetchBugOptions> = {}): FetchBugOptions => ({ fetch, base: `${server.origin}/${mode}/`, ...noWait, ...extra });
const asked = (mode: string) => server.requests.filter((r) => r.url.pathname.startsWith(`/${mode}/`));

describe("fetchBug", () => {
  it("reads the bug, then its comments page by page until the bug's comment_count", async () => {
    const result = await readBug(BUG, options("bmo"));
    if (!result.ok) throw new Error(result.failure.message);
    expect(result.comments.map((c) => c.count)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(result.reading.incident.posted.map((p) => p.comment)).toEqual([0, 3, 5, 7]);
    const urls = asked("bmo").map((r) => r.url);
    expect(urls[0].pathname).toBe(`/bmo/rest/bug/${BUG}`);
    expect(urls[0].searchParams.get("include_fields")).toBe("id,summary,status,resolution,whiteboard,creator,assigned_to,creation_time,comment_count");
    expect(urls.slice(1).map((u) => [u.pathname, u.searchParams.get("new_since")])).toEqual([
      [`/bmo/rest/bug/${BUG}/comment`, null],
      // A second before the last comment of the page before: comments sharing a second are not lost.
      [`/bmo/rest/bug/${BUG}/comment`, "2025-03-03T11:29:59Z"],
      [`/bmo/rest/bug/${BUG}/comment`, "2025-03-12T14:59:59Z"],
      [`/bmo/rest/bug/${BUG}/comment`, "2025-03-15T08:59:59Z"],
      [`/bmo/rest/bug/${BUG}/comment`, "2025-03-22T11:59:59Z"],
    ]);
    expect(asked("bmo").every((r) => r.apiKey === undefined)).toBe(true);
  });

  it("names a bug that does not exist (BMO error 101, HTTP 404)", async () => {
    const result = await fetchBug(1, options("bmo"));
    expect(result).toEqual({ ok: false, failure: { kind: "not-found", message: `no such bug: bug 1 does not exist on ${new URL(server.origin).host}` } });
  });

  it("says a private bug is seen only when signed in, and reads it with the API key, sent as the header to that host only", async () => {
    const anonymous = await fetchBug(PRIVATE, options("bmo"));
    expect(anonymous.ok === false && anonymous.failure.kind).toBe("private");
    expect(anonymous.ok === false && anonymous.failure.message).toContain(`bug ${PRIVATE} is not public (a security bug, or one restricted to a group)`);
    expect(anonymous.ok === false && anonymous.failure.message).toContain("paste it into the importer");
    const wrongKey = await fetchBug(PRIVATE, options("bmo", { apiKey: "NotTheKey42" }));
    expect(wrongKey.ok === false && wrongKey.failure.message).toContain("refused access to bug 1900009 with this API key");
    expect(wrongKey.ok === false && wrongKey.failure.message).not.toContain("NotTheKey42");
    const signedIn = await fetchBug(PRIVATE, options("moved", { apiKey: KEY }));
    expect(signedIn.ok).toBe(true);
    const moved = server.requests.filter((r) => r.url.pathname.includes(`/${PRIVATE}`) && r.apiKey === KEY);
    // The same-origin redirect (/moved/ -> /bmo/) is followed, the key with it.
    expect(moved.some((r) => r.url.pathname.startsWith("/moved/")) && moved.some((r) => r.url.pathname.startsWith("/bmo/"))).toBe(true);
  });

  it("does not follow a redirect to another host", async () => {
    const result = await fetchBug(BUG, options("away", { apiKey: KEY }));
    expect(result).toEqual({
      ok: false,
      failure: { kind: "redirect", message: `${new URL(server.origin).host} redirected the request for bug ${BUG} to another host (elsewhere.invalid); only ${new URL(server.origin).host} is asked, so it was not followed` },
    });
  });

  it("gives up on a server that stops answering, within the timeout", async () => {
    const result = await fetchBug(BUG, options("slow", { timeoutMs: 300 }));
    expect(result).toEqual({ ok: false, failure: { kind: "timeout", message: `no answer from ${new URL(server.origin).host} within 0.3 s (bug ${BUG})` } });
  });

  it("stops reading a body at the cap (an endless one here)", async () => {
    const result = await fetchBug(BUG, options("huge", { maxBytes: 1024 * 1024 }));
    expect(result).toEqual({ ok: false, failure: { kind: "too-large", message: `${new URL(server.origin).host}'s answer for bug ${BUG} is over 1 MB; it was not read further` } });
  });

  it("quotes an answer that is not JSON", async () => {
    const result = await fetchBug(BUG, options("html", { retries: 0 }));
    expect(result).toEqual({ ok: false, failure: { kind: "not-json", message: `${new URL(server.origin).host} answered HTTP 502 for bug ${BUG} with something other than JSON: "502 Bad Gateway"` } });
  });

  it("retries 429 and 5xx with backoff, then reports the last answer", async () => {
    const waits: number[] = [];
    const sleep = async (ms: number) => void waits.push(ms);
    const flaky = await fetchBug(BUG, options("flaky", { sleep }));
    expect(flaky.ok).toBe(true);
    expect(waits.length).toBe(asked("flaky").length / 2);
    waits.length = 0;
    const down = await fetchBug(BUG, options("down", { sleep }));
    expect(waits).toEqual([1000, 2000, 4000]);
    expect(down).toEqual({ ok: false, failure: { kind: "http", message: `${new URL(server.origin).host} answered HTTP 503 (error 32000): Service temporarily unavailable` } });
  });

  it("waits 1, 2, 4 s between tries, or what Retry-After asks (seconds, up to a minute)", () => {
    expect([0, 1, 2].map((attempt) => backoffMs(attempt, null))).toEqual([1000, 2000, 4000]);
    expect(backoffMs(0, "5")).toBe(5000);
    expect(backoffMs(0, "86400")).toBe(60_000);
    expect(backoffMs(1, "Wed, 21 Oct 2025 07:28:00 GMT")).toBe(2000);
  });

  it("says when the server cannot be reached, in Node's words and in a browser's", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const refused = await fetchBug(BUG, { fetch, base: `http://127.0.0.1:${port}/` });
    expect(refused).toEqual({ ok: false, failure: { kind: "unreachable", message: `could not reach 127.0.0.1:${port}: the connection was refused` } });
    // A name that does not resolve, as Node reports it (no test asks a real DNS server).
    const dns = await fetchBug(BUG, { fetch: () => Promise.reject(new TypeError("fetch failed", { cause: Object.assign(new Error("getaddrinfo ENOTFOUND bugzilla.mozilla.org"), { code: "ENOTFOUND" }) })) });
    expect(dns).toEqual({ ok: false, failure: { kind: "unreachable", message: "could not reach bugzilla.mozilla.org: the name was not found (DNS); are you offline?" } });
    const browser = await fetchBug(BUG, { fetch: () => Promise.reject(new TypeError("Failed to fetch")) });
    expect(browser).toEqual({ ok: false, failure: { kind: "unreachable", message: "could not reach bugzilla.mozilla.org: offline, or the request was blocked" } });
  });

  it("reports a cancel by the caller as cancelled", async () => {
    const controller = new AbortController();
    const pending = fetchBug(BUG, options("slow", { signal: controller.signal }));
    controller.abort();
    expect(await pending).toEqual({ ok: false, failure: { kind: "cancelled", message: `reading bug ${BUG} was cancelled` } });
  });
});
