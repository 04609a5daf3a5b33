import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

/** Continuing a report already on Bugzilla: paste it on the Start screen, or open its file with "Import draft"; place what was set aside. */

const corpus = (name: string) => readFileSync(new URL(`../src/domain/import/fixtures/corpus/${name}`, import.meta.url), "utf8");

test("text copied from the bug's page: a Preliminary report opens with its three fields filled and nothing set aside", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("button", { name: "Import a posted report" }).click();
  const importer = page.getByRole("dialog", { name: "Import a posted report" });
  await importer.getByLabel("Posted report").fill(corpus("1-preliminary.txt"));
  await importer.getByRole("button", { name: "Import as new draft" }).click();
  const result = page.getByRole("dialog", { name: "Report imported as a new draft" });
  await expect(result).toContainText("Read as a Preliminary Incident Report");
  await expect(result.getByRole("list", { name: "Placed in the draft" })).toContainText("Summary: 3 fields");
  await expect(result.getByRole("status")).toContainText("Nothing was set aside");
  await result.getByRole("button", { name: "Close" }).click();
  await expect(page.getByLabel("Incident description", { exact: true })).toHaveValue(/^On 2025-03-10 we found 14 OV certificates/);
  await expect(page.getByLabel("Relevant policies", { exact: true })).toHaveValue("TLS BR 7.1.4.2 and RFC 5280 Appendix A");
  await expect(page.getByLabel("Source of incident disclosure", { exact: true })).toHaveValue("Self Reported");
  await expect(page.getByRole("region", { name: "From the imported report, not placed yet" })).toHaveCount(0);
});

test("a .md file given to Import draft goes to the report import; set-aside text is moved into a field or discarded, with Undo", async ({ page }) => {
  await page.goto("/");
  await page.getByLabel("Import draft file").setInputFiles({ name: "report.md", mimeType: "text/markdown", buffer: Buffer.from(corpus("9-added-sections.md")) });
  const importer = page.getByRole("dialog", { name: "Import a posted report" });
  await expect(importer.getByLabel("Posted report")).toHaveValue(/^## Full Incident Report/);
  await importer.getByRole("button", { name: "Import as new draft" }).click();
  const result = page.getByRole("dialog", { name: "Report imported as a new draft" });
  await expect(result.getByRole("status")).toContainText("4 pieces were set aside");
  await result.getByRole("button", { name: "Close" }).click();

  const panel = page.getByRole("region", { name: "From the imported report, not placed yet" });
  await expect(panel.getByRole("listitem")).toHaveCount(4);
  expect((await new AxeBuilder({ page }).include("main").analyze()).violations.map((v) => v.id)).toEqual([]);
  const background = panel.getByRole("listitem").filter({ hasText: "two issuing CAs" });
  await expect(background).toContainText("Under \u201cBackground\u201d, line 5");
  // A section of the author's own: no field is guessed for it.
  const field = background.getByLabel(/^Field for the text from line 5/);
  await expect(field.locator("option:checked")).toHaveText("Choose a field…");
  await expect(background.getByRole("button", { name: /^Move to field/ })).toBeDisabled();
  await field.selectOption({ label: "Summary \u203a Incident description" });
  await expect(field.locator("option", { hasText: "Choose a field…" })).toHaveCount(0);
  await background.getByRole("button", { name: /^Move to field/ }).click();
  const description = page.getByLabel("Incident description", { exact: true });
  await expect(description).toHaveValue("An audit finding on physical access logs.\n\nOur CA operates two issuing CAs for government customers.");
  await expect(panel.getByRole("listitem")).toHaveCount(3);
  // The moved piece is gone from the list: focus goes to Undo (in the editor's Undo offers), not to the page body.
  const offers = page.getByRole("region", { name: "Undo" });
  await expect(offers.getByRole("status").filter({ hasText: "Moved to" }).getByRole("button", { name: "Undo" })).toBeFocused();
  await offers.getByRole("status").filter({ hasText: "Moved to" }).getByRole("button", { name: "Undo" }).click();
  await expect(description).toHaveValue("An audit finding on physical access logs.");
  await expect(panel.getByRole("listitem")).toHaveCount(4);

  await panel.getByRole("listitem").filter({ hasText: "keep this bug open" }).getByRole("button", { name: /^Discard/ }).click();
  await expect(panel.getByRole("listitem")).toHaveCount(3);
  await offers.getByRole("status").filter({ hasText: "Discarded." }).getByRole("button", { name: "Undo" }).click();
  await expect(panel.getByRole("listitem")).toHaveCount(4);
});

const MB = 1024 * 1024;

test("a Markdown file or a paste over 1 MB is refused before it is read, naming it and the limit", async ({ page, context }) => {
  await page.goto("/");
  const big = Buffer.from(`## Full Incident Report\n\n${"x".repeat(MB)}`);
  await page.getByLabel("Import draft file").setInputFiles({ name: "huge-report.md", mimeType: "text/markdown", buffer: big });
  const refusal = page.getByRole("alertdialog", { name: "This file cannot be imported" });
  await expect(refusal).toContainText("huge-report.md is 1.1 MB: the limit for a Markdown report is 1 MB; nothing was read");
  await refusal.getByRole("button", { name: "Close" }).click();
  await expect(page.getByRole("dialog", { name: "Import a posted report" })).toHaveCount(0);

  await page.getByRole("button", { name: "Import a posted report" }).click();
  const importer = page.getByRole("dialog", { name: "Import a posted report" });
  await importer.getByLabel("Or load a .md or .txt file").setInputFiles({ name: "huge-report.md", mimeType: "text/markdown", buffer: big });
  await expect(importer.getByRole("alert")).toHaveText("huge-report.md is 1.1 MB: the limit for a Markdown report is 1 MB; nothing was read.");
  await expect(importer.getByLabel("Posted report")).toHaveValue("");

  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.evaluate((text) => navigator.clipboard.writeText(text), big.toString());
  await importer.getByLabel("Posted report").focus();
  await page.keyboard.press("ControlOrMeta+V");
  await expect(importer.getByRole("alert")).toHaveText("The pasted text is 1.1 MB: the limit for a Markdown report is 1 MB; nothing was read.");
  await expect(importer.getByLabel("Posted report")).toHaveValue("");
});

test("a UTF-16 report file is refused with the CLI's message; so are lists nested too deep", async ({ page }) => {
  await page.goto("/");
  const report = corpus("9-added-sections.md");
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(report, "utf16le")]);
  await page.getByLabel("Import draft file").setInputFiles({ name: "report.md", mimeType: "text/markdown", buffer: utf16 });
  const refusal = page.getByRole("alertdialog", { name: "This file cannot be imported" });
  await expect(refusal).toContainText("report.md is UTF-16 text, not UTF-8: save it as UTF-8 (a report is Markdown or plain text)");
  await refusal.getByRole("button", { name: "Close" }).click();

  await page.getByRole("button", { name: "Import a posted report" }).click();
  const importer = page.getByRole("dialog", { name: "Import a posted report" });
  const deep = `${report}\n${Array.from({ length: 40 }, (_, i) => `${"  ".repeat(i)}- level ${i + 1}`).join("\n")}\n`;
  await importer.getByLabel("Posted report").fill(deep);
  await importer.getByRole("button", { name: "Import as new draft" }).click();
  await expect(importer.getByRole("alert")).toContainText("The report nests lists more than 32 levels deep");
});

