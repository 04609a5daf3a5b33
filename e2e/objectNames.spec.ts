/**
 * Issue 26, item 1: "constructor" in a title made the related incidents
 * search throw, which blanked the page on Related Incidents and Review, and
 * again on every start, the draft being stored. Now every step opens with
 * such a title, the finder searches it, and a reload brings it all back.
 */
import { expect, test } from "@playwright/test";
import { fill, openStep, startReport, steps } from "./support/wizard.ts";

const TITLE = "Certificates with constructor toString valueOf hasOwnProperty __proto__ in the SAN";
const STEP_LABELS = ["Summary", "Impact", "Timeline", "Related Incidents", "Root Causes", "Lessons Learned", "Action Items", "Appendix", "Review"];

test("a title with Object's own names opens every step and survives a reload", async ({ page }) => {
  test.setTimeout(120_000);
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await startReport(page, "Full incident report");
  await fill(page, "Brief title", TITLE);

  const visitAll = async () => {
    for (const label of STEP_LABELS) {
      await openStep(page, label);
      await expect(page.locator("[data-part-failed]"), `${label}: no part failed`).toHaveCount(0);
    }
  };
  await visitAll();
  await openStep(page, "Related Incidents");
  const finder = page.getByRole("region", { name: "Find related incidents" });
  await expect(finder.getByLabel("Search words")).toHaveValue(TITLE);
  await expect(finder.getByRole("status").first()).toHaveText(/^\d+ bugs? match/);

  await page.reload();
  await expect(steps(page)).toBeVisible();
  await openStep(page, "Summary");
  await expect(page.getByLabel("Brief title", { exact: true })).toHaveValue(TITLE);
  await visitAll();
  expect(errors).toEqual([]);
});
