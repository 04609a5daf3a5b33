/**
 * `npm run bench:cli [-- --rounds 10]`: how long `ccadb-report` takes as a
 * whole process, as users and CI scripts run it: `--help` and `validate` of an
 * example, through the built CLI (what `npm ci` makes) and through the source
 * fallback (tsx compiling src/ at each start, as every call did before the
 * build existed). Best and median of the rounds, run alternately so each sees
 * the same machine load; bare `node -e 0` for scale. Targets (issue 13):
 * --help <= 150 ms, validate <= 250 ms. Prints the numbers; never fails.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { availableParallelism, cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const BIN = join(ROOT, "bin/ccadb-report.mjs");
const EXAMPLE = join(ROOT, "src/domain/examples/full-misissuance-revocation-delay.json");

const { values: options } = parseArgs({ options: { rounds: { type: "string", default: "10" } } });
const ROUNDS = Number(options.rounds);

type Case = { name: string; args: string[]; env?: Record<string, string>; target?: number };

const noBuild = mkdtempSync(join(tmpdir(), "ccadb-bench-cli-"));
const source = { CCADB_REPORT_CLI_DIR: noBuild };
const CASES: Case[] = [
  { name: "node -e 0 (Node's own start)", args: ["-e", "0"] },
  { name: "ccadb-report --help, built", args: [BIN, "--help"], target: 150 },
  { name: "ccadb-report validate, built", args: [BIN, "validate", EXAMPLE], target: 250 },
  { name: "ccadb-report --help, from source (before)", args: [BIN, "--help"], env: source },
  { name: "ccadb-report validate, from source (before)", args: [BIN, "validate", EXAMPLE], env: source },
];

function once(c: Case): number {
  const start = performance.now();
  const run = spawnSync(process.execPath, c.args, { cwd: ROOT, env: { ...process.env, ...c.env }, stdio: ["ignore", "ignore", "pipe"] });
  const ms = performance.now() - start;
  if (run.status !== 0) throw new Error(`${c.name} exited ${run.status}: ${run.stderr.toString()}`);
  return ms;
}

try {
  const build = spawnSync(process.execPath, [join(ROOT, "scripts/build-cli.mjs")], { encoding: "utf8" });
  console.log(build.stdout.trim() || build.stderr.trim());
  console.log(`${cpus()[0]?.model ?? "?"}, ${availableParallelism()} cores, Node ${process.version}; best and median of ${ROUNDS} runs each\n`);
  const times = CASES.map(() => [] as number[]);
  CASES.forEach(once); // warm the file cache
  for (let round = 0; round < ROUNDS; round++) CASES.forEach((c, i) => times[i].push(once(c)));
  CASES.forEach((c, i) => {
    const sorted = times[i].sort((a, b) => a - b);
    const best = sorted[0];
    const median = sorted[Math.floor(sorted.length / 2)];
    const verdict = c.target === undefined ? "" : `  target <= ${c.target} ms ${best <= c.target ? "OK" : "MISSED"}`;
    console.log(`${c.name.padEnd(45)} best ${best.toFixed(0).padStart(5)} ms  median ${median.toFixed(0).padStart(5)} ms${verdict}`);
  });
} finally {
  rmSync(noBuild, { recursive: true, force: true });
}
