/**
 * `ccadb-report incidents refresh`, spawned as users run it, against a local
 * HTTP server that answers like Bugzilla's REST API with recorded pages of
 * the shared snapshot, an error page, or no answer at all.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
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
/** What the server does for a request with this offset; pages by default. */
type Behaviour = "pages" | "error-on-second" | "html-on-second" | "silent-on-second";
const requests: URL[] = [];
let server: Server;
let base = "";

function answer(behaviour: Behaviour, url: URL, res: ServerResponse) {
  const offset = Number(url.searchParams.get("offset"));
  const limit = Number(url.searchParams.get("limit"));
  if (offset > 0 && behaviour === "error-on-second") {
    res.writeHead(500, { "content-type": "application/json" }).end(JSON.stringify({ error: true, code: 32000, message: "Database temporarily unavailable", documentation: "https://bmo.readthedocs.io/" }));
  } else if (offset > 0 && behaviour === "html-on-second") {
    res.writeHead(502, { "content-type": "text/html" }).end("<html><body><h1>502 Bad Gateway</h1></body></html>");
  } else if (offset > 0 && behaviour === "silent-on-second") {
    // Never answers: the client's timeout must end it.
  } else {
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ bugs: BUGS.slice(offset, offset + limit) }));
  }
}

beforeAll(async () => {
  server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    requests.push(url);
    const behaviour = url.pathname.split("/")[1];
    answer(behaviour === "pages" || behaviour === "error-on-second" || behaviour === "html-on-second" || behaviour === "silent-on-second" ? behaviour : "pages", url, res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
  rmSync(TMP, { recursive: true, force: true });
});

function refresh(behaviour: Behaviour, out: string, ...extra: string[]) {
  return runCli(["incidents", "refresh", "--url", `${base}/${behaviour}/`, "--page-size", String(PAGE), "--out", out, ...extra]);
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
