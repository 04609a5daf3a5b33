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
  await background.getByLabel(/^Field for the text from line 5/).selectOption({ label: "Summary \u203a Incident description" });
  await background.getByRole("button", { name: /^Move to field/ }).click();
  const description = page.getByLabel("Incident description", { exact: true });
  await expect(description).toHaveValue("An audit finding on physical access logs.\n\nOur CA operates two issuing CAs for government customers.");
  await expect(panel.getByRole("listitem")).toHaveCount(3);
  await panel.getByRole("button", { name: "Undo" }).click();
  await expect(description).toHaveValue("An audit finding on physical access logs.");
  await expect(panel.getByRole("listitem")).toHaveCount(4);

  await panel.getByRole("listitem").filter({ hasText: "keep this bug open" }).getByRole("button", { name: /^Discard/ }).click();
  await expect(panel.getByRole("listitem")).toHaveCount(3);
  await expect(panel.getByRole("status")).toContainText("Discarded.");
  await panel.getByRole("button", { name: "Undo" }).click();
  await expect(panel.getByRole("listitem")).toHaveCount(4);
});
