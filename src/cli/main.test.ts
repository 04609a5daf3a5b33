/**
 * The real command, spawned as users run it (`node bin/ccadb-report.mjs`), on
 * the examples and on broken copies of them.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { runCli, type CliRun } from "../test/runCli.ts";
import { EXAMPLE_IDS, exampleDraft, type ExampleId } from "../domain/examples/index.ts";
import type { Draft } from "../domain/draft/schema.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const TMP = mkdtempSync(join(tmpdir(), "ccadb-report-"));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

/** Spawns the command; tests run concurrently, since each spawn mostly waits for Node to start. */
function run(...args: string[]): Promise<CliRun> {
  return runCli(args, ROOT);
}

function example(id: ExampleId): string {
  return join(ROOT, `src/domain/examples/${id}.json`);
}

let counter = 0;
/** Writes text to a new file in the temp dir. */
function file(text: string, name = `draft-${++counter}.json`): string {
  const path = join(TMP, name);
  writeFileSync(path, text);
  return path;
}

/** A broken copy of an example: edited as a draft, or as raw JSON. */
function copyOf(id: ExampleId, edit: (draft: Draft) => void): string {
  const draft = exampleDraft(id);
  edit(draft);
  return file(JSON.stringify(draft, null, 2));
}

function rawCopyOf(id: ExampleId, edit: (json: Record<string, unknown>) => void): string {
  const json: Record<string, unknown> = JSON.parse(readFileSync(example(id), "utf8"));
  edit(json);
  return file(JSON.stringify(json, null, 2));
}

const NO_STACK = /^ +at .+:\d+:\d+\)?$/m;

