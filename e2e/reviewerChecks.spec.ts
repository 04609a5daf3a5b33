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

test("a root cause that states the symptom is flagged, its link opens the field, and saying why clears it", async ({ page }) => {
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
