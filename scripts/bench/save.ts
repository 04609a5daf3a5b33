/**
 * `npm run bench:save [-- --keys 20]`: how long after a keystroke a draft is
 * safe in IndexedDB, with the large example (`?example=large`) in Chromium,
 * against `vite preview` of a production build. Each save is a User Timing
 * measure ("draft-save", src/drafts/session.ts) from the start of the write
 * to its committed transaction; a keystroke is safe when the first save that
 * starts after it ends. Keystroke-to-safe = debounce (300 ms) + waiting for
 * the event loop + the write. Prints the numbers; never fails the process.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import type { Page } from "playwright-core";
import { build } from "vite";
import { serveBuild } from "./served.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const WARM_UP = 3;

const { values: options } = parseArgs({ options: { keys: { type: "string", default: "20" } } });

type Save = { start: number; end: number; bytes: number };

declare global {
  interface Window {
    __saveBench: { saves: Save[]; keys: number[] };
  }
}

function installProbe() {
  const state: Window["__saveBench"] = { saves: [], keys: [] };
  window.__saveBench = state;
  window.addEventListener("keydown", (event) => state.keys.push(event.timeStamp), { capture: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.name !== "draft-save") continue;
      const detail: unknown = entry instanceof PerformanceMeasure ? entry.detail : null;
      const bytes = detail !== null && typeof detail === "object" && "bytes" in detail && typeof detail.bytes === "number" ? detail.bytes : 0;
      state.saves.push({ start: entry.startTime, end: entry.startTime + entry.duration, bytes });
    }
  }).observe({ type: "measure" });
}

async function oneKeystroke(page: Page, key: string): Promise<{ safe: number; write: number; bytes: number }> {
  const before = await page.evaluate(() => window.__saveBench.saves.length);
  await page.keyboard.press(key);
  await page.waitForFunction((n) => window.__saveBench.saves.length > n, before, { timeout: 10_000 });
  return page.evaluate(() => {
    const { saves, keys } = window.__saveBench;
    const save = saves[saves.length - 1];
    return { safe: save.end - keys[keys.length - 1], write: save.end - save.start, bytes: save.bytes };
  });
}

function stats(values: number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)].toFixed(1);
  return `p50 ${at(50)} ms  p95 ${at(95)} ms  max ${sorted[sorted.length - 1].toFixed(1)} ms`;
}

async function main() {
  const keys = Number(options.keys);
  const outDir = mkdtempSync(join(tmpdir(), "ccadb-bench-save-"));
  await build({ root: ROOT, logLevel: "error", build: { outDir, emptyOutDir: true } });
  const { url, browser, close } = await serveBuild(ROOT, outDir, 4192);
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.addInitScript(installProbe);
    await page.goto(`${url}?example=large`);
    await page.getByRole("navigation", { name: "Steps" }).waitFor();
    const input = page.getByLabel("Incident description", { exact: true });
    await input.click();
    await page.keyboard.press("Control+End");
    const results = [];
    for (let i = 0; i < WARM_UP + keys; i++) {
      const result = await oneKeystroke(page, "abcdefghijklmnopqrstuvwxyz"[i % 26]);
      if (i >= WARM_UP) results.push(result);
      await page.waitForTimeout(50);
    }
    console.log(`Chromium ${browser.version()}, ${cpus().length} CPU(s) (${cpus()[0]?.model ?? "unknown"}), large example: ${(results[0].bytes / 1024).toFixed(0)} KB of draft JSON`);
    console.log(`${results.length} keystrokes, each followed by quiet until saved (debounce 300 ms)`);
    console.log(`IndexedDB write (read + compare-and-set + put + commit, index update included): ${stats(results.map((r) => r.write))}`);
    console.log(`Keystroke to safe on disk:                                              ${stats(results.map((r) => r.safe))}`);
  } finally {
    await close();
    rmSync(outDir, { recursive: true, force: true });
  }
}

await main();
