/**
 * A faithful record (issue 9): nothing is lost by a click, the report kind
 * does not change under the author's feet, and a report that is not ready
 * says so before it leaves the app.
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { exampleDraft } from "../src/domain/examples/index.ts";
import { fill, group, openStep, startReport } from "./support/wizard.ts";

const EXAMPLE = "/?example=full-misissuance-revocation-delay";

test("removing a filled contributing factor names the action items that point at it; Undo brings it back with their links", async ({ page }) => {
  await page.goto(EXAMPLE);
  await openStep(page, "Root Causes");
  const factor = group(page, "Contributing Factor #2");
  const title = await factor.getByLabel("Title", { exact: true }).inputValue();
  const description = await factor.getByLabel("Description", { exact: true }).inputValue();
  expect(title).not.toBe("");
  await factor.getByRole("button", { name: "Remove Contributing Factor #2" }).click();

  const notice = page.getByRole("status").filter({ hasText: "Contributing Factor #2" });
  await expect(notice).toContainText(`Contributing Factor #2 “${title}” removed. Action Item #2 and Action Item #3 point at it`);
  // Focus is on Undo, not dropped to the page body.
  await expect(notice.getByRole("button", { name: "Undo" })).toBeFocused();
  await expect(group(page, "Contributing Factor #2").getByLabel("Title", { exact: true })).not.toHaveValue(title);
  const preview = page.getByRole("region", { name: "Preview" });
  await expect(preview).not.toContainText(title);

  // Still offered after a few seconds; Undo restores every field.
  await page.waitForTimeout(3_000);
  await page.keyboard.press("Enter");
  await expect(notice).toHaveCount(0);
  await expect(group(page, "Contributing Factor #2").getByLabel("Title", { exact: true })).toHaveValue(title);
  await expect(group(page, "Contributing Factor #2").getByLabel("Description", { exact: true })).toHaveValue(description);
  await expect(preview).toContainText(title);

  // The action items' links point at it again.
  await openStep(page, "Action Items");
  await expect(group(page, "Action Item #2").getByRole("checkbox", { name: /^Contributing Factor #2/ })).toBeChecked();
  await expect(page.getByText(/no longer exist/)).toHaveCount(0);
});

test("removing a timeline entry offers Undo where it was, and it expires only after ten seconds", async ({ page }) => {
  await page.goto(EXAMPLE);
  await openStep(page, "Timeline");
  const entries = page.getByRole("group", { name: /^Timeline entry \d+$/ });
  // Long lists fill in after the step paints: wait for all of them, then take over the page's clock.
  const before = exampleDraft("full-misissuance-revocation-delay").timeline.length;
  await expect(entries).toHaveCount(before);
  await page.clock.install();
  await group(page, "Timeline entry 1").getByRole("button", { name: "Remove Timeline entry 1" }).click();
  await expect(entries).toHaveCount(before - 1);
  const undo = page.getByRole("status").filter({ hasText: "Timeline entry 1" }).getByRole("button", { name: "Undo" });
  await page.getByRole("heading", { level: 2, name: "Timeline" }).click(); // focus elsewhere: the offer may expire
  await page.clock.runFor(9_000);
  await expect(undo).toBeVisible();
  await page.clock.runFor(2_000);
  await expect(undo).toHaveCount(0);
});

test("two removals a second apart both stay undoable after leaving the step", async ({ page }) => {
  await page.goto(EXAMPLE);
  await openStep(page, "Timeline");
  const entries = page.getByRole("group", { name: /^Timeline entry \d+$/ });
  const timeline = exampleDraft("full-misissuance-revocation-delay").timeline;
  await expect(entries).toHaveCount(timeline.length);
  const event = (n: number) => group(page, `Timeline entry ${n}`).getByLabel("Event", { exact: true });
  const [first, second] = [await event(1).inputValue(), await event(2).inputValue()];
  await page.clock.install();
  await group(page, "Timeline entry 1").getByRole("button", { name: "Remove Timeline entry 1" }).click();
  await expect(entries).toHaveCount(timeline.length - 1);
  await page.clock.runFor(1_000);
  await group(page, "Timeline entry 1").getByRole("button", { name: "Remove Timeline entry 1" }).click();
  await expect(entries).toHaveCount(timeline.length - 2);
  const offers = page.getByRole("region", { name: "Undo" }).getByRole("status");
  await expect(offers).toHaveCount(2);
  // The newest offer has focus; leaving the step keeps both, each for its own ten seconds.
  await expect(offers.first().getByRole("button", { name: "Undo" })).toBeFocused();
  await openStep(page, "Root Causes");
  await page.clock.runFor(5_000);
  await expect(offers).toHaveCount(2);
  // Undo on another step writes to the form; focus goes on to the other offer's Undo.
  await offers.first().getByRole("button", { name: "Undo" }).click();
  await expect(offers).toHaveCount(1);
  await expect(offers.first().getByRole("button", { name: "Undo" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(offers).toHaveCount(0);
  await openStep(page, "Timeline");
  await expect(entries).toHaveCount(timeline.length);
  await expect(event(1)).toHaveValue(first);
  await expect(event(2)).toHaveValue(second);
});

test("an empty list reads N/A only when the author says so", async ({ page }) => {
  await startReport(page, "Full incident report");
  await openStep(page, "Related Incidents");
  const preview = page.getByRole("region", { name: "Preview" });
  await expect(preview.getByText("(not yet provided)").first()).toBeVisible();
  await page.getByLabel("Not applicable: the report says “N/A” for Related Incidents").check();
  await expect(preview.locator("h3", { hasText: "Related Incidents" }).locator("xpath=following-sibling::*[1]")).toHaveText("N/A");
});

test("switching a Full report to a Closure asks, and by default starts a new draft, keeping the Full report", async ({ page }) => {
  await page.goto(EXAMPLE);
  const kind = page.getByRole("combobox", { name: "Report", exact: true });
  await kind.selectOption({ label: "Closure summary" });
  const dialog = page.getByRole("dialog", { name: "Change to a Closure summary?" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("button", { name: "Start a new Closure summary from this draft" })).toBeFocused();
  // Cancel leaves the draft as it was.
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(kind).toHaveValue("full");

  await kind.selectOption({ label: "Closure summary" });
  await dialog.getByRole("button", { name: "Start a new Closure summary from this draft" }).click();
  await expect(kind).toHaveValue("closure");
  await expect(page.getByRole("heading", { level: 2, name: "Summary", exact: true })).toBeVisible();

  await page.getByRole("button", { name: "Drafts", exact: true }).click();
  const drafts = page.getByRole("dialog", { name: "Drafts" }).getByRole("listitem");
  await expect(drafts.filter({ hasText: "Full · Example Trust Services" })).toHaveCount(1);
  await expect(drafts.filter({ hasText: "Closure · Example Trust Services" })).toHaveCount(1);
});

test("copying, downloading or opening a report that is not ready says how many problems first, and copies on “Copy anyway”", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await startReport(page, "Full incident report");
  await fill(page, "Incident description", "Twelve OV certificates carry a mis-encoded organizationName.");
  await page.getByRole("button", { name: "Copy Markdown" }).click();
  const gate = page.getByRole("alert").filter({ hasText: "Not ready to post" });
  await expect(gate).toContainText(/Not ready to post: \d+ problems\./);
  await expect(gate.getByRole("button", { name: "Copy anyway" })).toBeFocused();
  await gate.getByRole("button", { name: "Copy anyway" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Copied" })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain("- **Incident description:** Twelve OV certificates carry a mis-encoded organizationName.");

  await page.getByRole("button", { name: "Download .md" }).click();
  await expect(gate.getByRole("button", { name: "Download anyway" })).toBeVisible();
  await gate.getByRole("button", { name: "Go to Review" }).click();
  // Focus goes to the Review heading, not to the page body (the button that had it is gone).
  await expect(page.getByRole("heading", { level: 2, name: "Review", exact: true })).toBeFocused();
  await expect(gate).toHaveCount(0);
});

test("a Full report with remaining valid certificates and no Appendix is not ready to post", async ({ page }) => {
  await page.goto("/?example=full-no-certificates");
  await openStep(page, "Review");
  await expect(page.getByText("Ready to post")).toBeVisible();
  await openStep(page, "Impact");
  await page.getByLabel("Total number of certificates: not applicable", { exact: true }).uncheck();
  await fill(page, "Total number of certificates", "1234");
  await page.getByLabel('Total number of "remaining valid" certificates: not applicable', { exact: true }).uncheck();
  await fill(page, 'Total number of "remaining valid" certificates', "1190");
  await openStep(page, "Review");
  await expect(page.getByText("Ready to post")).toHaveCount(0);
  await expect(page.getByRole("button", { name: /Appendix/ }).filter({ hasText: /remaining valid|affected certificates/i }).first()).toBeVisible();
});

const WORDS_REPORT = `## Full Incident Report

### Summary

- **CA Owner CCADB unique ID:** A001234
- **Incident description:** One CRL was published late.
- **Timeline summary:**
  - **Non-compliance start date:** 2025-03-02
  - **Non-compliance identified date:** 2025-03-04
  - **Non-compliance end date:** 2025-03-05
- **Relevant policies:** TLS BR 4.9.7
- **Source of incident disclosure:** Self Reported (internal review of CRL publication)

### Impact

- **Total number of certificates:** 150 certificates referenced by 68 problem reports
- **Total number of "remaining valid" certificates:** 0
- **Was issuance stopped in response to this incident, and why or why not?:** No, because certificate content was not affected
`;

test("values written in words show at their field; an obvious one becomes the typed value in one click, keeping the other words", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("button", { name: "Import a posted report" }).click();
  const importer = page.getByRole("dialog", { name: "Import a posted report" });
  await importer.getByLabel("Posted report").fill(WORDS_REPORT);
  await importer.getByRole("button", { name: "Import as new draft" }).click();
  await page.getByRole("dialog", { name: "Report imported as a new draft" }).getByRole("button", { name: "Close" }).click();

  const preview = page.getByRole("region", { name: "Preview" });
  await expect(preview).toContainText("Source of incident disclosure: Self Reported (internal review of CRL publication)");
  const source = page.getByLabel("Source of incident disclosure, as written", { exact: true });
  await expect(source).toHaveValue("Self Reported (internal review of CRL publication)");
  expect((await new AxeBuilder({ page }).include("form").analyze()).violations.map((v) => v.id)).toEqual([]);
  await page.getByRole("button", { name: "Use “Self Reported” and keep “(internal review of CRL publication)” aside" }).click();
  await expect(page.getByLabel("Source of incident disclosure", { exact: true })).toHaveValue("Self Reported");
  await expect(preview).toContainText("Source of incident disclosure: Self Reported\n");
  const aside = page.getByRole("region", { name: "From the imported report, not placed yet" });
  await expect(aside).toContainText("(internal review of CRL publication)");
  // Undo puts the words back as they were.
  await page.getByRole("status").filter({ hasText: "Source of incident disclosure set to Self Reported" }).getByRole("button", { name: "Undo" }).click();
  await expect(source).toHaveValue("Self Reported (internal review of CRL publication)");
  await expect(aside).toHaveCount(0);

  await openStep(page, "Impact");
  // Not obvious (two numbers): the words stay, shown as the report's value, with no one-click conversion.
  await expect(page.getByLabel("Total number of certificates, as written", { exact: true })).toHaveValue("150 certificates referenced by 68 problem reports");
  await expect(preview).toContainText("Total number of certificates: 150 certificates referenced by 68 problem reports");
  // A typed field can also take the report's words directly.
  await page.getByRole("button", { name: 'Write “Total number of "remaining valid" certificates” in words instead' }).click();
  const remainingWords = page.getByLabel('Total number of "remaining valid" certificates, as written', { exact: true });
  await expect(remainingWords).toBeFocused();
  await remainingWords.fill("none known yet, see the Appendix");
  await expect(preview).toContainText('Total number of "remaining valid" certificates: none known yet, see the Appendix');
});

test("clearing a date the report cannot use offers Undo, which brings the words back", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("button", { name: "Import a posted report" }).click();
  const importer = page.getByRole("dialog", { name: "Import a posted report" });
  await importer.getByLabel("Posted report").fill(`## Full Incident Report

### Action Items

| Action Item | Kind | Corresponding Root Cause(s) | Evaluation Criteria | Due Date | Status |
| --- | --- | --- | --- | --- | --- |
| Rotate the keys | Prevent | | Audit | Q3 2025, after the ceremony | Ongoing |
`);
  await importer.getByRole("button", { name: "Import as new draft" }).click();
  await page.getByRole("dialog", { name: "Report imported as a new draft" }).getByRole("button", { name: "Close" }).click();
  await openStep(page, "Action Items");
  const item = group(page, "Action Item #1");
  const due = item.getByLabel("Due Date", { exact: true });
  await expect(due).toHaveValue("Q3 2025, after the ceremony");
  await item.getByRole("button", { name: "clear it and pick a date" }).click();
  const notice = page.getByRole("status").filter({ hasText: "Cleared “Q3 2025, after the ceremony”." });
  await expect(notice.getByRole("button", { name: "Undo" })).toBeFocused();
  await expect(due).toHaveValue("");
  await notice.getByRole("button", { name: "Undo" }).click();
  await expect(due).toHaveValue("Q3 2025, after the ceremony");
});

test("sorting the timeline by time offers Undo, which brings back the author's order", async ({ page }) => {
  await startReport(page, "Full incident report");
  await openStep(page, "Timeline");
  for (const [n, date, event] of [[1, "2025-03-05", "Later"], [2, "2025-03-04", "Earlier"]] as const) {
    await page.getByRole("button", { name: "Add timeline entry" }).click();
    const entry = group(page, `Timeline entry ${n}`);
    await entry.getByLabel("Date and time", { exact: true }).fill(date);
    await entry.getByLabel("Date and time time", { exact: true }).fill("10:00");
    await fill(entry, "Event", event);
  }
  await page.getByRole("button", { name: "Sort by time" }).click();
  await expect(group(page, "Timeline entry 1").getByLabel("Event", { exact: true })).toHaveValue("Earlier");
  const undo = page.getByRole("status").filter({ hasText: "Timeline sorted by time." }).getByRole("button", { name: "Undo" });
  await expect(undo).toBeFocused();
  // An edit made after sorting is kept by Undo, which only puts the order back.
  await fill(group(page, "Timeline entry 1"), "Event", "Earlier, edited");
  await undo.click();
  await expect(group(page, "Timeline entry 1").getByLabel("Event", { exact: true })).toHaveValue("Later");
  await expect(group(page, "Timeline entry 2").getByLabel("Event", { exact: true })).toHaveValue("Earlier, edited");
});

test("unticking Not applicable gives the text back, also after a visit to another step", async ({ page }) => {
  await startReport(page, "Full incident report");
  await openStep(page, "Impact");
  const types = page.getByLabel("Affected certificate types", { exact: true });
  await types.fill("OV TLS server certificates from Example OV CA R5.");
  await page.getByLabel("Affected certificate types: not applicable", { exact: true }).check();
  await expect(types).toHaveValue("N/A");
  await openStep(page, "Timeline");
  await openStep(page, "Impact");
  await page.getByLabel("Affected certificate types: not applicable", { exact: true }).uncheck();
  await expect(page.getByLabel("Affected certificate types", { exact: true })).toHaveValue("OV TLS server certificates from Example OV CA R5.");
});
