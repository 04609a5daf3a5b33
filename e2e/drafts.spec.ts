import { mkdirSync, readFileSync, truncateSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type BrowserContext, type Dialog, type Download, type Page } from "@playwright/test";
import { exampleDraft } from "../src/domain/examples/index.ts";
import { renderReport } from "../src/domain/render/render.ts";
import { storedDraft } from "./support/storedDraft.ts";
import { fill, openStep, startReport, steps } from "./support/wizard.ts";

/** Drafts never lost: autosave and reload, several drafts, export/import, two tabs, storage failures, corrupt data. */

const OWNER = "Ëxample CA «Ω» 🔐";
const TITLE = 'OCSP responses signed with SHA-1 & "quotes" <b>';

function header(page: Page) {
  return page.getByRole("banner");
}

async function downloadText(page: Page, click: () => Promise<void>): Promise<{ text: string; download: Download }> {
  const [download] = await Promise.all([page.waitForEvent("download"), click()]);
  const path = await download.path();
  return { text: readFileSync(path, "utf8"), download };
}

async function exportDraft(page: Page) {
  return downloadText(page, () => header(page).getByRole("button", { name: "Export draft" }).click());
}

async function importFile(page: Page, name: string, text: string | Buffer) {
  await page.getByLabel("Import draft file").setInputFiles({ name, mimeType: "application/json", buffer: Buffer.from(text) });
}

async function savedDrafts(page: Page) {
  await header(page).getByRole("button", { name: "Drafts" }).click();
  const dialog = page.getByRole("dialog", { name: "Drafts" });
  await expect(dialog).toBeVisible();
  return dialog;
}

test("typing into several steps and reloading at once keeps every character and the step", async ({ page }) => {
  await startReport(page, "Full incident report");
  await fill(page, "CA Owner", OWNER);
  await fill(page, "Brief title", TITLE);
  await fill(page, "Incident description", "Line one\n\nLine *two* with `code`");
  await fill(page, "Relevant policies", "TLS BRs 7.1.3.2.1");
  await openStep(page, "Impact");
  await fill(page, "Incident heuristic", "All certificates issued by ");
  await page.getByLabel("Incident heuristic", { exact: true }).pressSequentially("sub-CA X");
  await page.reload();

  await expect(page.getByRole("heading", { level: 2, name: "Impact", exact: true })).toBeVisible();
  await expect(page.getByLabel("Incident heuristic", { exact: true })).toHaveValue("All certificates issued by sub-CA X");
  await openStep(page, "Summary");
  await expect(page.getByLabel("CA Owner", { exact: true })).toHaveValue(OWNER);
  await expect(page.getByLabel("Brief title", { exact: true })).toHaveValue(TITLE);
  await expect(page.getByLabel("Incident description", { exact: true })).toHaveValue("Line one\n\nLine *two* with `code`");
  await expect(page.getByLabel("Relevant policies", { exact: true })).toHaveValue("TLS BRs 7.1.3.2.1");
  await expect(header(page).getByText(/^Saved \d/)).toBeVisible();
});

test("closing the page and opening a new one reopens the draft as it was", async ({ page, context }) => {
  await startReport(page, "Full incident report");
  await fill(page, "CA Owner", OWNER);
  await page.getByLabel("Brief title", { exact: true }).pressSequentially("Closed tab");
  await page.close({ runBeforeUnload: true });

  const again = await context.newPage();
  await again.goto("/");
  await expect(steps(again)).toBeVisible();
  await expect(again.getByLabel("CA Owner", { exact: true })).toHaveValue(OWNER);
  await expect(again.getByLabel("Brief title", { exact: true })).toHaveValue("Closed tab");
});

