/**
 * `npm run bench:appendix-page`: a 100 MB certificate file dropped into the
 * app's Appendix step (a production build in Chromium). The file is within
 * the per-file limit (128 MB), so it is read, not refused: the Web Worker
 * parses it and stops after a run of bad items. Prints, per input, the time
 * until the result shows, the main thread's longest task and longest gap
 * between frames (how long the page could not respond), and the page's JS
 * heap. The inputs are the hostile ones of `bench:appendix-memory`, written
 * to a temporary directory and deleted afterwards. Never fails the process.
 */
import { cpus } from "node:os";
import { fileURLToPath } from "node:url";
import { installPageProbe, pageProbeReport } from "./pageProbe.ts";
import { measureEachFile } from "./served.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const SIZE = 100 * 2 ** 20;

function repeatTo(unit: Uint8Array): Uint8Array {
  const out = new Uint8Array(SIZE);
  for (let at = 0; at < SIZE; at += unit.length) out.set(unit.subarray(0, Math.min(unit.length, SIZE - at)), at);
  return out;
}

const INPUTS = [
  { name: "zeros.der", what: "100 MB of 30 00 (empty SEQUENCEs)", bytes: () => repeatTo(new Uint8Array([0x30, 0x00])) },
  { name: "tiny.pem", what: "100 MB of tiny PEM blocks", bytes: () => repeatTo(new TextEncoder().encode("-----BEGIN CERTIFICATE-----\nMAA=\n-----END CERTIFICATE-----\n")) },
];

console.log(`bench:appendix-page: ${cpus().length} CPUs; a 100 MB file dropped into the Appendix step, read in the Web Worker`);
await measureEachFile(ROOT, 4194, INPUTS, (input) => input.bytes(), async ({ url, browser }, input, path) => {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(`${url}?example=full-no-certificates`);
  await page.getByRole("navigation", { name: "Steps" }).getByRole("button", { name: /^8 Appendix/ }).click();
  await installPageProbe(page);
  const started = Date.now();
  await page.getByLabel("Certificate files", { exact: true }).setInputFiles(path);
  const result = page.getByRole("region", { name: "Affected certificates" }).getByText(/problems?: everything else was kept/);
  await result.waitFor({ timeout: 600_000 });
  const shownMs = Date.now() - started;
  const measured = await pageProbeReport(page);
  console.log(`${input.what}: result shown after ${shownMs} ms (${await result.textContent()}); main thread: ${measured}`);
  await page.close();
});
