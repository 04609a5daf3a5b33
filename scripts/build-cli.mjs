#!/usr/bin/env node
/**
 * Builds the command line into one JavaScript file, so `ccadb-report` starts
 * without compiling TypeScript (`npm ci` runs this through `prepare`, and
 * `npm run build` does too). Rolldown, the bundler Vite 8 itself uses, was the
 * fastest of the bundlers already installed (about 0.2 s against esbuild's
 * 0.3 s and a Vite library build's 0.5 s) and its output the smallest.
 *
 * Writes `dist-cli/ccadb-report.mjs` and `dist-cli/sources.json` (the source
 * files it was built from, which `bin/ccadb-report.mjs` compares against the
 * bundle's age). Usage: node scripts/build-cli.mjs [OUT_DIR]
 */
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "rolldown";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const outDir = resolve(process.argv[2] ?? join(ROOT, "dist-cli"));

const started = performance.now();
mkdirSync(outDir, { recursive: true });
// Built beside its final place and renamed in, so a CLI started meanwhile never reads half a file.
const work = mkdtempSync(join(outDir, ".build-"));
try {
  const result = await build({
    cwd: ROOT,
    input: join(ROOT, "src/cli/main.ts"),
    platform: "node",
    logLevel: "warn",
    // Node built-ins stay imports; the npm packages the CLI uses are bundled, so one file is read at start.
    external: [/^node:/],
    // One file still: the commands' dynamic imports are inlined, and each command's modules are evaluated only when it runs.
    output: { file: join(work, "ccadb-report.mjs"), format: "esm", codeSplitting: false, minify: true, comments: { legal: true, annotation: false, jsdoc: false } },
  });
  const sources = result.output
    .flatMap((chunk) => (chunk.type === "chunk" ? chunk.moduleIds : []))
    .filter((id) => id.startsWith(ROOT) && !id.includes(`${sep}node_modules${sep}`))
    .map((id) => relative(ROOT, id).split(sep).join("/"))
    .sort();
  writeFileSync(join(work, "sources.json"), JSON.stringify(sources, null, 1) + "\n");
  renameSync(join(work, "sources.json"), join(outDir, "sources.json"));
  renameSync(join(work, "ccadb-report.mjs"), join(outDir, "ccadb-report.mjs"));
  console.log(`ccadb-report: built ${relative(process.cwd(), join(outDir, "ccadb-report.mjs")) || "."} from ${sources.length} source files in ${Math.round(performance.now() - started)} ms`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
