/** For the browser benchmarks: how long a page could not respond (longest task, longest gap between frames) and its JS heap. */
import type { Page } from "playwright-core";

type Probe = { maxGap: number; longTasks: number[] };
declare global {
  interface Window {
    __pageProbe: Probe;
  }
}

/** A string, not a function: tsx would wrap the inner function in a helper the page does not have. */
const INSTALL_PROBE = `(() => {
  const probe = { maxGap: 0, longTasks: [] };
  window.__pageProbe = probe;
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

export async function installPageProbe(page: Page): Promise<void> {
  await page.evaluate(INSTALL_PROBE);
}

/** "longest task 92 ms, longest gap between frames 120 ms; JS heap 108 MB" since `installPageProbe`. */
export async function pageProbeReport(page: Page): Promise<string> {
  const probe = await page.evaluate(() => window.__pageProbe);
  const heap: unknown = await page.evaluate(() => Reflect.get(performance, "memory")?.usedJSHeapSize);
  const heapMb = typeof heap === "number" ? `${Math.round(heap / 2 ** 20)} MB` : "n/a";
  return `longest task ${Math.round(Math.max(0, ...probe.longTasks))} ms, longest gap between frames ${Math.round(probe.maxGap)} ms; JS heap ${heapMb}`;
}
