/** Vitest global setup: builds the CLI bundle (as `npm ci` does), so the spawned CLI is the current code. */
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

export default function setup(): void {
  execFileSync(process.execPath, [fileURLToPath(new URL("../../scripts/build-cli.mjs", import.meta.url))], { stdio: ["ignore", "ignore", "inherit"] });
}