test("export then import gives an identical draft, opened as a new one", async ({ page }) => {
  await page.goto("/?example=full-misissuance-revocation-delay");
  await expect(steps(page)).toBeVisible();
  await fill(page, "Brief title", TITLE);
  const first = await exportDraft(page);
  expect(first.download.suggestedFilename()).toMatch(/^[a-z0-9-]+\.json$/);
  expect(first.text).toMatch(/^\{\n {2}"format": "ccadb-incident-report-draft",\n {2}"version": 1,/);
  expect(JSON.parse(first.text)).toMatchObject({ title: TITLE });

  await importFile(page, first.download.suggestedFilename(), first.text);
  const dialog = await savedDrafts(page);
  await expect(dialog.getByRole("listitem")).toHaveCount(2);
  await dialog.getByRole("button", { name: "Close" }).click();
  const second = await exportDraft(page);
  expect(second.text).toBe(first.text);
});

test("a broken file is refused with every problem named, and the open draft is untouched", async ({ page }) => {
  await startReport(page, "Full incident report");
  await fill(page, "CA Owner", OWNER);
  const before = await exportDraft(page);

  await importFile(page, "broken.json", "{ \"format\": ");
  const error = page.getByRole("alertdialog", { name: "This file cannot be imported" });
  await expect(error).toBeVisible();
  await expect(error).toContainText("broken.json is not valid JSON");
  await error.getByRole("button", { name: "Close" }).click();

  const wrong = { ...JSON.parse(before.text), kind: "final", extra: true, impact: { ...JSON.parse(before.text).impact, totalCertificates: "many" } };
  await importFile(page, "wrong.json", JSON.stringify(wrong));
  await expect(error.getByRole("listitem").filter({ hasText: /^Report kind: / })).toHaveCount(1);
  await expect(error.getByRole("listitem").filter({ hasText: 'unknown key "extra"' })).toHaveCount(1);
  await expect(error.getByRole("listitem").filter({ hasText: /^Total number of certificates: / })).toHaveCount(1);
  await error.getByRole("button", { name: "Close" }).click();

  // Over the limit: a file on disk (sparse, never read), since Playwright will not send 64 MB as a buffer.
  const huge = test.info().outputPath("huge.json");
  mkdirSync(dirname(huge), { recursive: true });
  writeFileSync(huge, "");
  truncateSync(huge, 64 * 1024 * 1024 + 1);
  await page.getByLabel("Import draft file").setInputFiles(huge);
  await expect(error).toContainText("huge.json is 64.1 MB: the limit for a draft file is 64 MB; nothing was read");
  await error.getByRole("button", { name: "Close" }).click();

  // What `ccadb-report validate` refuses, with its messages: UTF-16, NUL characters, nesting no draft has.
  await importFile(page, "utf16.json", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(before.text, "utf16le")]));
  await expect(error).toContainText("utf16.json is UTF-16 text, not UTF-8: save it as UTF-8 (a draft is a JSON file)");
  await error.getByRole("button", { name: "Close" }).click();
  await importFile(page, "nul.json", JSON.stringify({ ...JSON.parse(before.text), title: "a\u0000b" }));
  await expect(error.getByRole("listitem")).toHaveText(["Brief title: holds an invisible NUL character (U+0000), which no report can hold: remove it"]);
  await error.getByRole("button", { name: "Close" }).click();
  await importFile(page, "deep.json", `{"a":${"[".repeat(1000)}${"]".repeat(1000)}}`);
  await expect(error).toContainText("deep.json nests JSON arrays and objects more than 64 levels deep (at line 1, column 69)");
  await error.getByRole("button", { name: "Close" }).click();

  await expect(page.getByLabel("CA Owner", { exact: true })).toHaveValue(OWNER);
  expect((await exportDraft(page)).text).toBe(before.text);
  const dialog = await savedDrafts(page);
  await expect(dialog.getByRole("listitem")).toHaveCount(1);
});

