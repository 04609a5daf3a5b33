/** `ccadb-report incidents search`, spawned as users run it, on the bundled list and on a list file. */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../../test/runCli.ts";

const TMP = mkdtempSync(join(tmpdir(), "ccadb-search-"));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

const search = (...args: string[]) => runCli(["incidents", "search", ...args]);

describe.concurrent("ccadb-report incidents search", { timeout: 90_000 }, () => {
  it("prints matches one per line, tab-separated, within the date and CA Owner asked for", async () => {
    const run = await search("ocsp", "responses", "--since", "2020-01-01", "--ca", "ISRG", "--limit", "5");
    expect(run.code).toBe(0);
    const rows = run.stdout.trimEnd().split("\n").map((line) => line.split("\t"));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThanOrEqual(5);
    for (const [id, date, , summary, , url] of rows) {
      expect(date >= "2020-01-01").toBe(true);
      expect(summary).toMatch(/^Let's Encrypt:/);
      expect(url).toBe(`https://bugzilla.mozilla.org/show_bug.cgi?id=${id}`);
    }
    expect(run.stderr).toMatch(/^\d+ bugs? \(list of \d{4}-\d{2}-\d{2}, \d+ bugs\)\n$/);
  });

  it("searches a newer list given with --list, exits 1 when nothing matches, 2 on a bad list", async () => {
    const list = join(TMP, "list.json");
    writeFileSync(list, JSON.stringify({ retrieved: "2026-05-01", bugs: [{ id: 2100000, summary: "Example CA: precertificates with a misencoded SAN", creation_time: "2026-04-30T10:00:00Z", status: "NEW", resolution: "", whiteboard: "[ca-compliance] [dv-misissuance]" }] }));
    const bad = join(TMP, "bad.json");
    writeFileSync(bad, '{"bugs": 3}');
    const [found, none, broken] = await Promise.all([search("subjectAltName", "encoding", "--list", list), search("nothing-like-this", "--list", list), search("x", "--list", bad)]);
    expect(found.stdout).toBe("2100000\t2026-04-30\tNEW\tExample CA: precertificates with a misencoded SAN\tdv-misissuance\thttps://bugzilla.mozilla.org/show_bug.cgi?id=2100000\n");
    expect(found.stderr).toBe("1 bug (list of 2026-05-01, 1 bugs)\n");
    expect(none.code).toBe(1);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain(`${bad}: not a list of CA Certificate Compliance bugs`);
  });

  it("escapes every printed field: a status with a line break cannot forge a result line, ESC and bidi controls cannot reach the terminal", async () => {
    const list = join(TMP, "hostile.json");
    const forged = "NEW\n666\t2026-01-01\tNEW\tGood CA: forged\t\thttps://evil.example/";
    const bug = {
      id: 2100001,
      summary: "Evil CA: \u001b[2J\u001b[8mhidden misissuance\u2028",
      creation_time: "2026-04-30T10:00:00Z",
      status: forged,
      resolution: "",
      whiteboard: "[dv-\u202emisissuance\u009b]",
    };
    writeFileSync(list, JSON.stringify({ retrieved: "2026-05-01", bugs: [bug] }));
    const [lines, json] = await Promise.all([search("misissuance", "--list", list), search("misissuance", "--list", list, "--json")]);
    expect(lines.code).toBe(0);
    expect(lines.stdout).toBe(
      "2100001\t2026-04-30\tNEW\\0A666\\092026-01-01\\09NEW\\09Good CA: forged\\09\\09https://evil.example/\tEvil CA: \\1B[2J\\1B[8mhidden misissuance \tdv-\\u202Emisissuance\\9B\thttps://bugzilla.mozilla.org/show_bug.cgi?id=2100001\n",
    );
    // The JSON is the same value, with nothing raw that drives or reorders a terminal.
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    expect(json.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2028]/);
    const [parsed] = JSON.parse(json.stdout) as { status: string; summary: string; tags: string[] }[];
    expect(parsed).toMatchObject({ status: forged, summary: bug.summary, tags: ["dv-\u202emisissuance\u009b"] });
  });
});