describe.concurrent("ccadb-report validate", () => {
  it("never sends a draft's control characters (ESC sequences) to the terminal: they are shown as \\XX", async () => {
    const result = await run(
      "validate",
      copyOf("full-no-certificates", (d) => {
        d.rootCauses[0].title = "Evil\u001b[2Jtitle";
        for (const item of d.actionItems) item.addresses = item.addresses.filter((id) => id !== d.rootCauses[0].id);
      }),
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("Contributing Factor #1 (\u201cEvil\\1B[2Jtitle\u201d) has no action item");
    expect(result.stdout).not.toContain("\u001b");
  });

  it.each(EXAMPLE_IDS)("exits 0 on the example %s", async (id) => {
    const result = await run("validate", example(id));
    expect(result).toMatchObject({ code: 0, stdout: "" });
    expect(result.stderr).toMatch(/ready to post/);
  });

  it("exits 1 with one problem per line, path: message", async () => {
    const path = copyOf("full-misissuance-revocation-delay", (d) => {
      d.summary.ccadbId = "A12";
      d.actionItems[2].kind = "";
      d.impact.analysis = "N/A";
    });
    const result = await run("validate", path);
    expect(result.code).toBe(1);
    expect(result.stdout.trimEnd().split("\n")).toEqual([
      expect.stringMatching(/^summary\.ccadbId: expected "A" followed by six digits/),
      expect.stringMatching(/^impact\.analysis: a revocation delay needs the Analysis, not N\/A/),
      expect.stringMatching(/^actionItems\[2\]\.kind: “Kind” of Action Item #3 is not chosen/),
    ]);
    expect(result.stderr).toMatch(/not ready to post \(3 problems\)/);
  });

  it("exits 1 when the report is longer than a Bugzilla comment, naming the attachment alternative", async () => {
    const log = "2025-03-04T17:20:00Z issued serial 0123456789abcdef for host.example\n".repeat(1200);
    const result = await run("validate", copyOf("full-misissuance-revocation-delay", (d) => (d.summary.incidentDescription += `\n\n${log}`)));
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^the report is [\d,]+ characters long; Bugzilla takes at most 65,535 .*move data .* to an attachment/m);
  });

  it("exits 1 when a third party's report is not Preliminary", async () => {
    const result = await run("validate", copyOf("full-no-certificates", (d) => (d.author = "third-party")));
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^kind: a third-party reporter can only write a Preliminary Incident Report/);
  });

  it("exits 2 on an unknown key, naming it", async () => {
    const path = rawCopyOf("full-no-certificates", (json) => {
      json.sumary = json.summary;
      delete json.summary;
    });
    const result = await run("validate", path);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/^summary: is missing: expected an object$/m);
    expect(result.stderr).toMatch(/^unknown key "sumary" \(did you mean "summary"\?\)$/m);
  });

  it("exits 2 on a value of the wrong type, naming the path and what was expected", async () => {
    const path = rawCopyOf("full-misissuance-revocation-delay", (json) => {
      json.impact = { ...Object(json.impact), totalCertificates: "12" };
    });
    const result = await run("validate", path);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^impact\.totalCertificates: expected a whole number, "N\/A" or null, got "12"$/m);
  });

  it("exits 2 on a file that is not JSON, saying where", async () => {
    const text = readFileSync(example("closure"), "utf8").replace('"kind": "closure",', '"kind": "closure"');
    const result = await run("validate", file(text));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/is not valid JSON: line 5, column 3: /);
    expect(result.stderr).not.toMatch(NO_STACK);
  });

  it("exits 2 on a file that is not a draft, or a newer version", async () => {
    expect((await run("validate", file('{"name": "package"}'))).stderr).toMatch(/^format: this is not a ccadb-incident-report-draft file/m);
    const newer = await run("validate", rawCopyOf("closure", (json) => (json.version = 2)));
    expect(newer.code).toBe(2);
    expect(newer.stderr).toMatch(/^version: version 2 is newer than this tool/m);
  });

  it("exits 2 on a missing file, a directory, or bytes that are not UTF-8", async () => {
    const missing = await run("validate", join(TMP, "nope.json"));
    expect(missing).toMatchObject({ code: 2, stdout: "" });
    expect(missing.stderr).toMatch(/cannot read .*nope\.json: no such file/);
    const dir = join(TMP, "a-directory");
    mkdirSync(dir);
    expect(await run("validate", dir)).toMatchObject({ code: 2, stderr: expect.stringMatching(/cannot read .*: it is a directory/) });
    const binary = join(TMP, "binary.json");
    writeFileSync(binary, Buffer.from([0x7b, 0xc3, 0x28, 0x7d]));
    expect(await run("validate", binary)).toMatchObject({ code: 2, stderr: expect.stringMatching(/is not UTF-8 text/) });
    const utf16 = join(TMP, "utf16.json");
    writeFileSync(utf16, Buffer.from([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00]));
    expect(await run("validate", utf16)).toMatchObject({ code: 2, stderr: expect.stringMatching(/is UTF-16 text, not UTF-8: save it as UTF-8/) });
  });

  it("--warnings adds quality warnings without changing the exit code", async () => {
    const path = copyOf("full-no-certificates", (d) => (d.actionItems[0].evaluationCriteria = "Done."));
    const result = await run("validate", "--warnings", "--now", "2025-04-14T00:00Z", path);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^warning: actionItems\[0\]\.evaluationCriteria: .* \[evaluation-criteria\]$/m);
    expect((await run("validate", path)).stdout).toBe("");
  });

  it("--posted compares Impact with the posted version, as the app compares with the version marked posted", async () => {
    const posted = example("full-misissuance-revocation-delay");
    const changed = copyOf("full-misissuance-revocation-delay", (d) => {
      d.impact.totalCertificates = 1_301;
      d.securitySensitive = true;
      d.rootProgramNotices = { ccadb: true, chrome: true };
      d.incident = { posted: [{ kind: "full", at: "2025-09-18T18:20Z" }], questions: [] };
    });
    const result = await run("validate", "--warnings", "--now", "2025-09-20T00:00Z", "--posted", posted, changed);
    expect(result.stdout).toMatch(/^warning: impact\.additionalConsiderations: Total number of certificates is now 1,301; the report posted on 2025-09-18 said 1,238\. .* \[impact-correction\]$/m);
    expect(result.stdout).toContain("“Correction: the total number of certificates is 1,301, not 1,238 as reported on 2025-09-18. When each change was detected: …");
    expect(result.stdout).toMatch(/^warning: rootProgramNotices: The Microsoft Trusted Root Program is not ticked as notified\. Email msroot@microsoft\.com .* \[root-program-notices\]$/m);
    expect((await run("validate", "--warnings", "--now", "2025-09-20T00:00Z", changed)).stdout).not.toContain("[impact-correction]");
    expect((await run("validate", "--warnings", "--posted", join(TMP, "missing.json"), changed)).code).toBe(2);
  });

  it("exits 2 on bad usage", async () => {
    expect((await run("validate")).code).toBe(2);
    expect((await run("validate", "a.json", "b.json")).code).toBe(2);
    const unknown = await run("validate", "--frob", example("closure"));
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^ccadb-report validate: Unknown option '--frob'/);
    expect((await run("validate", "--warnings", "--now", "tomorrow", example("closure"))).code).toBe(2);
  });
});

