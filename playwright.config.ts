import { defineConfig, devices } from "@playwright/test";
import { browserLaunchOptions } from "./e2e/support/browser.ts";
import { E2E_OUT_DIR as OUT_DIR, E2E_PORT as PORT } from "./e2e/support/served.ts";

/** End-to-end tests run against the production build, in Debian's Chromium when it is there. */
export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    launchOptions: browserLaunchOptions(),
    trace: "off",
    // The app's service worker would precache the whole build in every test (requests the
    // specs count, files they replace): only e2e/offline.spec.ts allows it.
    serviceWorkers: "block",
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], launchOptions: browserLaunchOptions() } }],
  webServer: {
    // A build of its own per port, so parallel runs never serve each other's half-written files.
    // `--mode e2e`: a production build in which the `?storage=` test flags work (src/drafts/storage/storeFromUrl.ts).
    command: `npx vite build --mode e2e --logLevel error --outDir ${OUT_DIR} --emptyOutDir && npx vite preview --mode e2e --outDir ${OUT_DIR} --port ${PORT} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
  },
});
