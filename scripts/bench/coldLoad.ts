/**
 * Cold load over a slow network, for `bench:bundle`: Chromium with DevTools'
 * "Fast 3G" throttling (CDP) and the HTTP cache off, against `vite preview`
 * of a build. Three visits: a new visitor (navigation start to the Start
 * screen painted), a returning user without the service worker (to their
 * draft's first step painted, the draft read back from IndexedDB, every file
 * over the network), and a returning user whose service worker installed on
 * the first visit (the app from its precache). Median of a few runs each.
 */
import type { Browser, Page } from "playwright-core";
import { serveBuild } from "./served.ts";

/** Chrome DevTools' "Fast 3G" preset. */
const FAST_3G = { offline: false, latency: 562.5, downloadThroughput: (1.6 * 1000 * 1000) / 8 * 0.9, uploadThroughput: (750 * 1000) / 8 * 0.9 };
// Five: on a shared 2-core machine one run in three or four can be slowed by other work.
const RUNS = 5;

export type ColdLoad = { startScreen: number[]; returningDraft: number[]; returningOffline: number[] };

const STEP_SHOWN = () => {
  const form = document.querySelector('form[aria-label="Incident report"]');
  return form?.querySelector("[data-step-heading]") && form.querySelector("input, textarea") ? performance.now() : 0;
};
const START_SHOWN = () => (document.getElementById("start-heading") ? performance.now() : 0);

/** Milliseconds from navigation start to the frame where `shown` first holds, cold, throttled. */
async function throttledVisit(page: Page, url: string, shown: () => number): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  await cdp.send("Network.emulateNetworkConditions", FAST_3G);
  await page.goto(url, { waitUntil: "commit" });
  // Polled once per animation frame: the time is that of the first frame showing it.
  const at = await page.waitForFunction(shown, undefined, { polling: "raf", timeout: 120_000 });
  const ms = Number(await at.jsonValue());
  await cdp.detach();
  return ms;
}

/** Makes a draft (unthrottled), so the next visit is a returning user's; with `worker`, waits until it is installed. */
async function makeDraft(page: Page, url: string, worker: boolean): Promise<void> {
  await page.goto(`${url}?example=full-misissuance-revocation-delay`);
  await page.waitForFunction(STEP_SHOWN, undefined, { polling: "raf" });
  if (worker) await page.evaluate(async () => Boolean(await navigator.serviceWorker.ready));
  await page.waitForTimeout(500);
  await page.close();
}

async function once(browser: Browser, url: string): Promise<{ start: number; draft: number; offline: number }> {
  // Without the service worker: every visit downloads the app (the HTTP cache is off too).
  const plain = await browser.newContext({ viewport: { width: 1400, height: 900 }, serviceWorkers: "block" });
  const installed = await browser.newContext({ viewport: { width: 1400, height: 900 }, serviceWorkers: "allow" });
  try {
    const page = await plain.newPage();
    const start = await throttledVisit(page, url, START_SHOWN);
    await makeDraft(await plain.newPage(), url, false);
    const draft = await throttledVisit(page, url, STEP_SHOWN);

    await makeDraft(await installed.newPage(), url, true);
    const offline = await throttledVisit(await installed.newPage(), url, STEP_SHOWN);
    return { start, draft, offline };
  } finally {
    await plain.close();
    await installed.close();
  }
}

export async function coldLoad(root: string, outDir: string): Promise<ColdLoad> {
  const served = await serveBuild(root, outDir, 4193);
  try {
    const result: ColdLoad = { startScreen: [], returningDraft: [], returningOffline: [] };
    for (let i = 0; i < RUNS; i++) {
      const { start, draft, offline } = await once(served.browser, served.url);
      result.startScreen.push(start);
      result.returningDraft.push(draft);
      result.returningOffline.push(offline);
    }
    return result;
  } finally {
    await served.close();
  }
}

export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
