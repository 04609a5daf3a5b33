#!/usr/bin/env node
// Runs the built CLI (dist-cli/, made by `npm ci` through `prepare`, or by
// `npm run build:cli`). When it is missing or older than any source file it was
// built from, runs the TypeScript sources through tsx instead, with a one-line
// notice, so someone editing src/ never runs stale code.
// CCADB_REPORT_CLI_DIR points at another build (the tests use it).
import { readFileSync, statSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = new URL("../", import.meta.url);
const dir = process.env.CCADB_REPORT_CLI_DIR ? pathToFileURL(process.env.CCADB_REPORT_CLI_DIR + "/") : new URL("dist-cli/", root);
const bundle = new URL("ccadb-report.mjs", dir);

/** Why the bundle cannot be used, or "" when it is at least as new as every source it was built from. */
function staleness() {
  let builtAt;
  try {
    builtAt = statSync(bundle).mtimeMs;
  } catch {
    return "is not built";
  }
  try {
    const sources = JSON.parse(readFileSync(new URL("sources.json", dir), "utf8"));
    const newer = sources.find((source) => statSync(new URL(source, root)).mtimeMs > builtAt);
    return newer ? `is older than ${newer}` : "";
  } catch {
    return "does not match the sources";
  }
}

const reason = staleness();
let main;
if (reason === "") {
  ({ main } = await import(bundle.href));
} else {
  process.stderr.write(`ccadb-report: running from source, slower: the built CLI ${reason} (npm run build:cli)\n`);
  try {
    const { register } = await import("tsx/esm/api");
    register();
  } catch {
    process.stderr.write(`ccadb-report: cannot compile the sources without tsx (a dev dependency): run "npm ci" or "npm run build:cli" in ${fileURLToPath(root)}\n`);
    process.exit(2);
  }
  ({ main } = await import("../src/cli/main.ts"));
}
process.exitCode = await main(process.argv.slice(2));
