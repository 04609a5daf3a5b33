import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

/** Flags that keep Chromium off the network and quiet on a closed machine. */
const QUIET_FLAGS = [
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-gpu",
];

function bundledChromium(): string {
  try {
    return chromium.executablePath();
  } catch {
    return "";
  }
}

const SYSTEM_CHROMIUM = ["/usr/bin/chromium", "/usr/bin/chromium-browser"];

/**
 * Playwright cannot download browsers here, so prefer Debian's Chromium and fall
 * back to a Playwright-installed one. Without either, fail with a fix.
 */
export function browserLaunchOptions(): { executablePath?: string; args: string[] } {
  const args = [...QUIET_FLAGS];
  if (process.getuid?.() === 0) args.push("--no-sandbox");
  const system = process.env.CHROMIUM_PATH ?? SYSTEM_CHROMIUM.find((path) => existsSync(path));
  if (system) return { executablePath: system, args };
  if (existsSync(bundledChromium())) return { args };
  throw new Error(
    "No Chromium found for the end-to-end tests. Install Debian's: `sudo apt-get install -y chromium` " +
      "(or set CHROMIUM_PATH to a Chromium binary, or run `npx playwright install chromium` where downloads work).",
  );
}
