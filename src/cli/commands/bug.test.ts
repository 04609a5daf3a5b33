/**
 * `ccadb-report bug N`, spawned as users run it, against a local Bugzilla
 * (src/test/bmoServer.ts, in this process) that answers in BMO's JSON shape.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BugReadingSchema } from "../../domain/bugzilla/bugReading.ts";
import { parseDraftText } from "../../domain/draft/parseDraft.ts";
import { incidentBug, type FakeBug } from "../../test/bmoBug.ts";
import { startBmo, type BmoServer } from "../../test/bmoServer.ts";
import { runCli } from "../../test/runCli.ts";

const BUG = 1900001;
const PRIVATE = 1900009;
const HOSTILE = 1900010;
const KEY = "k3yFromAFile0123456789abcdefABCDEF012345";
const TMP = mkdtempSync(join(tmpdir(), "ccadb-bug-"));
let server: BmoServer;
let host = "";

beforeAll(async () => {
  const hostile = incidentBug(HOSTILE);
  hostile.bug.summary = "Evil CA: \u001b[2J\u001b]0;owned\u0007 title";
  hostile.comments[8].creator = "x\u001b[31m@community.example";
  const bugs = new Map<number, FakeBug>([
    [BUG, incidentBug(BUG)],
    [PRIVATE, incidentBug(PRIVATE)],
    [HOSTILE, hostile],
  ]);
  server = await startBmo(bugs, { pageSize: 4, privateBugs: new Set([PRIVATE]), apiKey: KEY });
  host = new URL(server.origin).host;
});
afterAll(() => {
  server.close();
  rmSync(TMP, { recursive: true, force: true });
});

const bug = (mode: string, ...args: string[]) => runCli(["bug", ...args, "--bugzilla-url", `${server.origin}/${mode}/`]);

describe.concurrent("ccadb-report bug", { timeout: 90_000 }, () => {
  it("prints the incident record: reports, open questions with their 7-day answer dates, the last action-item change", async () => {
    const run = await bug("bmo", String(BUG));
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      [
        `Bug ${BUG}: Example Trust Services: Expired CRL served for an issuing CA`,
        `${server.origin}/bmo/show_bug.cgi?id=${BUG}`,
        "Status: ASSIGNED",
        "Whiteboard: [ca-compliance] [crl-failure] Next update 2025-04-02",
        "CA Owner: compliance@ca.example",
        "",
        "Reports (4):",
        "  Preliminary  comment 0  2025-03-01 09:00 UTC  compliance@ca.example",
        "  Full         comment 3  2025-03-10 08:00 UTC  compliance@ca.example",
        "  Update       comment 5  2025-03-14 16:45 UTC  compliance@ca.example  (action items changed)",
        "  Update       comment 7  2025-03-21 10:00 UTC  compliance@ca.example",
        "",
        "Open questions (2), to answer within 7 days:",
        "  asked 2025-03-22 12:00 UTC by researcher@community.example, answer by 2025-03-29 12:00 UTC",
        "  asked 2025-03-23 13:00 UTC by root-program@mozilla.example, answer by 2025-03-30 13:00 UTC",
        "Answered comments by others: 2",
        "",
        "Last action-item change: 2025-03-14 16:45 UTC (update in comment 5)",
        "Private comments (not read): 1",
        "",
      ].join("\n"),
    );
  });

  it("--json prints the record with the draft format's names", async () => {
    const run = await bug("bmo", `bug ${BUG}`, "--json");
    expect(run.code).toBe(0);
    const reading = BugReadingSchema.parse(JSON.parse(run.stdout));
    expect(reading.incident.posted.map((p) => [p.kind, p.comment])).toEqual([["preliminary", 0], ["full", 3], ["update", 5], ["update", 7]]);
    expect(reading.incident.questions.filter((q) => q.answeredAt === null)).toHaveLength(2);
    expect(reading.incident.actionItemChangedAt).toBe("2025-03-14T16:45:30Z");
  });

  it("--import writes the latest report as a valid draft with the bug and its record, and never overwrites a file", async () => {
    const out = join(TMP, "latest.json");
    const run = await bug("bmo", String(BUG), "--import", out);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(`Draft of the full report in comment 3 written to ${out}.\n`);
    const parsed = parseDraftText(readFileSync(out, "utf8"));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    expect(parsed.draft.kind).toBe("full");
    expect(parsed.draft.bug).toBe(BUG);
    expect(parsed.draft.caOwner).toBe("Example Trust Services");
    expect(parsed.draft.incident?.posted).toHaveLength(4);
    const again = await bug("bmo", String(BUG), "--import", out);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain(`cannot write ${out}: it exists already; choose another name`);
    expect(readFileSync(out, "utf8")).toBe(JSON.stringify(parsed.draft, null, 2) + "\n");
    const toStdout = await bug("bmo", String(BUG), "--import", "-");
    expect(parseDraftText(toStdout.stdout).ok).toBe(true);
    expect(toStdout.stderr).toContain("Reports (4):");
  });

  it("exits 2 naming a bug that does not exist", async () => {
    const run = await bug("bmo", "1");
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`ccadb-report bug: no such bug: bug 1 does not exist on ${host}.\n`);
    expect(run.stdout).toBe("");
  });

  it("says a private bug needs a signed-in user and how to go on; reads it with --api-key-file, sending the key only as the header", async () => {
    const anonymous = await bug("bmo", String(PRIVATE));
    expect(anonymous.code).toBe(2);
    expect(anonymous.stderr).toBe(
      `ccadb-report bug: bug ${PRIVATE} is not public (a security bug, or one restricted to a group): ${host} shows it only to a signed-in user who may see it. Sign in, copy the bug page's text and paste it into the importer (ccadb-report import FILE), or give an API key of an account that may see it: --api-key-file FILE.\n`,
    );
    const keyFile = join(TMP, "key.txt");
    writeFileSync(keyFile, `${KEY}\n`);
    const signedIn = await bug("bmo", String(PRIVATE), "--api-key-file", keyFile, "--json");
    expect(signedIn.code).toBe(0);
    expect(signedIn.stdout + signedIn.stderr).not.toContain(KEY);
    const sent = server.requests.filter((r) => r.url.pathname.includes(`/${PRIVATE}`) && r.apiKey === KEY);
    expect(sent.length).toBeGreaterThanOrEqual(2);
    expect(sent.every((r) => !r.url.search.includes(KEY))).toBe(true);
    const plainHttp = await runCli(["bug", String(PRIVATE), "--api-key-file", keyFile, "--bugzilla-url", "http://bugzilla.example/"]);
    expect(plainHttp.code).toBe(2);
    expect(plainHttp.stderr).toContain("--api-key-file: an API key is sent only over HTTPS, and http://bugzilla.example is not");
  });

  it("says when Bugzilla cannot be reached, does not answer, answers too much, redirects away or answers with a web page", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const [offline, slow, huge, away, text] = await Promise.all([
      runCli(["bug", String(BUG), "--bugzilla-url", `http://127.0.0.1:${port}/`]),
      bug("slow", String(BUG), "--timeout", "1"),
      bug("huge", String(BUG)),
      bug("away", String(BUG)),
      bug("text", String(BUG)),
    ]);
    expect(offline.stderr).toBe(`ccadb-report bug: could not reach 127.0.0.1:${port}: the connection was refused. Check the connection, or copy the bug page's text in a browser and paste it into the importer (ccadb-report import FILE).\n`);
    expect(slow.stderr).toBe(`ccadb-report bug: no answer from ${host} within 1 s (bug ${BUG}). Try again later, or with a longer --timeout.\n`);
    expect(huge.stderr).toBe(`ccadb-report bug: ${host}'s answer for bug ${BUG} is over 32 MB; it was not read further.\n`);
    expect(away.stderr).toBe(`ccadb-report bug: ${host} redirected the request for bug ${BUG} to another host (elsewhere.invalid); only ${host} is asked, so it was not followed.\n`);
    expect(text.stderr).toBe(`ccadb-report bug: ${host} answered HTTP 200 for bug ${BUG} with something other than JSON: "Bugzilla is down for maintenance.".\n`);
    for (const run of [offline, slow, huge, away, text]) expect(run.code).toBe(2);
  });

  it("shows control characters in Bugzilla's text as \\XX", async () => {
    const run = await bug("bmo", String(HOSTILE));
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Evil CA: \\1B[2J\\1B]0;owned\\07 title");
    expect(run.stdout).toContain("by x\\1B[31m@community.example");
    expect(run.stdout).not.toContain("\u001b");
  });

  it("has --help, and refuses what is not a bug number", async () => {
    const help = await runCli(["bug", "--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("Usage: ccadb-report bug N");
    const bad = await runCli(["bug", "abc"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('ccadb-report bug: "abc" is not a bug number');
  });
});