/** A draft open in two tabs, the first tab saving after the second opened it: the second is warned. */
async function twoTabsInConflict(page: Page, context: BrowserContext) {
  await startReport(page, "Full incident report");
  await fill(page, "CA Owner", "First tab");
  await expect.poll(async () => (await storedDraft(page))?.caOwner).toBe("First tab");
  const other = await context.newPage();
  await other.goto("/");
  await expect(other.getByLabel("CA Owner", { exact: true })).toHaveValue("First tab");
  await fill(page, "Brief title", "Typed in the first tab");
  const banner = other.getByRole("alert").filter({ hasText: "This draft was changed in another tab" });
  await expect(banner).toBeVisible();
  return { other, banner };
}

test("two tabs on the same draft: the other tab is warned and chooses", async ({ page, context }) => {
  const { other, banner } = await twoTabsInConflict(page, context);
  // The second tab's own edit is held back, not written over the first tab's.
  await fill(other, "CA Owner", "Second tab");
  await banner.getByRole("button", { name: "Reload it" }).click();
  await expect(banner).toBeHidden();
  await expect(other.getByLabel("Brief title", { exact: true })).toHaveValue("Typed in the first tab");
  await expect(other.getByLabel("CA Owner", { exact: true })).toHaveValue("First tab");
  // The second tab's edit is not lost: it is a draft of its own, named in a notice and listed in Drafts.
  const kept = other.getByRole("status").filter({ hasText: "This tab’s changes are kept as the draft" });
  await expect(kept).toContainText("“Untitled (this tab's changes)”");
  // The notice has the focus the vanished "Reload it" button had, so it is read out.
  await expect(kept.getByText(/This tab’s changes are kept/)).toBeFocused();
  expect((await new AxeBuilder({ page: other }).analyze()).violations.map((v) => v.id)).toEqual([]);
  const list = await savedDrafts(other);
  // The copy's report keeps its title as it was (none); only the list names it.
  await expect(list).toContainText("Second tab: Brief title (this tab's changes)");
  await list.getByRole("button", { name: "Close" }).click();
  await kept.getByRole("button", { name: "Dismiss" }).click();
  await expect(kept).toBeHidden();

  // Keep mine, confirmed: the first tab is warned in turn.
  await fill(page, "CA Owner", "First again");
  await expect(banner).toBeVisible();
  await banner.getByRole("button", { name: "Keep mine" }).click();
  await other.getByRole("alertdialog", { name: "Keep this tab's version?" }).getByRole("button", { name: "Replace their changes" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "This draft was changed in another tab" })).toBeVisible();
});

/** Closes the page the way a user closes a tab; resolves with the dialogs it raised (each dismissed: the user stays). */
async function closeTab(page: Page): Promise<string[]> {
  const dialogs: string[] = [];
  const record = (dialog: Dialog) => {
    dialogs.push(dialog.type());
    void dialog.dismiss();
  };
  page.on("dialog", record);
  await page.close({ runBeforeUnload: true });
  // The page is gone, or it stayed because a prompt was dismissed.
  await expect.poll(() => page.isClosed() || dialogs.length > 0).toBe(true);
  page.off("dialog", record);
  return dialogs;
}

test("closing a tab whose edits would be lost asks first: changed in another tab, or storage failing", async ({ page, context }) => {
  const { other, banner } = await twoTabsInConflict(page, context);
  // A user's click gives the page the activation browsers require before they ask.
  await other.getByLabel("CA Owner", { exact: true }).click();
  await fill(other, "CA Owner", "Second tab");
  expect(await closeTab(other)).toEqual(["beforeunload"]);
  expect(other.isClosed()).toBe(false);
  await expect(other.getByLabel("CA Owner", { exact: true })).toHaveValue("Second tab");

  // Resolved: nothing to lose, so the tab closes without asking.
  await banner.getByRole("button", { name: "Reload it" }).click();
  await expect(banner).toBeHidden();
  expect(await closeTab(other)).toEqual([]);
  await expect.poll(() => other.isClosed()).toBe(true);

  const failing = await context.newPage();
  await failing.goto("/?storage=fail");
  await failing.getByRole("button", { name: /^Full incident report/ }).click();
  await fill(failing, "CA Owner", OWNER);
  await expect(failing.getByRole("alert").filter({ hasText: "Drafts are not being saved" })).toBeVisible();
  expect(await closeTab(failing)).toEqual(["beforeunload"]);

  // The first tab saved everything: it closes without asking.
  await page.getByLabel("Brief title", { exact: true }).click();
  expect(await closeTab(page)).toEqual([]);
});

