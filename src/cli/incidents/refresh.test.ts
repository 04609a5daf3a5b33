/**
 * `ccadb-report incidents refresh`, spawned as users run it, against a local
 * HTTP server that answers like Bugzilla's REST API with recorded pages of
 * the shared snapshot, an error page, or no answer at all.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { gzipSync } from "node:zlib";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readIncidentListText } from "../../domain/incidents/readIncidentList.ts";
import { runCli } from "../../test/runCli.ts";
import { hasSharedSnapshot, sharedSnapshotPath, BUNDLED_LIST_PATH } from "../../test/incidentList.ts";

const TMP = mkdtempSync(join(tmpdir(), "ccadb-refresh-"));
const PAGE = 10;

type RestBug = { id: number; summary: string; creation_time: string; status: string; resolution: string; whiteboard: string };

/** 25 bugs in the REST API's shape: recorded from the shared snapshot (or rebuilt from the bundled copy). */
function recordedBugs(): RestBug[] {
  if (hasSharedSnapshot()) return (JSON.parse(readFileSync(sharedSnapshotPath(), "utf8")) as { bugs: RestBug[] }).bugs.slice(0, 25);
  const result = readIncidentListText(readFileSync(BUNDLED_LIST_PATH, "utf8"));
  if (!result.ok) throw new Error(result.message);
  return result.list.bugs.slice(0, 25).map((b) => ({ id: b.id, summary: b.summary, creation_time: `${b.date}T00:00:00Z`, status: b.status, resolution: b.resolution, whiteboard: b.tags.map((t) => `[${t}]`).join(" ") }));
}

const BUGS = recordedBugs();
const requests: URL[] = [];
let server: Server;
/** A second site, for redirects that leave the first. */
let elsewhere: Server;
let base = "";
let elsewhereBase = "";

type Handler = (url: URL, res: ServerResponse) => void;

const sendJson = (res: ServerResponse, status: number, body: string) => res.writeHead(status, { "content-type": "application/json" }).end(body);
const offsetOf = (url: URL) => Number(url.searchParams.get("offset"));

/** The recorded bugs, page by page, as Bugzilla pages them. */
const pages: Handler = (url, res) => sendJson(res, 200, JSON.stringify({ bugs: BUGS.slice(offsetOf(url), offsetOf(url) + Number(url.searchParams.get("limit"))) }));

/** Writes `total` bytes of `filler` between `head` and `tail`, as a chunked body (no Content-Length), until done or the client hangs up. */
function stream(res: ServerResponse, head: string, filler: Buffer, total: number, tail: string) {
  res.writeHead(200, { "content-type": "application/json" });
  res.write(head);
  let left = total;
  const more = () => {
    while (left > 0 && !res.destroyed) {
      left -= filler.length;
      if (!res.write(filler)) return void res.once("drain", more);
    }
    if (!res.destroyed) res.end(tail);
  };
  res.on("error", () => undefined);
  more();
}

/** 16 MB of spaces gzipped (16 KB), 64 times over: 1 MB sent, 1 GB expanded. */
let bomb: Buffer | null = null;
const gzipBomb = () => (bomb ??= Buffer.concat(Array<Buffer>(64).fill(gzipSync(Buffer.alloc(16 * 2 ** 20, " ")))));

/** A bug of its own for each position, so an endless list is not one bug repeated. */
const madeUpBug = (n: number): RestBug => ({ id: n + 1, summary: `CA ${n}: something`, creation_time: "2024-01-01T00:00:00Z", status: "NEW", resolution: "", whiteboard: "" });

