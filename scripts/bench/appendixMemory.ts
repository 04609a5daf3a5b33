/**
 * `npm run bench:appendix-memory`: peak memory (RSS) and time of
 * `ccadb-report appendix` on 100 MB inputs, hostile and real. The inputs are
 * written to a temporary directory at bench time and deleted afterwards
 * (never committed). The target is a peak RSS under 512 MB for each.
 * Prints the figures; never fails the process. Arguments pick inputs by
 * name (`npm run bench:appendix-memory -- runs` runs only runs.pem).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { benchCertificates } from "./generateCerts.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const BIN = join(ROOT, "bin/ccadb-report.mjs");
const SIZE = 100 * 2 ** 20;
const TARGET_MB = 512;

/** `unit` repeated (and cut) to exactly SIZE bytes. */
function repeatTo(unit: Uint8Array): Uint8Array {
  const out = new Uint8Array(SIZE);
  for (let at = 0; at < SIZE; at += unit.length) out.set(unit.subarray(0, Math.min(unit.length, SIZE - at)), at);
  return out;
}

const TINY_BLOCK = "-----BEGIN CERTIFICATE-----\nMAA=\n-----END CERTIFICATE-----\n";
const realCertificates = () => benchCertificates(10_000, join(ROOT, "node_modules/.cache/ccadb-bench"));

const ALL_INPUTS: Array<{ name: string; what: string; bytes: () => Uint8Array }> = [
  { name: "zeros.der", what: "100 MB of 30 00 (empty SEQUENCEs)", bytes: () => repeatTo(new Uint8Array([0x30, 0x00])) },
  {
    name: "tiny.pem",
    what: "100 MB of tiny PEM blocks",
    bytes: () => repeatTo(new TextEncoder().encode(TINY_BLOCK)),
  },
  {
    name: "runs.pem",
    what: "100 MB of 999 tiny PEM blocks, then a real certificate",
    bytes: () => {
      const certificate = /-----BEGIN CERTIFICATE-----[^-]+-----END CERTIFICATE-----\n/.exec(realCertificates())?.[0] ?? "";
      return repeatTo(new TextEncoder().encode(TINY_BLOCK.repeat(999) + certificate));
    },
  },
  {
    name: "real.pem",
    what: "100 MB of real certificates (10,000 distinct, repeated)",
    bytes: () => repeatTo(new TextEncoder().encode(realCertificates())),
  },
];
const picked = process.argv.slice(2);
const INPUTS = picked.length === 0 ? ALL_INPUTS : ALL_INPUTS.filter((input) => picked.some((word) => input.name.includes(word)));

const dir = mkdtempSync(join(tmpdir(), "ccadb-bench-memory-"));
try {
  console.log(`ccadb-report appendix on ${SIZE / 2 ** 20} MB inputs (target: peak RSS < ${TARGET_MB} MB)`);
  for (const input of INPUTS) {
    const path = join(dir, input.name);
    writeFileSync(path, input.bytes());
    // GNU time: %M is the peak resident set size in KB, %e the wall-clock seconds.
    const run = spawnSync("/usr/bin/time", ["-f", "TIME %M %e", process.execPath, BIN, "appendix", path], {
      encoding: "utf8",
      maxBuffer: 1024 * 2 ** 20,
    });
    rmSync(path);
    const stderr = run.stderr
      .trimEnd()
      .split("\n")
      .filter((line) => !line.startsWith("Command exited with non-zero status"));
    const [, kb, seconds] = (stderr.pop() ?? "").split(" ");
    const peakMb = Number(kb) / 1024;
    const summary = stderr.at(-1) ?? "";
    console.log(
      `  ${input.what.padEnd(56)} peak RSS ${peakMb.toFixed(0).padStart(4)} MB ${peakMb < TARGET_MB ? "(ok)" : "(OVER TARGET)"}, ` +
        `${Number(seconds).toFixed(1)} s, exit ${run.status}, ${stderr.length} stderr lines; last: ${summary.replace(/^ccadb-report appendix: /, "")}`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
