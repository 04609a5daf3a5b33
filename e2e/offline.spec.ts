/**
 * Offline after one visit, and an update that waits for the user: the app,
 * the draft, the preview and the Appendix's certificate worker all work with
 * the network off; back online, a newer build (the served sw.js changed, as a
 * deploy changes it) is offered, and accepting it keeps the draft, even the
 * words typed just before the click.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { OpenSslFactory } from "../src/test/openssl.ts";
import { E2E_OUT_DIR } from "./support/served.ts";
import { storedDraft } from "./support/storedDraft.ts";
import { fill, openStep, preview, startReport } from "./support/wizard.ts";

test.use({ serviceWorkers: "allow" });

const OWNER = "Offline Example CA";
const TITLE = "Certificates issued with a wrong keyUsage";
const SW_FILE = join(E2E_OUT_DIR, "sw.js");

let certificates: OpenSslFactory;
let certificate: string;
test.beforeAll(() => {
  certificates = new OpenSslFactory();
  certificate = certificates.leaf({ name: "offline", subject: "/CN=offline.example.com", serial: "0x0ff1", dnsNames: ["offline.example.com"] });
});
test.afterAll(() => certificates?.dispose());

/** Every URL in the page's Cache Storage. */
function cachedUrls(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
    }
    return urls;
  });
}

test("after one visit the app, the draft, the preview and the Appendix work offline; a newer build is offered and keeps the draft", async ({ page, context, baseURL }) => {
  await startReport(page, "Full incident report");
  await fill(page, "CA Owner", OWNER);
  await fill(page, "Brief title", TITLE);
  // Saved before going offline (the worker's install writes to the same storage at the same time).
  await expect.poll(async () => (await storedDraft(page))?.title).toBe(TITLE);

  // The app's own signal that the worker is installed (its precache complete) and active.
  expect(await page.evaluate(async () => Boolean((await navigator.serviceWorker.ready).active))).toBe(true);
  const origin = new URL(baseURL ?? "").origin;
  const cached = await cachedUrls(page);
  expect(cached.filter((url) => new URL(url).origin !== origin)).toEqual([]);
  for (const file of [/\/index\.html/, /\/assets\/appendix\.worker-[\w-]+\.js/, /\/assets\/ca-compliance-bugs-[\w-]+\.json/, /\/assets\/AppendixStep-[\w-]+\.js/]) {
    expect(cached.some((url) => file.test(url)), `precached: ${file}`).toBe(true);
  }

  // Installable: Chromium finds nothing missing in the manifest, its icons or the worker
  // (a Playwright context is an incognito profile, which is never offered an install).
  const cdp = await context.newCDPSession(page);
  const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
  expect(installabilityErrors.map((e) => e.errorId).filter((id) => id !== "in-incognito")).toEqual([]);
  const manifest = await cdp.send("Page.getAppManifest");
  expect(manifest.errors).toEqual([]);
  // The relative start URL and scope resolve to the folder the app is served from.
  expect(manifest.manifest).toMatchObject({ display: "kStandalone", startUrl: `${origin}/`, scope: `${origin}/` });
  expect(manifest.manifest?.icons?.map((icon) => icon.sizes)).toEqual(expect.arrayContaining(["192x192", "512x512"]));
  await cdp.detach();

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByLabel("CA Owner", { exact: true })).toHaveValue(OWNER);
  await expect(page.getByLabel("Brief title", { exact: true })).toHaveValue(TITLE);
  await expect(preview(page).getByText(TITLE)).toBeVisible();
  await openStep(page, "Appendix");
  await page.getByLabel("Certificate files", { exact: true }).setInputFiles(certificate);
  const rows = page.getByRole("table", { name: "Certificate counts" }).getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Certificates (rows)", exact: true }) });
  await expect(rows.getByRole("cell")).toHaveText("1");

  // A deploy: the served worker changes. Coming back online, the app checks and offers it.
  const original = readFileSync(SW_FILE, "utf8");
  try {
    writeFileSync(SW_FILE, `${original}\n// a newer build: ${Date.now()}\n`);
    await context.setOffline(false);
    const notice = page.getByRole("status").filter({ hasText: "A new version of the app is ready" });
    await expect(notice).toBeVisible();

    // Words typed just before the click are saved before the reload.
    await openStep(page, "Summary");
    await fill(page, "Relevant policies", "TLS BRs 7.1.2.7.10");
    await Promise.all([page.waitForEvent("load"), notice.getByRole("button", { name: "Update now" }).click()]);
    await expect(page.getByLabel("Relevant policies", { exact: true })).toHaveValue("TLS BRs 7.1.2.7.10");
    await expect(page.getByLabel("Brief title", { exact: true })).toHaveValue(TITLE);
    await expect(notice).toBeHidden();
    // The newer worker now controls the page and nothing waits any more.
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null)).toBeNull();
  } finally {
    writeFileSync(SW_FILE, original);
  }
});
