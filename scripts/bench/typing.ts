/**
 * `npm run bench:typing [-- --keys 60 --delay 100 --field summary|timeline]`:
 * keystroke-to-preview latency with the large example (120 timeline entries,
 * 30 action items) in Chromium, against `vite preview` of a production build.
 * Each key's latency runs from its keydown event to the moment the preview's
 * DOM contains the new text (a MutationObserver in the page, same clock).
 * Input handling, two ways: (1) from the keydown event to the end of the task
 * that handles the key's input event (a message posted from the input event
 * runs after it; it also waits behind a queued slice of the preview's
 * deferred render), and (2) the Event Timing API's processing time
 * (processingEnd - processingStart) of the key's events, summed; Chromium
 * reports only events lasting 16 ms or more, so a key with none reported
 * handled every event in under 16 ms.
 * Targets (issues 3 and 12): keystroke-to-preview p95 <= 50 ms, input
 * handling p95 <= 16 ms, on this 2-core machine. Prints PASS/FAIL; never
 * fails the process for a miss.
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
const TARGET_P95_MS = 50;
const TARGET_INPUT_P95_MS = 16;
const WARM_UP_KEYS = 10;
/** Unusual enough to appear nowhere else in the preview. */
const MARKER = "Zqxj";

const { values: options } = parseArgs({
  options: {
    keys: { type: "string", default: "60" },
    delay: { type: "string", default: "100" },
    field: { type: "string", default: "summary" },
  },
});

declare global {
  interface Window {
    __typingBench: {
      pending: Array<{ expected: string; at: number }>;
      latencies: number[];
      handling: number[];
      keys: number[];
      events: Array<{ start: number; processing: number }>;
      expect(text: string): void;
    };
  }
}

/** Installed in the page: keydown timestamps, matched by a MutationObserver on the preview. */
function installProbe() {
  const region = document.querySelector("[data-preview-content]");
  if (!region) throw new Error("no rendered preview on the page");
  const state: Window["__typingBench"] = {
    pending: [],
    latencies: [],
    handling: [],
    keys: [],
    events: [],
    expect(text) {
      this.pending.push({ expected: text, at: NaN });
    },
  };
  window.__typingBench = state;
  let keyAt = NaN;
  window.addEventListener(
    "keydown",
    (event) => {
      keyAt = event.timeStamp;
      state.keys.push(event.timeStamp);
      const next = state.pending.find((p) => Number.isNaN(p.at));
      if (next) next.at = event.timeStamp;
    },
    { capture: true },
  );
  // Posted from the input event, the message runs once the task handling it (and React's update) is over.
  const channel = new MessageChannel();
  channel.port1.addEventListener("message", () => {
    if (!Number.isNaN(keyAt)) state.handling.push(performance.now() - keyAt);
    keyAt = NaN;
  });
  channel.port1.start();
  window.addEventListener("input", () => channel.port2.postMessage(null), { capture: true });
  // durationThreshold is not in TypeScript's DOM types yet; 16 ms is the lowest Chromium accepts.
  const init: PerformanceObserverInit & { durationThreshold: number } = { type: "event", durationThreshold: 16 };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry instanceof PerformanceEventTiming) state.events.push({ start: entry.startTime, processing: entry.processingEnd - entry.processingStart });
    }
  }).observe(init);
  new MutationObserver(() => {
    const now = performance.now();
    const text = region.textContent ?? "";
    while (state.pending.length > 0 && !Number.isNaN(state.pending[0].at) && text.includes(state.pending[0].expected)) {
      const done = state.pending.shift();
      if (done) state.latencies.push(now - done.at);
    }
  }).observe(region, { subtree: true, childList: true, characterData: true });
}

const LETTERS = "abcdefghijklmnopqrstuvwxyz";

async function focusField(page: Page, field: string) {
  if (field === "timeline") {
    await page.getByRole("navigation", { name: "Steps" }).getByRole("button", { name: /Timeline/ }).click();
    // The last entry's Event (what a non-exact "Timeline entry 1" matched before long lists filled in after painting).
    const input = page.getByRole("group", { name: "Timeline entry 120", exact: true }).getByRole("textbox", { name: "Event" });
    await input.click();
    return input;
  }
  const input = page.getByLabel("Incident description", { exact: true });
  await input.click();
  return input;
}