test("an import that sets aside hundreds of parts lists the first 200 and counts the rest, keeping every part in the draft", async ({ page }) => {
  await page.goto("/");
  const report = `${corpus("9-added-sections.md")}${Array.from({ length: 250 }, (_, i) => `\n## Extra section ${i + 1}\n\nText ${i + 1}.\n`).join("")}`;
  await page.getByLabel("Import draft file").setInputFiles({ name: "report.md", mimeType: "text/markdown", buffer: Buffer.from(report) });
  const importer = page.getByRole("dialog", { name: "Import a posted report" });
  await importer.getByRole("button", { name: "Import as new draft" }).click();
  const result = page.getByRole("dialog", { name: "Report imported as a new draft" });
  await expect(result.getByRole("status")).toContainText("254 pieces were set aside");
  await result.getByRole("button", { name: "Close" }).click();
  const panel = page.getByRole("region", { name: "From the imported report, not placed yet" });
  await expect(panel.getByRole("listitem")).toHaveCount(200);
  await expect(panel).toContainText("The first 200 are listed; 54 more are kept in the draft");
  // Discarding one brings the next up: nothing beyond the listing is lost.
  await panel.getByRole("listitem").first().getByRole("button", { name: /^Discard/ }).click();
  await expect(panel).toContainText("53 more are kept in the draft");
  await expect(panel.getByRole("listitem")).toHaveCount(200);
  await expect(panel.getByRole("listitem").last()).toContainText("Text 197.");
});

test("a whole bug page with two reports: the user picks which one to read, from its comment number and time", async ({ page }) => {
  const bugPage = readFileSync(new URL("../src/domain/import/fixtures/shapes/bug-page.txt", import.meta.url), "utf8");
  await page.goto("/");
  await page.getByRole("button", { name: "Import a posted report" }).click();
  const importer = page.getByRole("dialog", { name: "Import a posted report" });
  await importer.getByLabel("Posted report").fill(bugPage);
  await importer.getByRole("button", { name: "Import as new draft" }).click();
  const choice = importer.getByRole("group", { name: "This text holds 2 reports. Which one should be read?" });
  // The most complete report comes checked.
  await expect(choice.getByRole("radio", { name: "Full Incident Report, comment 2, posted 2025-03-14T16:30:00Z" })).toBeChecked();
  expect((await new AxeBuilder({ page }).include("dialog").analyze()).violations.map((v) => v.id)).toEqual([]);
  await choice.getByRole("radio", { name: "Preliminary Incident Report, comment 0, posted 2025-03-03T10:12:45Z" }).check();
  await importer.getByRole("button", { name: "Import the chosen report" }).click();
  const result = page.getByRole("dialog", { name: "Report imported as a new draft" });
  await expect(result).toContainText("Read as a Preliminary Incident Report");
  await result.getByRole("button", { name: "Close" }).click();
  await expect(page.getByLabel("Incident description", { exact: true })).toHaveValue(/^40 certificates were issued/);
});