test("storage that fails shows a banner, keeps the work, and exports it", async ({ page }) => {
  await page.goto("/?storage=fail");
  await page.getByRole("button", { name: /^Full incident report/ }).click();
  await fill(page, "CA Owner", OWNER);
  const banner = page.getByRole("alert").filter({ hasText: "Drafts are not being saved" });
  await expect(banner).toBeVisible();
  await expect(banner).toContainText("does not allow storage");
  const { text } = await downloadText(page, () => banner.getByRole("button", { name: "Export draft" }).click());
  expect(JSON.parse(text)).toMatchObject({ caOwner: OWNER, kind: "full" });
});

test("a full disk (quota exceeded) shows the banner too", async ({ page }) => {
  await page.goto("/?storage=full");
  await page.getByRole("button", { name: /^Full incident report/ }).click();
  await fill(page, "CA Owner", OWNER);
  await expect(page.getByRole("alert").filter({ hasText: "Drafts are not being saved" })).toContainText("quota exceeded");
});

test("drafts list: new, duplicate, rename, delete with undo", async ({ page }) => {
  await startReport(page, "Full incident report");
  await fill(page, "CA Owner", "Example CA");
  await fill(page, "Brief title", "First");
  let dialog = await savedDrafts(page);
  await dialog.getByRole("button", { name: "New draft" }).click();
  await page.getByRole("button", { name: /^Closure summary/ }).click();
  await fill(page, "CA Owner", "Other CA");

  dialog = await savedDrafts(page);
  const items = dialog.getByRole("listitem");
  await expect(items).toHaveCount(2);
  await expect(items.first()).toContainText("Other CA: Brief title");
  await expect(items.first()).toContainText("Closure");
  await dialog.getByRole("button", { name: "Duplicate Example CA: First" }).click();
  await expect(items).toHaveCount(3);
  await dialog.getByRole("button", { name: "Rename Example CA: First (copy)" }).click();
  await dialog.getByLabel("New brief title").fill("Second");
  await dialog.getByRole("button", { name: "Save title" }).click();
  await expect(dialog.getByRole("listitem").getByText("Example CA: Second")).toBeVisible();

  await dialog.getByRole("button", { name: "Delete Example CA: First" }).click();
  await expect(items).toHaveCount(2);
  await dialog.getByRole("button", { name: "Undo" }).click();
  await expect(items).toHaveCount(3);

  await dialog.getByRole("button", { name: "Open Example CA: First" }).click();
  await expect(page.getByLabel("Brief title", { exact: true })).toHaveValue("First");
  dialog = await savedDrafts(page);
  await dialog.getByRole("button", { name: "Mark as posted" }).click();
  await expect(dialog).toContainText("Open draft marked posted");
});

