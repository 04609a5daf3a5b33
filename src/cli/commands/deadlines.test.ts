import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { exampleDraft } from "../../domain/examples/index.ts";
import { runCli } from "../../test/runCli.ts";

const dir = mkdtempSync(join(tmpdir(), "deadlines-"));

function draftFile(name: string, incident: object): string {
  const path = join(dir, name);
  const draft = exampleDraft("full-no-certificates");
  // Only the record says when the CA Owner became aware.
  writeFileSync(path, JSON.stringify({ ...draft, summary: { ...draft.summary, nonComplianceIdentified: "" }, timeline: [], incident }));
  return path;
}

describe("ccadb-report deadlines", () => {
  const file = draftFile("open.json", {
    becameAwareAt: "2025-09-19T16:00+02:00",
    posted: [{ kind: "preliminary", at: "2025-09-20T10:00+02:00", comment: 0 }],
    questions: [],
    whiteboard: "Next update 2025-09-30",
  });

  it("--json gives id, due, state and basis; exit 0 while nothing is overdue", async () => {
    const run = await runCli(["deadlines", "--json", "--now", "2025-09-24T12:00Z", file]);
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as Array<{ id: string; due: string | null; state: string; basis: string }>;
    expect(out.map((d) => [d.id, d.due, d.state])).toEqual([
      ["preliminary", null, "done"],
      ["full", "2025-10-03T14:00:00Z", "open"],
      ["update", "2025-09-30", "open"],
      ["closure", null, "not-applicable"],
    ]);
    expect(out.every((d) => d.basis.includes("CCADB Incident Reporting Guidelines v3.2"))).toBe(true);
  });

  it("exit 1 once something is overdue, and --ics gives a calendar", async () => {
    const late = await runCli(["deadlines", "--now", "2025-10-04T00:00Z", file]);
    expect(late.code).toBe(1);
    expect(late.stdout).toMatch(/^OVERDUE +Full Incident Report \(14 days\) 2025-10-03 14:00 UTC/m);
    const ics = await runCli(["deadlines", "--ics", "--now", "2025-09-24T12:00Z", file]);
    expect(ics.stdout).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(ics.stdout.match(/BEGIN:VEVENT/g)).toHaveLength(2);
  });

  it("exit 2 on a bad --now, naming it", async () => {
    const bad = await runCli(["deadlines", "--now", "tomorrow", file]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--now: "tomorrow" is not a date and time');
  });
});
