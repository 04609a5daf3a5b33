/**
 * The preview and its output buttons, as a user meets them: copying (with
 * and without clipboard permission), downloading, opening Bugzilla's form,
 * and typed script payloads that must never run. Nothing leaves the origin.
 */
import { readFile } from "node:fs/promises";
import { preview } from "./support/wizard.ts";
import { expect, test, type BrowserContext, type Page } from "@playwright/test";
import { exampleDraft } from "../src/domain/examples/index.ts";
import { newBugLink, summaryLine } from "../src/domain/render/bugzilla.ts";
import { renderReport } from "../src/domain/render/render.ts";

const EXAMPLE = "full-no-certificates";

type Network = { foreign: string[]; bugzilla: string[] };

/** Records requests that leave the app's origin; Bugzilla's form is recorded and aborted, never loaded. */
async function guardNetwork(context: BrowserContext, page: Page): Promise<Network> {
  const foreign: string[] = [];
  const bugzilla: string[] = [];
  await context.route("https://bugzilla.mozilla.org/**", (route) => {
    bugzilla.push(route.request().url());
    return route.abort();
  });
  context.on("request", (request) => {
    const url = new URL(request.url());
    const own = url.origin === new URL(test.info().project.use.baseURL ?? page.url()).origin;
    if (!own && !["data:", "blob:"].includes(url.protocol) && url.hostname !== "bugzilla.mozilla.org") foreign.push(request.url());
  });
  return { foreign, bugzilla };
}


test.describe("preview output", () => {
  test("Copy Markdown puts the report on the clipboard and says so", async ({ context, page }) => {
    const { foreign } = await guardNetwork(context, page);
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto(`./?example=${EXAMPLE}`);
    await preview(page).getByRole("button", { name: "Copy Markdown" }).click();
    await expect(preview(page).getByRole("status")).toHaveText("Copied");
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(renderReport(exampleDraft(EXAMPLE)));

    await preview(page).getByRole("button", { name: "Copy summary line" }).click();
    await expect(preview(page).getByRole("status")).toHaveText("Copied summary line");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(summaryLine(exampleDraft(EXAMPLE)));
    expect(foreign).toEqual([]);
  });

  test("when the clipboard is refused, the Markdown is shown selected to copy by hand", async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, "clipboard", {
        configurable: true,
        value: { writeText: () => Promise.reject(new DOMException("denied", "NotAllowedError")) },
      });
    });
    await page.goto(`./?example=${EXAMPLE}`);
    await preview(page).getByRole("button", { name: "Copy Markdown" }).click();
    const dialog = page.getByRole("dialog");
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText("Press Ctrl+C / ⌘C to copy");
    const text = dialog.getByRole("textbox", { name: "Text to copy" });
    await expect(text).toBeFocused();
    await expect(text).toHaveValue(renderReport(exampleDraft(EXAMPLE)));
    const selection = await text.evaluate((el: HTMLTextAreaElement) => el.selectionEnd - el.selectionStart);
    expect(selection).toBe((await text.inputValue()).length);
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
  });

  test("Download .md saves the report under a name from the summary line", async ({ page }) => {
    await page.goto(`./?example=${EXAMPLE}`);
    const [download] = await Promise.all([page.waitForEvent("download"), preview(page).getByRole("button", { name: "Download .md" }).click()]);
    expect(download.suggestedFilename()).toMatch(/^[a-z0-9-]+\.md$/);
    const path = await download.path();
    expect(await readFile(path, "utf8")).toBe(renderReport(exampleDraft(EXAMPLE)));
  });

  test("Open in Bugzilla opens the prefilled new-bug form in a new tab", async ({ context, page }) => {
    const { foreign, bugzilla } = await guardNetwork(context, page);
    await page.goto(`./?example=${EXAMPLE}`);
    const [popup] = await Promise.all([context.waitForEvent("page"), preview(page).getByRole("button", { name: "Open in Bugzilla" }).click()]);
    const draft = exampleDraft(EXAMPLE);
    const expected = newBugLink(draft, renderReport(draft));
    await expect.poll(() => bugzilla.length).toBe(1);
    expect(bugzilla[0]).toBe(expected.url);
    const url = new URL(bugzilla[0]);
    expect(url.searchParams.get("short_desc")).toBe(summaryLine(draft));
    expect(url.searchParams.get("component")).toBe("CA Certificate Compliance");
    if (expected.leftOut === null) expect(url.searchParams.get("comment")).toBe(renderReport(draft));
    expect(await popup.evaluate(() => window.opener)).toBeNull();
    expect(foreign).toEqual([]);
  });

  test("a report too long for the URL is copied and the user told to paste it", async ({ context, page }) => {
    const { bugzilla } = await guardNetwork(context, page);
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto("./?example=large");
    await preview(page).getByRole("button", { name: "Open in Bugzilla" }).click();
    await expect.poll(() => bugzilla.length).toBe(1);
    expect(new URL(bugzilla[0]).searchParams.has("comment")).toBe(false);
    await expect(preview(page).getByRole("alert")).toContainText("paste it");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain("## Full Incident Report");
  });

  test("a security-sensitive report never travels in the URL: it is copied, and the user told to paste it", async ({ context, page }) => {
    const { bugzilla } = await guardNetwork(context, page);
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    // A report short enough to travel in the link if it were not sensitive.
    await page.goto("./?example=preliminary-third-party");
    await page.getByLabel("Security-sensitive incident").check();
    await expect(preview(page).getByRole("note", { name: "Security-sensitive report" })).toContainText("Neither the report nor its title is put in the link");
    await preview(page).getByRole("button", { name: "Open in Bugzilla" }).click();
    await expect.poll(() => bugzilla.length).toBe(1);
    const url = new URL(bugzilla[0]);
    expect(url.searchParams.get("component")).toBe("CA Security Vulnerability");
    expect(url.searchParams.has("comment")).toBe(false);
    expect(bugzilla[0]).not.toContain("Incident%20Report");
    await expect(preview(page).getByRole("alert")).toContainText("security-sensitive, so neither it nor its title is put in the link");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain("## Preliminary Incident Report");
  });

  test("bidi controls and line breaks never reach the Bugzilla summary line, and the user is told", async ({ context, page }) => {
    const { bugzilla } = await guardNetwork(context, page);
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto(`./?example=${EXAMPLE}`);
    await page.getByLabel("CA Owner", { exact: true }).fill("Evil\u202ECA\u2066");
    await expect(preview(page).getByRole("note", { name: "Summary line" })).toContainText("2 bidirectional control characters were removed");
    await preview(page).getByRole("button", { name: "Copy summary line" }).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/^EvilCA: /);
    await preview(page).getByRole("button", { name: "Open in Bugzilla" }).click();
    await expect.poll(() => bugzilla.length).toBe(1);
    expect(new URL(bugzilla[0]).searchParams.get("short_desc")).toBe(copied);
  });

  test("the Markdown toggle shows the raw text", async ({ page }) => {
    await page.goto(`./?example=${EXAMPLE}`);
    await preview(page).getByRole("button", { name: "Markdown", exact: true }).click();
    await expect(preview(page).getByLabel("Report Markdown")).toContainText("## Full Incident Report");
    await preview(page).getByRole("button", { name: "Rendered" }).click();
    await expect(preview(page).getByRole("heading", { name: "Full Incident Report" })).toBeVisible();
  });
});