test("a corrupt stored draft is reported with its problems, exportable and discardable", async ({ page }) => {
  await startReport(page, "Full incident report");
  await fill(page, "CA Owner", "Soon corrupt");
  await expect.poll(async () => (await storedDraft(page))?.caOwner).toBe("Soon corrupt");
  await page.evaluate(async () => {
    const open = indexedDB.open("ccadb-incident-report");
    const db = await new Promise<IDBDatabase>((resolve) => (open.onsuccess = () => resolve(open.result)));
    const store = db.transaction("drafts", "readwrite").objectStore("drafts");
    const id = await new Promise<string>((resolve) => {
      const request = store.get("lastOpened");
      request.onsuccess = () => resolve(String(request.result));
    });
    await new Promise<void>((resolve) => {
      const request = store.get(`draft:${id}`);
      request.onsuccess = () => {
        const record = request.result;
        record.draft.kind = "final";
        record.draft.impact.totalCertificates = "lots";
        store.put(record, `draft:${id}`).onsuccess = () => resolve();
      };
    });
  });
  await page.reload();
  const dialog = page.getByRole("alertdialog", { name: "A saved draft cannot be opened" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("listitem").filter({ hasText: /^Report kind: / })).toHaveCount(1);
  await expect(dialog.getByRole("listitem").filter({ hasText: /^Total number of certificates: / })).toHaveCount(1);
  const { text } = await downloadText(page, () => dialog.getByRole("button", { name: "Export raw data" }).click());
  expect(JSON.parse(text)).toMatchObject({ draft: { caOwner: "Soon corrupt", kind: "final" } });
  await dialog.getByRole("button", { name: "Discard" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("heading", { name: "Which report are you writing?" })).toBeVisible();
  // Discard has Undo, as any delete: the stored data comes back as it was.
  const toast = page.getByRole("status").filter({ hasText: "Deleted “(unreadable draft)”" });
  // At the bottom of the window, leaving the header's buttons free (it once covered them for ten seconds).
  expect((await toast.getByRole("button", { name: "Undo" }).boundingBox())?.y).toBeGreaterThan((page.viewportSize()?.height ?? 0) / 2);
  await header(page).getByRole("button", { name: "Drafts" }).click({ timeout: 2000 });
  await page.getByRole("dialog", { name: "Drafts" }).getByRole("button", { name: "Close" }).click();
  await toast.getByRole("button", { name: "Undo" }).click();
  let list = await savedDrafts(page);
  await expect(list).toContainText("(unreadable draft)");
  await list.getByRole("button", { name: /^Open / }).click();
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Discard" }).click();
  await expect(dialog).toBeHidden();
  list = await savedDrafts(page);
  await expect(list).toContainText("No saved drafts yet");
});

test("a posted Markdown report opens as a new draft, saying what was set aside", async ({ page }) => {
  await startReport(page, "Full incident report");
  await fill(page, "CA Owner", "Untouched CA");
  const example = exampleDraft("full-no-certificates");
  let dialog = await savedDrafts(page);
  await dialog.getByRole("button", { name: "Import a posted report" }).click();
  const importer = page.getByRole("dialog", { name: "Import a posted report" });
  // Only a text with nothing in it is refused (any other text is read, as free text at least).
  await importer.getByLabel("Posted report").fill("   \n\n   ");
  await importer.getByRole("button", { name: "Import as new draft" }).click();
  await expect(importer.getByRole("alert")).toContainText("This is not an incident report: it holds no text");

  await importer.getByLabel("Posted report").fill(renderReport(example).replace("### Impact", "A stray remark.\n\n### Impact"));
  await importer.getByLabel("Bugzilla summary line (optional)").fill(`${example.caOwner}: ${example.title}`);
  await importer.getByRole("button", { name: "Import as new draft" }).click();
  const result = page.getByRole("dialog", { name: "Report imported as a new draft" });
  await expect(result.getByRole("status")).toContainText("1 piece was set aside");
  await result.getByRole("button", { name: "Close" }).click();
  await expect(page.getByRole("region", { name: "From the imported report, not placed yet" })).toContainText("A stray remark.");
  await expect(page.getByLabel("CA Owner", { exact: true })).toHaveValue(example.caOwner);
  dialog = await savedDrafts(page);
  await expect(dialog.getByRole("listitem")).toHaveCount(2);
  await expect(dialog).toContainText("Untouched CA");
});

for (const scheme of ["light", "dark"] as const) {
  test(`axe finds nothing in the drafts dialog and the storage banner (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto("/?storage=full");
    await page.getByRole("button", { name: /^Full incident report/ }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Drafts are not being saved" })).toBeVisible();
    expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);
    await savedDrafts(page);
    expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);
  });
}

test("at 360 px wide the header and the drafts dialog fit without sideways scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await startReport(page, "Full incident report");
  const dialog = await savedDrafts(page);
  await expect(dialog.getByRole("button", { name: "New draft" })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});
