/**
 * bin/ccadb-report.mjs runs the built CLI, and the TypeScript sources (with a
 * one-line notice) when the build is missing or older than them.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, rmSync, utimesSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const BIN = join(ROOT, "bin/ccadb-report.mjs");
const EXAMPLE = join(ROOT, "src/domain/examples/closure.json");
const TMP = mkdtempSync(join(tmpdir(), "ccadb-bin-"));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

function run(cliDir: string | undefined, ...args: string[]) {
  const env = { ...process.env };
  if (cliDir === undefined) delete env.CCADB_REPORT_CLI_DIR;
  else env.CCADB_REPORT_CLI_DIR = cliDir;
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, env, encoding: "utf8" });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("bin/ccadb-report.mjs", () => {
  it("runs the build that `npm ci` made, silently", () => {
    const built = run(undefined, "validate", EXAMPLE);
    expect(built).toEqual({ code: 0, stdout: "", stderr: `${EXAMPLE}: ready to post.\n` });
  });

  it("runs the sources, with one line saying so, when the build is older than them", () => {
    const stale = join(TMP, "stale");
    cpSync(join(ROOT, "dist-cli"), stale, { recursive: true });
    utimesSync(join(stale, "ccadb-report.mjs"), new Date("2000-01-01"), new Date("2000-01-01"));
    const result = run(stale, "validate", EXAMPLE);
    expect(result.code).toBe(0);
    const [notice, ...rest] = result.stderr.split("\n");
    expect(notice).toMatch(/^ccadb-report: running from source, slower: the built CLI is older than src\/\S+\.ts \(npm run build:cli\)$/);
    expect(rest.join("\n")).toBe(`${EXAMPLE}: ready to post.\n`);
  });

  it("runs the sources when there is no build", () => {
    const result = run(join(TMP, "missing"), "render", EXAMPLE);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(run(undefined, "render", EXAMPLE).stdout);
    expect(result.stdout).toContain("### Report Closure Summary");
    expect(result.stderr.split("\n")[0]).toBe("ccadb-report: running from source, slower: the built CLI is not built (npm run build:cli)");
  });
});