/** What the server does, by the first segment of the path; the second page (offset > 0) is where most go wrong. */
const BEHAVIOURS = new Map<string, Handler>([
  ["pages", pages],
  ["error-on-second", (url, res) => (offsetOf(url) > 0 ? sendJson(res, 500, JSON.stringify({ error: true, code: 32000, message: "Database temporarily unavailable", documentation: "https://bmo.readthedocs.io/" })) : pages(url, res))],
  ["html-on-second", (url, res) => (offsetOf(url) > 0 ? res.writeHead(502, { "content-type": "text/html" }).end("<html><body><h1>502 Bad Gateway</h1></body></html>") : pages(url, res))],
  // Never answers: the client's timeout must end it.
  ["silent-on-second", (url, res) => (offsetOf(url) > 0 ? undefined : pages(url, res))],
  ["escapes-html", (_url, res) => res.writeHead(502, { "content-type": "text/html" }).end("<h1>\u001b[2J\u001b]0;owned\u0007Bad\u009b31m Gateway\u202e</h1>")],
  ["escapes-json", (_url, res) => sendJson(res, 500, JSON.stringify({ error: true, message: "Down\u001b[2J\nccadb-report incidents refresh: done\u2028" }))],
  ["huge", (_url, res) => stream(res, '{"bugs":[{"id":1,"creation_time":"2024-01-01T00:00:00Z","status":"NEW","summary":"', Buffer.alloc(2 ** 20, "x"), 40 * 2 ** 20, '"}]}')],
  // Says it will send 300 MB, and would.
  ["announced", (_url, res) => res.writeHead(200, { "content-type": "application/json", "content-length": String(300 * 2 ** 20) }).end()],
  ["bomb", (_url, res) => res.writeHead(200, { "content-type": "application/json", "content-encoding": "gzip" }).end(gzipBomb())],
  ["deep", (_url, res) => sendJson(res, 200, `{"bugs":${"[".repeat(200_000)}${"]".repeat(200_000)}}`)],
  ["million", (_url, res) => sendJson(res, 200, `{"bugs":[${"{},".repeat(999_999)}{}]}`)],
  ["endless", (url, res) => sendJson(res, 200, JSON.stringify({ bugs: Array.from({ length: Number(url.searchParams.get("limit")) }, (_, i) => madeUpBug(offsetOf(url) + i)) }))],
  ["redirect-away", (url, res) => res.writeHead(302, { location: `${elsewhereBase}/pages${url.pathname.slice("/redirect-away".length)}${url.search}` }).end()],
  ["redirect-here", (url, res) => res.writeHead(301, { location: `/pages${url.pathname.slice("/redirect-here".length)}${url.search}` }).end()],
]);
type Behaviour = "pages" | "error-on-second" | "html-on-second" | "silent-on-second" | "escapes-html" | "escapes-json" | "huge" | "announced" | "bomb" | "deep" | "million" | "endless" | "redirect-away" | "redirect-here";

function listen(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<[Server, string]> {
  const created = createServer(handler);
  return new Promise((resolve) => created.listen(0, "127.0.0.1", () => resolve([created, `http://127.0.0.1:${(created.address() as AddressInfo).port}`])));
}

beforeAll(async () => {
  [server, base] = await listen((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    requests.push(url);
    (BEHAVIOURS.get(url.pathname.split("/")[1]) ?? pages)(url, res);
  });
  [elsewhere, elsewhereBase] = await listen((req, res) => pages(new URL(req.url ?? "/", "http://localhost"), res));
});
afterAll(() => {
  for (const s of [server, elsewhere]) {
    s.closeAllConnections();
    s.close();
  }
  rmSync(TMP, { recursive: true, force: true });
});

function refresh(behaviour: Behaviour, out: string, ...extra: string[]) {
  return runCli(["incidents", "refresh", "--url", `${base}/${behaviour}/`, "--page-size", String(PAGE), "--out", out, ...extra]);
}

/** Runs a refresh over an old list: it must fail, keep the old list, and say why in one line of plain text. */
async function refused(behaviour: Behaviour, ...extra: string[]) {
  const out = join(TMP, `${behaviour}.json`);
  writeFileSync(out, OLD_LIST);
  const run = await refresh(behaviour, out, ...extra);
  expect(readFileSync(out, "utf8")).toBe(OLD_LIST);
  expect(run.code).toBe(2);
  const lines = run.stderr.split("\n").filter((line) => line.startsWith("ccadb-report incidents refresh: "));
  expect(lines).toHaveLength(1);
  expect(lines[0].endsWith(`. ${out} was not changed.`)).toBe(true);
  expect(run.stderr).not.toMatch(/Maximum call stack|internal error/);
  return { message: lines[0], stderr: run.stderr };
}

const OLD_LIST = '{"bugs":[{"id":1,"summary":"old","creation_time":"2020-01-01T00:00:00Z","status":"RESOLVED","resolution":"FIXED","whiteboard":""}]}';

describe.concurrent("ccadb-report incidents refresh", { timeout: 90_000 }, () => {
  it("downloads every page and writes a list the finder reads", async () => {
    const out = join(TMP, "fresh.json");
    writeFileSync(out, OLD_LIST);
    const run = await refresh("pages", out);
    expect(run.stderr).toContain("page 3: 5 bugs");
    expect(run.code).toBe(0);
    const written = readIncidentListText(readFileSync(out, "utf8"));
    expect(written.ok && written.list.bugs.map((b) => b.id)).toEqual([...BUGS.map((b) => b.id)].sort((a, b) => a - b));
    expect(written.ok && written.list.retrieved).toBe(new Date().toISOString().slice(0, 10));
    const asked = requests.filter((u) => u.pathname === "/pages/rest/bug");
    expect(asked.map((u) => [u.searchParams.get("offset"), u.searchParams.get("limit")])).toEqual([["0", "10"], ["10", "10"], ["20", "10"]]);
    expect(asked[0].searchParams.get("product")).toBe("CA Program");
    expect(asked[0].searchParams.get("component")).toBe("CA Certificate Compliance");
    expect(asked[0].searchParams.get("include_fields")).toBe("id,summary,creation_time,status,resolution,whiteboard");
  });

  it("keeps the old list when Bugzilla answers with an error, quoting it", async () => {
    const out = join(TMP, "error.json");
    writeFileSync(out, OLD_LIST);
    const [json, html] = await Promise.all([refresh("error-on-second", out), refresh("html-on-second", join(TMP, "absent.json"))]);
    expect(json.code).toBe(2);
    expect(json.stderr).toContain(`ccadb-report incidents refresh: Bugzilla answered HTTP 500: Database temporarily unavailable, page 2 (bugs 11–20). ${out} was not changed.`);
    expect(readFileSync(out, "utf8")).toBe(OLD_LIST);
    expect(html.code).toBe(2);
    expect(html.stderr).toContain('Bugzilla answered HTTP 502 with something other than JSON: "502 Bad Gateway", page 2');
    expect(() => readFileSync(join(TMP, "absent.json"))).toThrow();
  });

  it("gives up on a page that does not come, and keeps the old list", async () => {
    const out = join(TMP, "timeout.json");
    writeFileSync(out, OLD_LIST);
    const run = await refresh("silent-on-second", out, "--timeout", "3");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`no answer from 127.0.0.1:${new URL(base).port} within 3 s, page 2 (bugs 11–20). ${out} was not changed.`);
    expect(readFileSync(out, "utf8")).toBe(OLD_LIST);
  });
});

