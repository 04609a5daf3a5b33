/** The real `ccadb-report import` command, spawned as users run it. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { runCli, type CliRun } from "../../test/runCli.ts";
import { parseDraftText } from "../../domain/draft/parseDraft.ts";
import { exampleDraft } from "../../domain/examples/index.ts";
import { renderReport } from "../../domain/render/render.ts";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const HANDWRITTEN = join(ROOT, "src/domain/import/fixtures/handwritten-full.md");
const TMP = mkdtempSync(join(tmpdir(), "ccadb-import-"));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

function run(...args: string[]): Promise<CliRun> {
  return runCli(["import", ...args], ROOT);
}

function file(name: string, text: string | Uint8Array): string {
  const path = join(TMP, name);
  writeFileSync(path, text);
  return path;
}

const NO_STACK = /^ +at .+:\d+:\d+\)?$/m;

describe.concurrent("ccadb-report import", () => {
  it("prints a draft that renders to the same report, exit 0", async () => {
    const draft = exampleDraft("full-misissuance-revocation-delay");
    const markdown = renderReport(draft);
    const result = await run(file("example.md", markdown), "--summary", "Example CA: EV businessCategory free text");
    expect(result).toMatchObject({ code: 0, stderr: "" });
    expect(result.stdout.startsWith('{\n  "format": "ccadb-incident-report-draft",')).toBe(true);
    const read = parseDraftText(result.stdout, "stdout");
    if (!read.ok) throw new Error("not a valid draft file");
    expect(renderReport(read.draft)).toBe(markdown);
    expect(read.draft).toMatchObject({ caOwner: "Example CA", title: "EV businessCategory free text" });
  });

  it("lists parts it could not place with their control characters as \\XX", async () => {
    const result = await run(file("escapes.md", "Dear all,\u001b[2J here it is.\n\n## Full Incident Report\n"));
    expect(result.stderr).toContain("line 1: Dear all,\\1B[2J here it is.");
    expect(result.stderr).not.toContain("\u001b");
  });

  it("reads a hand-written report and lists what it could not place, exit 1", async () => {
    const result = await run(HANDWRITTEN, "--third-party");
    expect(result.code).toBe(1);
    const read = parseDraftText(result.stdout, "stdout");
    expect(read.ok && read.draft.summary.ccadbId).toBe("A000123");
    expect(read.ok && read.draft.author).toBe("third-party");
    expect(result.stderr).toBe(
      "line 1: Pasted from our internal tracker. (text before the report's heading)\n" +
        `${HANDWRITTEN}: 1 part of the report could not be placed in the draft.\n`,
    );
  });

  it("refuses a text with nothing in it, exit 2", async () => {
    const result = await run(file("blank.md", "\n  \n"));
    expect(result).toMatchObject({ code: 2, stdout: "" });
    expect(result.stderr).toMatch(/blank\.md is not an incident report: it holds no text: none of the report headings/);
  });

  it("reads free text as a Preliminary's Incident description, with a note to check every field", async () => {
    const result = await run(file("comment.md", "Thanks, we are looking into it.\n"));
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).summary.incidentDescription).toBe("Thanks, we are looking into it.");
    expect(result.stderr).toMatch(/comment\.md: no report template was found; .*check every field/);
  });

  it("lists the reports of a bug page and reads the one --report names", async () => {
    const page = readFileSync(new URL("../../domain/import/fixtures/shapes/bug-page.txt", import.meta.url), "utf8");
    const result = await run("--report", "1", file("page.txt", page));
    expect(JSON.parse(result.stdout)).toMatchObject({ kind: "preliminary", incident: { posted: [{ comment: 0 }, { comment: 2 }] } });
    expect(result.stderr).toMatch(/^report 1: Preliminary Incident Report, comment 0, posted 2025-03-03T10:12:45Z \(read\)\nreport 2: Full Incident Report, comment 2, posted 2025-03-14T16:30:00Z\n/);
  });

  it("refuses a missing file, a directory and a binary file, exit 2, without a stack trace", async () => {
    for (const [path, reason] of [
      [join(TMP, "missing.md"), "no such file"],
      [TMP, "it is a directory"],
    ] as const) {
      const result = await run(path);
      expect(result).toMatchObject({ code: 2, stdout: "" });
      expect(result.stderr).toBe(`ccadb-report import: cannot read ${path}: ${reason}\n`);
      expect(result.stderr).not.toMatch(NO_STACK);
    }
    const binary = file("binary.md", new Uint8Array([0x23, 0x20, 0xc3, 0x28, 0x80]));
    expect(await run(binary)).toMatchObject({ code: 2, stdout: "", stderr: `ccadb-report import: ${binary} is not UTF-8 text: a report is Markdown or plain text\n` });
  });

  it("refuses UTF-16, NUL characters, a file over 1 MB and lists nested too deep, before reading the report, exit 2", async () => {
    const markdown = renderReport(exampleDraft("preliminary-third-party"));
    const utf16 = file("utf16.md", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(markdown, "utf16le")]));
    const nul = file("nul.md", `${markdown.slice(0, 30)}\u0000${markdown.slice(30)}`);
    const big = file("big.md", markdown + "x".repeat(1024 * 1024));
    const deep = file("deep.md", `${markdown}\n${Array.from({ length: 40 }, (_, i) => `${"  ".repeat(i)}- level ${i + 1}`).join("\n")}\n`);
    const expected = [
      [utf16, `${utf16} is UTF-16 text, not UTF-8: save it as UTF-8 (a report is Markdown or plain text)`],
      [nul, `${nul} holds a NUL character (U+0000) at line 1, column 31, which no report can hold (a report is Markdown or plain text)`],
      [big, `${big} is 1.1 MB: the limit for a Markdown report is 1 MB; nothing was read`],
      [deep, `${deep} nests lists more than 32 levels deep (at line ${markdown.split("\n").length + 33}): no incident report nests that deep, so it was not read`],
    ];
    for (const [path, message] of expected) {
      expect(await run(path)).toMatchObject({ code: 2, stdout: "", stderr: `ccadb-report import: ${message}\n` });
    }
  });

  it("explains itself with --help, and usage errors exit 2", async () => {
    const help = await run("--help");
    expect(help).toMatchObject({ code: 0, stderr: "" });
    expect(help.stdout).toMatch(/^Usage: ccadb-report import \[--summary "CA Owner: title"\]/);
    const none = await run();
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/^ccadb-report import: expected exactly one FILE\.md/);
    const unknown = await run("--frobnicate", HANDWRITTEN);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/Unknown option '--frobnicate'/);
  });
});
