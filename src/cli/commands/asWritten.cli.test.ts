/**
 * A posted report whose typed values are written in words (issue 9): the
 * import keeps the words, the rendered report shows them exactly (never N/A),
 * and `validate` names each field with what the template expects.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runCli } from "../../test/runCli.ts";

const FIXTURE = fileURLToPath(new URL("../../domain/import/fixtures/corpus/7-typed-values-in-words.md", import.meta.url));

describe("values written in words, through import, render and validate", () => {
  it("keeps “External report”, “150 certificates referenced by 68 problem reports” and “was not halted”, and validate names each field", async () => {
    const imported = await runCli(["import", FIXTURE]);
    expect(imported.code, imported.stderr).toBeLessThan(2);
    const draftFile = join(mkdtempSync(join(tmpdir(), "as-written-")), "draft.json");
    writeFileSync(draftFile, imported.stdout);

    const rendered = await runCli(["render", draftFile]);
    expect(rendered.stdout).toContain("- **Source of incident disclosure:** External report\n");
    expect(rendered.stdout).toContain("- **Total number of certificates:** 150 certificates referenced by 68 problem reports\n");
    expect(rendered.stdout).toContain("- **Was issuance stopped in response to this incident, and why or why not?:** was not halted");
    expect(rendered.stdout).not.toMatch(/Source of incident disclosure:\*\* N\/A|Total number of certificates:\*\* N\/A/);

    const validated = await runCli(["validate", draftFile]);
    expect(validated.code).toBe(1);
    const report = validated.stdout + validated.stderr;
    expect(report).toMatch(/summary\.source.*must be one of Self Reported, Third Party Reported, Audit; the report says "External report"/);
    expect(report).toMatch(/impact\.totalCertificates.*the report says "150 certificates referenced by 68 problem reports"/);
    expect(report).toMatch(/impact\.issuanceStopped.*the report says "was not halted"/);
  }, 60_000);
});
