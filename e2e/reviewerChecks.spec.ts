/**
 * The checks a root program reviewer would make (issue 23): a warning's link
 * leads to its field, and a security-sensitive report lists whom to notify
 * as a checklist saved with the draft.
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { group, openStep } from "./support/wizard.ts";

const EXAMPLE = "/?example=full-misissuance-revocation-delay&now=2025-09-20T12:00Z";

function warnings(page: Page) {
  return page.getByRole("region", { name: "Quality review" }).getByRole("list", { name: "Quality warnings" }).getByRole("listitem");
}

test("a root cause that states the symptom links to its field and clears when it says why; a changed Impact total gets its correction in one click", async ({ page }) => {
  await page.goto(EXAMPLE);
  await openStep(page, "Root Causes");
  const description = group(page, "Contributing Factor #1").getByLabel("Description", { exact: true });
  await description.fill("We issued EV certificates with an invalid Business Category value.");

  await openStep(page, "Review");
  const warning = warnings(page).filter({ hasText: "Root cause says what happened, not why" });
  await expect(warning).toContainText("Contributing Factor #1’s description describes the symptom (“We issued”) rather than why it happened.");
  await expect(warning.locator("blockquote")).toContainText("Focus on the \"why,\" not just the \"what\"");
  await warning.getByRole("button", { name: /^Go to/ }).click();
  await expect(description).toBeFocused();

  await description.fill("The redesigned validation form let staff type the Business Category instead of choosing one of the four allowed values.");
  await openStep(page, "Review");
  await expect(page.getByRole("region", { name: "Quality review" }).getByRole("status")).toHaveText(
    "No quality warnings: nothing in the report matches what the guidelines call weak.",
  );

  // Once a version is marked posted, a changed Impact total needs a correction: offered prefilled, in one click.
  const update = page.getByRole("region", { name: "Weekly update" });
  await update.getByRole("button", { name: "Mark as posted" }).click();
  await expect(update.getByRole("status")).toContainText("Marked as posted");
  await openStep(page, "Impact");
  await page.getByLabel("Total number of certificates", { exact: true }).fill("1301");
  await openStep(page, "Review");
  const correction = warnings(page).filter({ hasText: "Impact changed without a correction" });
  // "Mark as posted" records the real time of the click, not ?now.
  await expect(correction).toContainText(/Total number of certificates is now 1,301; the report posted on \d{4}-\d{2}-\d{2} said 1,238\./);
  await correction.getByRole("button", { name: /^Add the correction to/ }).click();
  const considerations = page.getByLabel("Additional considerations", { exact: true });
  await expect(considerations).toBeFocused();
  await expect(considerations).toHaveValue(/\n\nCorrection: the total number of certificates is 1,301, not 1,238 as reported on \d{4}-\d{2}-\d{2}\. When each change was detected: …/);
});

test("a security-sensitive report lists the root programs to notify; the ticks clear the warnings and are saved", async ({ page }) => {
  await page.goto(EXAMPLE);
  await openStep(page, "Summary");
  await page.getByLabel("Security-sensitive incident").check();
  await openStep(page, "Review");
  await expect(warnings(page).getByRole("heading")).toHaveText(["Root programs not yet notified", "Root programs not yet notified", "Root programs not yet notified"]);
  await expect(warnings(page).nth(1)).toContainText("Email chrome-root-program@google.com with a description of the incident and an initial timeline for public disclosure");

  // The warning's link leads to the checklist on the same step.
  await warnings(page).nth(2).getByRole("button", { name: "Go to Root programs to notify" }).click();
  const checklist = page.getByRole("region", { name: "Root programs to notify" });
  await expect(checklist.getByRole("heading", { name: "Root programs to notify" })).toBeFocused();
  await expect(checklist.getByRole("status")).toHaveText("3 of 3 not yet notified.");
  const axe = await new AxeBuilder({ page }).include("form").analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  await checklist.getByLabel("CCADB: incident-reporting@ccadb.org").check();
  await checklist.getByLabel("Chrome Root Program: chrome-root-program@google.com").check();
  await checklist.getByLabel("Microsoft Trusted Root Program: msroot@microsoft.com").check();
  await expect(checklist.getByRole("status")).toHaveText("Every program is ticked as notified.");
  await expect(page.getByRole("region", { name: "Quality review" }).getByRole("status")).toHaveText(
    "No quality warnings: nothing in the report matches what the guidelines call weak.",
  );

  await page.reload();
  await openStep(page, "Review");
  await expect(checklist.getByLabel("Microsoft Trusted Root Program: msroot@microsoft.com")).toBeChecked();
});
