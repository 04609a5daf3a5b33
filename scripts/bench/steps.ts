/**
 * `npm run bench:steps [-- --runs 5]`: how long opening each wizard step
 * takes, from the click in the step list to the next frame after the step's
 * heading is on the page, for a normal example (11 timeline entries, 5 action
 * items) and the large one (120 timeline entries, 30 action items), in
 * Chromium against `vite preview` of a production build. Median of `runs`
 * openings, each from the Summary step. Target (issue 12): every step of the
 * large example within twice the time of the same step of the normal one.
 * Prints PASS/FAIL; never fails the process for a miss.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import type { Browser, Page } from "playwright-core";
import { build } from "vite";
import { serveBuild } from "./served.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const TARGET_RATIO = 2;
const NORMAL = "full-misissuance-revocation-delay";
const STEPS = ["Impact", "Timeline", "Related Incidents", "Root Causes", "Lessons Learned", "Action Items", "Appendix", "Review"];

const { values: options } = parseArgs({ options: { runs: { type: "string", default: "5" } } });

/**
 * In the page: click the step, wait for its heading, then for the frame after
 * it (the step has painted): `painted`. `complete`: the last change to the
 * form's DOM before 200 ms without one (long lists fill in after the first paint).
 */
function openStep(label: string): Promise<{ painted: number; complete: number }> {
  const button = [...document.querySelectorAll<HTMLButtonElement>('nav[aria-label="Steps"] button')].find(
    (b) => b.textContent?.replace(/^\d+/, "").trim().startsWith(label) ?? false,
  );
  if (!button) throw new Error(`no step button ${label}`);
  const start = performance.now();
  button.click();
  // No named inner functions: tsx would wrap them in a helper the page does not have.
  return new Promise((resolve) => {
    const selector = `h2[data-step-heading="${label}"]`;
    const form = document.querySelector('form[aria-label="Incident report"]') ?? document.body;
    let painted = NaN;
    let last = start;
    const observer = new MutationObserver(() => {
      last = performance.now();
      if (!Number.isNaN(painted) || !document.querySelector(selector)) return;
      painted = -1;
      requestAnimationFrame(() =>
        setTimeout(() => {
          painted = performance.now() - start;
          const timer = setInterval(() => {
            if (performance.now() - last < 200) return;
            clearInterval(timer);
            observer.disconnect();
            resolve({ painted, complete: Math.max(painted, last - start) });
          }, 50);
        }, 0),
      );
    });
    observer.observe(form, { subtree: true, childList: true });
  });
}

async function open(page: Page, label: string): Promise<{ painted: number; complete: number }> {
  return page.evaluate(openStep, label);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

type Figures = { painted: number; complete: number };

async function measureExample(browser: Browser, url: string, example: string, runs: number): Promise<Map<string, Figures>> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(`${url}?example=${example}`);
  await page.waitForSelector("[data-preview-content] h2");
  const result = new Map<string, Figures>();
  // Every step's code once, so the figures are of rendering, not of loading a chunk.
  for (const step of STEPS) await open(page, step);
  for (const step of STEPS) {
    const times: Figures[] = [];
    for (let i = 0; i < runs; i++) {
      await open(page, "Summary");
      await page.waitForTimeout(150);
      times.push(await open(page, step));
    }
    result.set(step, { painted: median(times.map((t) => t.painted)), complete: median(times.map((t) => t.complete)) });
  }
  await page.close();
  return result;
}

async function main() {
  const runs = Number(options.runs);
  const outDir = mkdtempSync(join(tmpdir(), "ccadb-bench-steps-"));
  await build({ root: ROOT, logLevel: "error", build: { outDir, emptyOutDir: true } });
  const { url, browser, close } = await serveBuild(ROOT, outDir, 4192);
  try {
    const normal = await measureExample(browser, url, NORMAL, runs);
    const large = await measureExample(browser, url, "large", runs);
    console.log(`Chromium ${browser.version()}, ${cpus().length} CPU(s) (${cpus()[0]?.model ?? "unknown"}), median of ${runs} openings from Summary`);
    console.log("painted: the step's heading and first items on screen; complete: the form's DOM settled (long lists fill in after painting)");
    console.log(`${"step".padEnd(18)} ${"normal".padStart(8)} ${"large".padStart(8)}  ratio   complete: normal / large`);
    let worst = 0;
    const ms = (n: number) => `${n.toFixed(0)} ms`.padStart(8);
    for (const step of STEPS) {
      const n = normal.get(step) ?? { painted: NaN, complete: NaN };
      const l = large.get(step) ?? { painted: NaN, complete: NaN };
      const ratio = l.painted / n.painted;
      worst = Math.max(worst, ratio);
      console.log(`${step.padEnd(18)} ${ms(n.painted)} ${ms(l.painted)}  ${ratio.toFixed(1)}x   ${ms(n.complete)} / ${ms(l.complete)}`);
    }
    const timeline = (large.get("Timeline")?.painted ?? NaN) / (normal.get("Timeline")?.painted ?? NaN);
    console.log(`Timeline step, large vs normal: ${timeline.toFixed(1)}x, target <= ${TARGET_RATIO}x  ${timeline <= TARGET_RATIO ? "PASS" : "FAIL"}`);
    console.log(`Every step, large vs normal: worst ${worst.toFixed(1)}x, target <= ${TARGET_RATIO}x  ${worst <= TARGET_RATIO ? "PASS" : "FAIL"}`);
  } finally {
    await close();
    rmSync(outDir, { recursive: true, force: true });
  }
}

await main();
