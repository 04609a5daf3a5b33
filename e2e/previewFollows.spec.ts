/** The preview follows the wizard: the step's section, the item being edited; on a phone it is one tap away. */
import { expect, test } from "@playwright/test";
import { group, openStep, preview } from "./support/wizard.ts";


test("on Action Items the preview shows the Action Items table and marks the item being edited", async ({ page }) => {
  await page.goto("/?example=large");
  await openStep(page, "Action Items");
  const table = preview(page).locator('[data-section="actionItems"] table');
  await expect(table).toBeInViewport();
  await group(page, "Action Item #3").getByLabel("Evaluation Criteria", { exact: true }).focus();
  const row = table.locator("tbody > tr").nth(2);
  await expect(row).toHaveAttribute("data-editing", "");
  await expect(row).toBeInViewport();
  await expect(table.locator("[data-editing]")).toHaveCount(1);

  await openStep(page, "Timeline");
  await expect(preview(page).getByRole("heading", { level: 3, name: "Timeline" })).toBeInViewport();
  // The long list paints a screenful first and fills in right after: every entry is there.
  await expect(page.getByRole("group", { name: /^Timeline entry \d+$/ })).toHaveCount(120);
});

test("at 390 px the preview opens with one tap and follows the step", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/?example=full-misissuance-revocation-delay");
  await openStep(page, "Action Items");
  await expect(preview(page)).toBeHidden();
  await page.getByRole("group", { name: "Show" }).getByRole("button", { name: "Preview" }).click();
  await expect(preview(page)).toBeVisible();
  await expect(preview(page).locator('[data-section="actionItems"] table')).toBeInViewport();
  await page.getByRole("group", { name: "Show" }).getByRole("button", { name: "Form" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Action Items", exact: true })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

test("on Lessons Learned the preview marks the lesson being edited, in its own list", async ({ page }) => {
  await page.goto("/?example=full-misissuance-revocation-delay");
  await openStep(page, "Lessons Learned");
  const field = group(page, "What didn’t go well #2").getByLabel("What didn’t go well", { exact: true });
  await field.focus();
  const lessons = preview(page).locator('[data-section="lessons"]');
  const marked = lessons.locator("[data-editing]");
  await expect(marked).toHaveCount(1);
  await expect(marked).toBeInViewport();
  const words = (await field.inputValue()).split(/\s+/).slice(0, 4).join(" ");
  await expect(marked).toContainText(words);
  await expect(lessons.locator(":scope > ul > li").nth(1).locator(":scope > ul > li").nth(1)).toHaveAttribute("data-editing", "");
  // Typing re-renders the list: the lesson stays marked, with the new words.
  await field.press("End");
  await field.pressSequentially(" Found in review.");
  await expect(marked).toHaveCount(1);
  await expect(marked).toContainText("Found in review.");
});

test("on Summary and Impact the preview marks the field being edited, nested dates included", async ({ page }) => {
  await page.goto("/?example=full-misissuance-revocation-delay");
  const marked = preview(page).locator("[data-editing]");
  await page.getByLabel("Relevant policies", { exact: true }).focus();
  await expect(marked).toHaveCount(1);
  await expect(marked.locator("strong").first()).toHaveText("Relevant policies:");
  await page.getByLabel("Non-compliance end date time", { exact: true }).focus();
  await expect(marked.locator("strong").first()).toHaveText("Non-compliance end date:");
  await expect(marked).toBeInViewport();
  await openStep(page, "Impact");
  await page.getByLabel("Incident heuristic", { exact: true }).focus();
  await expect(marked.locator("strong").first()).toHaveText("Incident heuristic:");
  await expect(marked).toBeInViewport();
});