test("script payloads typed into fields never run in the preview", async ({ context, page }) => {
  const { foreign } = await guardNetwork(context, page);
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(`./?example=${EXAMPLE}`);
  const payload = '<img src=x onerror=alert(1)> <script>window.__xss=1</script> [x](javascript:alert(2)) <details open><summary>s</summary></details> <iframe src="https://example.com/">';
  const field = page.getByLabel("Incident description", { exact: true });
  await field.fill(payload);
  await expect(preview(page)).toContainText("<script>window.__xss=1</script>");
  await expect(preview(page)).toContainText("<img src=x onerror=alert(1)>");
  const region = preview(page);
  await expect(region.locator("img, script, iframe, details")).toHaveCount(0);
  for (const href of await region.locator("a").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""))) {
    expect(href).not.toMatch(/^\s*javascript:/i);
  }
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
  expect(dialogs).toEqual([]);
  expect(foreign).toEqual([]);
});

test("a NUL pasted into a field is named at the field: the report is not ready until it is removed", async ({ context, page }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto(`./?example=${EXAMPLE}`);
  const field = page.getByLabel("Incident description", { exact: true });
  await page.evaluate(() => navigator.clipboard.writeText("pasted\u0000text"));
  await field.focus();
  await page.keyboard.press("ControlOrMeta+End");
  await page.keyboard.press("ControlOrMeta+V");
  await page.keyboard.press("Tab");
  const message = "holds an invisible NUL character (U+0000), which no report can hold: remove it";
  await expect(page.getByRole("alert").filter({ hasText: message })).toBeVisible();
  await field.fill((await field.inputValue()).replace("\u0000", ""));
  await page.keyboard.press("Tab");
  await expect(page.getByRole("alert").filter({ hasText: message })).toHaveCount(0);
});
