/**
 * Beyond the template: the quality review in Review, the deadlines panel,
 * the weekly update comment and the Closure prefill. `?now=` freezes the
 * app's clock (src/ui/clock.ts), so "past due" and "in 2 days" hold on
 * any day the tests run.
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { choose, fillDateTime, group, openStep } from "./support/wizard.ts";

const EXAMPLE = "/?example=full-misissuance-revocation-delay";

/** Axe on the wizard only: at 360 px the preview's report tables scroll, which accessibility.spec.ts does not cover either. */
async function axe(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).include("form").analyze();
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
}

function qualityReview(page: Page) {
  return page.getByRole("region", { name: "Quality review" });
}

function warnings(page: Page) {
  return qualityReview(page).getByRole("list", { name: "Quality warnings" }).getByRole("listitem");
}

test("the example shows the expected warnings, each with its guideline and a link to the field; fixing one removes it", async ({ page }) => {
  await page.goto(`${EXAMPLE}&now=2025-10-20T12:00Z`);
  // Text that rests on human error, and a claim nobody can check.
  await openStep(page, "Root Causes");
  const cause = group(page, "Contributing Factor #1").getByLabel("Description", { exact: true });
  await cause.fill(`${await cause.inputValue()} The root cause was human error.`);
  await openStep(page, "Impact");
  const analysis = page.getByLabel("Analysis", { exact: true });
  await analysis.fill(`${await analysis.inputValue()} There is no security impact.`);

  await openStep(page, "Review");
  await expect(qualityReview(page).getByRole("status")).toHaveText("3 warnings: advice from the guidelines, not required to post.");
  await expect(warnings(page).getByRole("heading")).toHaveText([
    "Human error or training without a system change",
    "Claim that cannot be substantiated",
    "Past due but still Ongoing",
  ]);
  const pastDue = warnings(page).filter({ hasText: "Past due but still Ongoing" });
  await expect(pastDue).toContainText("Action Item #2 is still “Ongoing” but was due on 2025-10-15.");
  await expect(pastDue.locator("blockquote")).toContainText("(CCADB Incident Reporting Guidelines v3.2, Action Items)");
  // Warnings are advice: they badge no step.
  await expect(page.getByRole("navigation", { name: "Steps" }).getByRole("button", { name: /^7 Action Items/ })).toHaveAccessibleName(/^7 Action Items\s*, complete$/);

  // The link goes to the field; marking the item Delayed there removes the warning.
  await pastDue.getByRole("button", { name: /^Go to/ }).click();
  const status = group(page, "Action Item #2").getByLabel("Status", { exact: true });
  await expect(status).toBeFocused();
  await choose(group(page, "Action Item #2"), "Status", "Delayed");
  await openStep(page, "Review");
  await expect(qualityReview(page).getByRole("status")).toHaveText("2 warnings: advice from the guidelines, not required to post.");
  await expect(warnings(page).getByRole("heading")).toHaveText(["Human error or training without a system change", "Claim that cannot be substantiated"]);

  // Rewording the claim removes its warning as well.
  await openStep(page, "Impact");
  await analysis.fill((await analysis.inputValue()).replace(" There is no security impact.", ""));
  await openStep(page, "Review");
  await expect(warnings(page).getByRole("heading")).toHaveText(["Human error or training without a system change"]);
});