describe.concurrent("ccadb-report render", () => {
  it("prints the Markdown, and the Summary line and length on stderr", async () => {
    const result = await run("render", example("full-misissuance-revocation-delay"));
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^## Full Incident Report\n/);
    expect(result.stdout).toMatch(/\[1899453\]\(https:\/\/bugzilla\.mozilla\.org\/show_bug\.cgi\?id=1899453\)/);
    expect(result.stderr).toMatch(/^Summary: Example Trust Services: EV certificates/m);
    expect(result.stderr).toMatch(/(?<![\d,])[\d,]+ of 65,535 characters/);
    expect(result.stderr).not.toMatch(/not ready/);
  });

  it("shows a draft's control characters in its problems as \\XX on stderr", async () => {
    const result = await run(
      "render",
      copyOf("full-no-certificates", (d) => {
        d.rootCauses[0].title = "Evil\u001b[2Jtitle";
        for (const item of d.actionItems) item.addresses = item.addresses.filter((id) => id !== d.rootCauses[0].id);
      }),
    );
    expect(result.stderr).toContain("Contributing Factor #1 (\u201cEvil\\1B[2Jtitle\u201d) has no action item");
    expect(result.stderr).not.toContain("\u001b");
  });

  it("never prints bidi controls or line breaks in the Summary line, and says they were left out", async () => {
    const result = await run("render", copyOf("full-no-certificates", (d) => (d.title = "Evil\u202Etitle\r\n\u001b[2Jcleared")));
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/^Summary: Example Trust Services: Eviltitle \[2Jcleared$/m);
    for (const c of ["\u202E", "\u001b", "\r"]) expect(result.stderr).not.toContain(c);
    expect(result.stderr).toMatch(/^In the Bugzilla summary line, from the brief title: 1 bidirectional control character was removed/m);
  });

  it.each(EXAMPLE_IDS)("renders the example %s", async (id) => {
    expect((await run("render", example(id))).code).toBe(0);
  });

  it("renders a draft that is not ready, with the placeholder for what is missing, and lists its problems on stderr", async () => {
    const result = await run("render", copyOf("full-no-certificates", (d) => (d.summary.relevantPolicies = "")));
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/\*\*Relevant policies:\*\* _\(not yet provided\)_\n/);
    expect(result.stderr).toMatch(/not ready to post \(1 problem\):\nsummary\.relevantPolicies: /);
  });

  it("exits 2 without output for a broken file", async () => {
    const result = await run("render", file("[]"));
    expect(result).toMatchObject({ code: 2, stdout: "" });
    expect(result.stderr).toMatch(/expected a JSON object/);
  });
});

describe.concurrent("ccadb-report schema", () => {
  it("prints the JSON Schema published in public/", async () => {
    const result = await run("schema");
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(readFileSync(join(ROOT, "public/draft.schema.json"), "utf8"));
  });
  it("takes no file", async () => {
    expect((await run("schema", "x.json")).code).toBe(2);
  });
});

describe.concurrent("help and usage", () => {
  it("--help lists the commands", async () => {
    const result = await run("--help");
    expect(result.code).toBe(0);
    for (const name of ["validate", "render", "schema", "appendix"]) expect(result.stdout).toMatch(new RegExp(`^  ${name} `, "m"));
  });
  it.each(["validate", "render", "schema"])("%s --help explains the command", async (name) => {
    for (const args of [[name, "--help"], [name, "-h"], ["help", name]]) {
      const result = await run(...args);
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(new RegExp(`^Usage: ccadb-report ${name}`));
    }
  });
  it("no command or an unknown one prints the usage and exits 2", async () => {
    expect(await run()).toMatchObject({ code: 2, stderr: expect.stringMatching(/^Usage: ccadb-report COMMAND/) });
    const unknown = await run("publish", "x.json");
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^ccadb-report: unknown command "publish"\n\nUsage:/);
  });
  it("never prints a stack trace", async () => {
    for (const args of [["validate", TMP], ["render", join(TMP, "missing.json")], ["nope"], ["validate", "--x"]]) {
      expect((await run(...args)).stderr).not.toMatch(NO_STACK);
    }
  });
});
