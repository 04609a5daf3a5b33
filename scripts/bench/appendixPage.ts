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
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "vite";
import { serveBuild } from "./served.ts";

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

type Probe = { maxGap: number; longTasks: number[] };
declare global {
  interface Window {
    __appendixBench: Probe;
  }
}

/** A string, not a function: tsx would wrap the inner function in a helper the page does not have. */
const INSTALL_PROBE = `(() => {
  const probe = { maxGap: 0, longTasks: [] };
  window.__appendixBench = probe;
  let last = performance.now();
  const tick = () => {
    const now = performance.now();
    probe.maxGap = Math.max(probe.maxGap, now - last);
    last = now;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  new PerformanceObserver((list) => list.getEntries().forEach((entry) => probe.longTasks.push(entry.duration))).observe({ type: "longtask" });
})()`;

async function main() {
  const dir = mkdtempSync(join(tmpdir(), "ccadb-bench-appendix-page-"));
  const outDir = join(dir, "dist");
  await build({ root: ROOT, logLevel: "error", build: { outDir, emptyOutDir: true } });
  const { url, browser, close } = await serveBuild(ROOT, outDir, 4194);
  console.log(`bench:appendix-page: ${cpus().length} CPUs; a 100 MB file dropped into the Appendix step, read in the Web Worker`);
  try {
    for (const input of INPUTS) {
      const path = join(dir, input.name);
      writeFileSync(path, input.bytes());
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      await page.goto(`${url}?example=full-no-certificates`);
      await page.getByRole("navigation", { name: "Steps" }).getByRole("button", { name: /^8 Appendix/ }).click();
      await page.evaluate(INSTALL_PROBE);
      const started = Date.now();
      await page.getByLabel("Certificate files", { exact: true }).setInputFiles(path);
      const result = page.getByRole("region", { name: "Affected certificates" }).getByText(/problems?: everything else was kept/);
      await result.waitFor({ timeout: 600_000 });
      const shownMs = Date.now() - started;
      const probe = await page.evaluate(() => window.__appendixBench);
      const heap: unknown = await page.evaluate(() => Reflect.get(performance, "memory")?.usedJSHeapSize);
      const heapMb = typeof heap === "number" ? `${Math.round(heap / 2 ** 20)} MB` : "n/a";
      console.log(
        `${input.what}: result shown after ${shownMs} ms (${await result.textContent()}); main thread: longest task ${Math.round(Math.max(0, ...probe.longTasks))} ms, longest gap between frames ${Math.round(probe.maxGap)} ms; JS heap ${heapMb}`,
      );
      await page.close();
      rmSync(path);
    }
  } finally {
    await close();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
