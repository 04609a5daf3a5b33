import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, expect, test, type BrowserContext } from "@playwright/test";
import { browserLaunchOptions } from "./support/browser.ts";
import { startReport } from "./support/wizard.ts";

/**
 * Steady typing survives a killed browser (SIGKILL of the browser process,
 * not a page close: no pagehide, no beforeunload): at most the last 2 s of
 * typing may be missing after a restart with the same profile.
 */

/** The browser process started with this profile (not its helpers, which carry --type=). */
function browserPid(profile: string): number {
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    let args: string[];
    try {
      args = readFileSync(`/proc/${entry}/cmdline`, "utf8").split("\0");
    } catch {
      continue;
    }
    if (args.some((arg) => arg.includes(profile)) && !args.some((arg) => arg.startsWith("--type="))) return Number(entry);
  }
  throw new Error(`no browser process for ${profile}`);
}

test("typing a key every 150 ms for 6 s, then killing the browser: at most the last 2 s are lost", async ({ baseURL }) => {
  test.setTimeout(120_000);
  const profile = mkdtempSync(join(tmpdir(), "ccadb-kill-"));
  const open: BrowserContext[] = [];
  const launch = async () => {
    const context = await chromium.launchPersistentContext(profile, { ...browserLaunchOptions(), baseURL });
    open.push(context);
    return context;
  };
  try {
    const context = await launch();
    const page = context.pages()[0] ?? (await context.newPage());
    await startReport(page, "Full incident report");
    const field = page.getByLabel("Brief title", { exact: true });
    await field.focus();
    const text = "Steady typing is saved every two seconds. ";
    // Typed by a timer in the page: round trips from the test would space the keys unevenly on a busy machine.
    await page.evaluate((chars) => {
      const typed: number[] = [];
      Reflect.set(window, "__typed", typed);
      const timer = setInterval(() => {
        document.execCommand("insertText", false, chars[typed.length % chars.length]);
        typed.push(Date.now());
      }, 150);
      Reflect.set(window, "__stopTyping", () => clearInterval(timer));
    }, text);
    await page.waitForTimeout(6000);
    const typedAt = await page.evaluate(() => {
      Reflect.get(window, "__stopTyping")();
      const typed: unknown = Reflect.get(window, "__typed");
      return Array.isArray(typed) ? typed.map(Number) : [];
    });
    const killedAt = typedAt.at(-1) ?? 0;
    process.kill(browserPid(profile), "SIGKILL");

    const again = await launch();
    const reopened = again.pages()[0] ?? (await again.newPage());
    await reopened.goto("/");
    const saved = await reopened.getByLabel("Brief title", { exact: true }).inputValue();
    const typed = typedAt.map((_, i) => text[i % text.length]).join("");
    const safe = typedAt.filter((t) => t <= killedAt - 2000).length;
    // On a loaded machine a key may come > 300 ms late, which lets the plain debounce save too: say so on failure.
    const gaps = typedAt.slice(1).map((t, i) => t - typedAt[i]);
    expect(typed.startsWith(saved), `"${saved}" is what was typed`).toBe(true);
    expect(saved.length, `${typed.length} keys typed, ${safe} of them more than 2 s before the kill; longest gap ${Math.max(...gaps)} ms`).toBeGreaterThanOrEqual(safe);
  } finally {
    for (const context of open) await context.close().catch(() => {});
    rmSync(profile, { recursive: true, force: true, maxRetries: 5 });
  }
});