test("the deadline panel shows the deadlines of a known timeline in UTC, and follows the incident record", async ({ page }) => {
  await page.goto(`${EXAMPLE}&now=2025-09-20T12:00Z`);
  await openStep(page, "Review");
  const panel = page.getByRole("region", { name: "Deadlines" });
  await expect(panel).toContainText("Now: 2025-09-20 12:00 UTC");
  const item = (id: string) => panel.locator(`[data-deadline="${id}"]`);

  // From the report alone: the timeline says when the Preliminary was posted, the Summary when the CA became aware.
  await expect(item("preliminary")).toContainText("Done");
  await expect(item("preliminary")).toContainText("First report posted 2025-09-18 18:20 UTC (the report's Timeline entry 7)");
  await expect(item("full")).toContainText("2025-10-01 08:42 UTC (in 10 days)");
  await expect(item("full")).toContainText("Counted: 14 days after 2025-09-17 08:42 UTC (became aware: the report's Non-compliance identified date)");
  await expect(item("full")).toContainText("it would be 2025-10-02 18:20 UTC. The earlier date is shown.");
  await expect(item("update")).toContainText("2025-09-25 18:20 UTC (in 5 days)");
  await expect(item("revocation-update")).toContainText("2025-09-21 18:20 UTC (in 30 hours)");
  await expect(item("revocation")).toContainText("2025-09-22 08:42 UTC (in 44 hours)");

  // The basis is there on demand.
  await item("full").getByText("Basis").click();
  await expect(item("full").locator("blockquote")).toContainText("they MUST be posted within 14 days of the incident’s initial disclosure");

  // The incident record's facts.
  await panel.getByLabel("Whiteboard, as written on the bug", { exact: true }).fill("[ca-compliance] [ev-misissuance] [leaf-revocation-delay] Next update 2025-09-24");
  await expect(panel.getByText("Next update read as 2025-09-24.")).toBeVisible();
  await panel.getByRole("button", { name: "Add a posting", exact: true }).click();
  await panel.getByLabel("Posting 1: what", { exact: true }).selectOption({ label: "Update" });
  await fillDateTime(panel, "Posting 1: when", "2025-09-19T12:00Z");
  await fillDateTime(panel, "An action item last changed, completed or delayed", "2025-09-20T08:00Z");
  await panel.getByRole("button", { name: "Add a question", exact: true }).click();
  await fillDateTime(panel, "Question 1: asked", "2025-09-12T10:00Z");
  await panel.getByLabel("BR revocation deadline").selectOption("24");

  // The earliest update rule wins: 3 days after the action item change.
  await expect(item("update")).toContainText("2025-09-23 08:00 UTC (in 2 days)");
  await expect(item("update")).toContainText("Counted: 3 days after 2025-09-20 08:00 UTC (action item changed: the incident record)");
  await expect(item("revocation-update")).toContainText("2025-09-22 12:00 UTC (in 2 days)");
  await expect(item("response")).toContainText("2025-09-19 10:00 UTC (overdue by 26 hours)");
  await expect(item("response")).toContainText("Overdue");
  await expect(item("revocation")).toContainText("2025-09-18 08:42 UTC (overdue by 2 days)");

  // Kept with the incident across a reload.
  await page.reload();
  await openStep(page, "Review");
  await expect(panel.getByLabel("Whiteboard, as written on the bug", { exact: true })).toHaveValue(/Next update 2025-09-24/);
  await expect(item("update")).toContainText("2025-09-23 08:00 UTC (in 2 days)");

  const download = page.waitForEvent("download");
  await panel.getByRole("button", { name: "Download .ics" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/-deadlines\.ics$/);
  const ics = await file.createReadStream().then(async (stream) => {
    let text = "";
    for await (const chunk of stream) text += String(chunk);
    return text;
  });
  expect(ics).toContain("DTSTART:20250923T080000Z");
  expect(ics).toContain("DTSTAMP:20250920T120000Z");
  await expect(panel.getByRole("status").filter({ hasText: /^Downloaded / })).toHaveText(/^Downloaded .*-deadlines\.ics$/);
});

test("the update comment after changing two action items lists exactly those two", async ({ context, page }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto(`${EXAMPLE}&now=2025-09-20T12:00Z`);
  await openStep(page, "Review");
  const panel = page.getByRole("region", { name: "Weekly update" });
  await expect(panel).toContainText("No version is marked yet");
  await panel.getByRole("button", { name: "Mark as posted" }).click();
  await expect(panel.getByRole("status")).toContainText("Marked as posted");
  await expect(panel).toContainText("Compares the report with the version marked as posted on");
  const comment = panel.getByLabel("Update comment", { exact: true });
  await expect(comment).toContainText("No changes to the action items since our last update.");

  await openStep(page, "Action Items");
  await choose(group(page, "Action Item #2"), "Status", "Complete");
  await choose(group(page, "Action Item #4"), "Status", "Delayed");
  await openStep(page, "Review");

  const text = await comment.textContent();
  const rows = (text ?? "").split("\n").filter((line) => /^\| (?:Previously )?Action Item #/.test(line));
  expect(rows).toEqual([
    expect.stringMatching(/^\| Action Item #2 \| Status changed \| Run all EV Guidelines lints .* \| Ongoing → Complete \|$/),
    expect.stringMatching(/^\| Action Item #4 \| Status changed \| Keep an inventory .* \| Ongoing → Delayed \|$/),
  ]);
  expect(text).toContain("## Update (2025-09-20)");
  expect(text).toContain("No new timeline entries since our last update.");
  expect(text).toContain("- **Certificates revoked:** 1");
  expect(text).toContain("**Next update:** 2025-09-23");

  // The same comment is the output bar's fourth output.
  const preview = page.getByRole("region", { name: "Preview" });
  await preview.getByRole("button", { name: "Copy update comment" }).click();
  await expect(preview.getByText("Copied update comment", { exact: true })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
});

test("Closure: prefill fills the empty fields, asks before replacing, and the checklist tracks the ticks", async ({ page }) => {
  await page.goto("/?example=closure&now=2025-09-20T12:00Z");
  await openStep(page, "Closure Summary");
  const description = page.getByLabel("Incident description", { exact: true });
  const remediation = page.getByLabel("Remediation description", { exact: true });
  await remediation.fill("My own words.");
  await description.fill("");

  await page.getByRole("button", { name: "Prefill from the report" }).click();
  await expect(description).not.toHaveValue("");
  await expect(remediation).toHaveValue("My own words.");
  await expect(page.getByRole("region", { name: "Start from the report" }).getByRole("status")).toContainText("already written: replace them?");
  await page.getByRole("button", { name: /^Replace the/ }).click();
  await expect(remediation).not.toHaveValue("My own words.");
  // Replacing is undone in one click.
  await page.getByRole("status").filter({ hasText: /^Replaced .*Remediation description/ }).getByRole("button", { name: "Undo" }).click();
  await expect(remediation).toHaveValue("My own words.");
  await page.getByRole("button", { name: "Prefill from the report" }).click();
  await page.getByRole("button", { name: /^Replace the/ }).click();
  await expect(remediation).not.toHaveValue("My own words.");

  // The example has no periodic action item, so the prefill has nothing for the Commitment summary:
  // the author's text there is never offered for replacing (nor blanked, nor set to N/A).
  const checklist = page.getByRole("region", { name: "Closure checklist" });
  await expect(page.getByLabel("Commitment summary", { exact: true })).toHaveValue(/^- We will report the monthly CRL-expiry paging test/);
  await expect(checklist.getByRole("status")).toHaveText("2 of 4 still to do before requesting closure.");
  await checklist.getByLabel("No comments or questions remain unanswered").check();
  await checklist.getByLabel(/Request information from.*incident-reporting@ccadb\.org/).check();
  await expect(checklist.getByRole("status")).toHaveText("Everything is in place to request closure.");

  // The ticks are saved with the draft.
  await page.reload();
  await openStep(page, "Closure Summary");
  await expect(checklist.getByLabel("No comments or questions remain unanswered")).toBeChecked();
  await expect(checklist.getByRole("status")).toHaveText("Everything is in place to request closure.");
});

for (const scheme of ["light", "dark"] as const) {
  test(`axe finds nothing in the review panels at 360 px (${scheme})`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`${EXAMPLE}&now=2025-10-20T12:00Z`);
    await openStep(page, "Review");
    await expect(warnings(page)).toHaveCount(1);
    const panel = page.getByRole("region", { name: "Deadlines" });
    await panel.locator('[data-deadline="update"]').getByText("Basis").click();
    expect(await axe(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    await page.goto("/?example=closure&now=2025-09-20T12:00Z");
    await openStep(page, "Closure Summary");
    await page.getByRole("button", { name: "Prefill from the report" }).click();
    expect(await axe(page)).toEqual([]);
  });
}