describe.concurrent("ccadb-report incidents refresh, against a hostile or broken server", { timeout: 90_000 }, () => {
  const port = () => new URL(base).port;

  it("stops reading a huge page at 4 MB (40 MB sent, chunked, no length given), and does not start on one announced larger", async () => {
    const [huge, announced] = await Promise.all([refused("huge"), refused("announced")]);
    expect(huge.message).toContain("the answer is more than 4 MB; reading stopped there, page 1 (bugs 1–10)");
    expect(announced.message).toContain("the answer announces 300 MB, more than 4 MB; it was not read, page 1 (bugs 1–10)");
  });

  it("stops expanding a gzip bomb at 4 MB (1 MB sent, 1 GB expanded)", async () => {
    const { message } = await refused("bomb");
    expect(message).toContain("the list comes to more than 4 MB, the limit for an incident list (the answer came gzip-compressed); reading stopped there, page 1");
  });

  it("does not follow a redirect to another site, and follows one on the same site", async () => {
    const { message } = await refused("redirect-away");
    expect(message).toContain(`Bugzilla redirected to another site (${elsewhereBase}), which was not followed: only 127.0.0.1:${port()} is asked, page 1`);
    const out = join(TMP, "moved.json");
    const moved = await refresh("redirect-here", out);
    expect(moved.code).toBe(0);
    const written = readIncidentListText(readFileSync(out, "utf8"));
    expect(written.ok && written.list.bugs).toHaveLength(BUGS.length);
  });

  it("refuses JSON nested 200,000 levels deep with a message, not a stack overflow", async () => {
    const { message } = await refused("deep");
    expect(message).toContain("Bugzilla's answer nests JSON arrays and objects more than 16 levels deep (at line 1, column 24): a page of bugs nests only a few levels, so it was not read (HTTP 200), page 1");
  });

  it("refuses a page of 1,000,000 bugs when 10 were asked for", async () => {
    const { message } = await refused("million");
    expect(message).toContain("Bugzilla's answer has 1,000,000 bugs, more than the 10 asked for, page 1");
  });

  it("stops a list that never ends at 10,000 bugs", async () => {
    const { message, stderr } = await refused("endless", "--page-size", "5000");
    expect(stderr).toContain("page 2: 5000 bugs");
    expect(message).toContain("more than 10,000 bugs (the component had 1,688 in 2026): the server's paging looks broken, page 3 (bugs 10001–15000)");
  });

  it("escapes what the server says: an error page's text and Bugzilla's JSON message cannot drive the terminal or forge a line", async () => {
    const [html, json] = await Promise.all([refused("escapes-html"), refused("escapes-json")]);
    expect(html.message).toContain('Bugzilla answered HTTP 502 with something other than JSON: "\\1B[2J\\1B]0;owned\\07Bad\\9B31m Gateway\\u202E", page 1');
    expect(json.message).toContain("Bugzilla answered HTTP 500: Down\\1B[2J\\0Accadb-report incidents refresh: done\\u2028, page 1");
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    for (const { stderr } of [html, json]) expect(stderr).not.toMatch(/[\u001b\u0007\u009b\u202e\u2028]/);
  });
});