async function measure(page: Page, keys: number, delay: number, field: string): Promise<{ latencies: number[]; handling: number[]; processing: number[] }> {
  await page.waitForSelector("[data-preview-content] h2");
  const input = await focusField(page, field);
  await page.keyboard.press("Control+End");
  await page.keyboard.type(` ${MARKER}`);
  await page.waitForFunction((marker) => document.querySelector("[data-preview-content]")?.textContent?.includes(marker), MARKER);
  await page.evaluate(installProbe);
  let typed = MARKER;
  for (let i = 0; i < WARM_UP_KEYS + keys; i++) {
    const key = LETTERS[i % LETTERS.length];
    typed += key;
    await page.evaluate((text) => window.__typingBench.expect(text), typed);
    await input.press(key);
    await page.waitForTimeout(delay);
  }
  await page.waitForFunction(() => window.__typingBench.pending.length === 0, undefined, { timeout: 10_000 });
  await page.waitForTimeout(500);
  const { latencies, handling, keyTimes, events } = await page.evaluate(() => ({
    latencies: window.__typingBench.latencies,
    handling: window.__typingBench.handling,
    keyTimes: window.__typingBench.keys,
    events: window.__typingBench.events,
  }));
  // Each key's events start within its own interval (keys are `delay` ms apart); unreported events took under 16 ms.
  const processing = keyTimes.map((at, i) =>
    events.filter((e) => e.start >= at - 1 && e.start < (keyTimes[i + 1] ?? Number.POSITIVE_INFINITY) - 1).reduce((sum, e) => sum + e.processing, 0),
  );
  return { latencies: latencies.slice(WARM_UP_KEYS), handling: handling.slice(WARM_UP_KEYS), processing: processing.slice(WARM_UP_KEYS) };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function main() {
  const keys = Number(options.keys);
  const delay = Number(options.delay);
  const outDir = mkdtempSync(join(tmpdir(), "ccadb-bench-typing-"));
  await build({ root: ROOT, logLevel: "error", build: { outDir, emptyOutDir: true } });
  const { url, browser, close } = await serveBuild(ROOT, outDir, 4191);
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${url}?example=large`);
    const { latencies, handling, processing } = await measure(page, keys, delay, options.field);
    const sorted = [...latencies].sort((a, b) => a - b);
    const input = [...handling].sort((a, b) => a - b);
    const inputP95 = percentile(input, 95);
    const p95 = percentile(sorted, 95);
    console.log(`Chromium ${browser.version()}, ${cpus().length} CPU(s) (${cpus()[0]?.model ?? "unknown"}), large example, field: ${options.field}`);
    console.log(`${sorted.length} keystrokes (after ${WARM_UP_KEYS} warm-up), one every ${delay} ms`);
    console.log(`p50 ${percentile(sorted, 50).toFixed(1)} ms  p95 ${p95.toFixed(1)} ms  max ${sorted[sorted.length - 1].toFixed(1)} ms`);
    console.log(`Keystroke-to-preview p95: target <= ${TARGET_P95_MS} ms  ${p95 <= TARGET_P95_MS ? "PASS" : "FAIL"}`);
    console.log(`input handling: p50 ${percentile(input, 50).toFixed(1)} ms  p95 ${inputP95.toFixed(1)} ms  max ${input[input.length - 1].toFixed(1)} ms`);
    console.log(`Input handling p95 (keydown to end of the input task): target <= ${TARGET_INPUT_P95_MS} ms  ${inputP95 <= TARGET_INPUT_P95_MS ? "PASS" : "FAIL"}`);
    // A key none of whose events was reported took under 16 ms in each: counted at that upper bound.
    const reported = processing.filter((p) => p > 0).length;
    const bounded = processing.map((p) => (p > 0 ? p : 16)).sort((a, b) => a - b);
    const eventsP95 = percentile(bounded, 95);
    const measured = processing.filter((p) => p > 0).sort((a, b) => a - b);
    console.log(
      `event processing (Event Timing, processingStart to processingEnd): ${reported} of ${processing.length} keys had an event reported (16 ms or longer in all);` +
        ` their processing max ${measured.length ? measured[measured.length - 1].toFixed(1) : "-"} ms; p95 at most ${eventsP95.toFixed(1)} ms (unreported keys counted as 16 ms)`,
    );
    console.log(`Event processing p95: target <= ${TARGET_INPUT_P95_MS} ms  ${eventsP95 <= TARGET_INPUT_P95_MS ? "PASS" : "FAIL"}`);
  } finally {
    await close();
    rmSync(outDir, { recursive: true, force: true });
  }
}

await main();
