import { expect, test, type Page } from "@playwright/test";
import { fill, group, openStep, preview, startReport } from "./support/wizard.ts";

// A compliance lead in Berlin: times default to the browser's zone, with the offset right for their date.
test.use({ timezoneId: "Europe/Berlin" });


async function newEntry(page: Page, n: number, date: string, time: string) {
  await page.getByRole("button", { name: "Add timeline entry" }).click();
  const entry = group(page, `Timeline entry ${n}`);
  await entry.getByLabel("Date and time", { exact: true }).fill(date);
  await entry.getByLabel("Date and time time", { exact: true }).fill(time);
  return entry;
}

test("a new timeline entry is in the browser's zone, UTC+02:00 in summer and UTC+01:00 in winter, rendered in UTC", async ({ page }) => {
  await startReport(page, "Full incident report");
  await openStep(page, "Timeline");
  await expect(page.getByLabel("Times in", { exact: true })).toHaveValue("Europe/Berlin");

  const summer = await newEntry(page, 1, "2025-07-01", "10:00");
  await expect(summer.getByLabel("Date and time UTC offset", { exact: true }).locator("option:checked")).toHaveText("UTC+02:00 (Europe/Berlin)");
  await expect(summer.getByText("= 2025-07-01 08:00 UTC")).toBeVisible();
  await fill(summer, "Event", "Summer event");

  const winter = await newEntry(page, 2, "2025-01-15", "10:00");
  await expect(winter.getByLabel("Date and time UTC offset", { exact: true }).locator("option:checked")).toHaveText("UTC+01:00 (Europe/Berlin)");
  await fill(winter, "Event", "Winter event");

  await expect(preview(page).getByText("2025-07-01 08:00 UTC")).toBeVisible();
  await expect(preview(page).getByText("2025-01-15 09:00 UTC")).toBeVisible();
});

test("an offset chosen before the time is kept, and Times in sets the zone for new entries", async ({ page }) => {
  await startReport(page, "Full incident report");
  await openStep(page, "Timeline");
  await page.getByRole("button", { name: "Add timeline entry" }).click();
  const first = group(page, "Timeline entry 1");
  await first.getByLabel("Date and time", { exact: true }).fill("2025-07-01");
  await first.getByLabel("Date and time UTC offset", { exact: true }).selectOption("-05:00");
  await first.getByLabel("Date and time time", { exact: true }).fill("10:00");
  await expect(first.getByText("= 2025-07-01 15:00 UTC")).toBeVisible();

  await page.getByLabel("Times in", { exact: true }).selectOption("America/New_York");
  const second = await newEntry(page, 2, "2025-07-01", "10:00");
  await expect(second.getByLabel("Date and time UTC offset", { exact: true }).locator("option:checked")).toHaveText("UTC-04:00 (America/New_York)");
  await expect(second.getByText("= 2025-07-01 14:00 UTC")).toBeVisible();

  // The draft remembers the zone.
  await expect(page.getByText(/^Saved/)).toBeVisible();
  await page.reload();
  await openStep(page, "Timeline");
  await expect(page.getByLabel("Times in", { exact: true })).toHaveValue("America/New_York");
});

test("date-only fields have a date input only", async ({ page }) => {
  await page.goto("/?example=full-misissuance-revocation-delay");
  await openStep(page, "Action Items");
  const item = group(page, "Action Item #1");
  await expect(item.getByLabel("Due Date", { exact: true })).toHaveAttribute("type", "date");
  await expect(item.getByLabel("Due Date time", { exact: true })).toHaveCount(0);
  await expect(item.getByLabel("Due Date UTC offset", { exact: true })).toHaveCount(0);
});

test("deadlines stay in UTC and also show the author's clock", async ({ page }) => {
  await page.goto("/?example=full-misissuance-revocation-delay&now=2025-09-20T12:00Z");
  await openStep(page, "Review");
  const panel = page.getByRole("region", { name: "Deadlines" });
  await expect(panel).toContainText("Now: 2025-09-20 12:00 UTCLocal time: 2025-09-20 14:00 UTC+02:00 (Europe/Berlin)");
  const full = panel.locator('[data-deadline="full"]');
  await expect(full).toContainText("2025-10-01 08:42 UTC (in 10 days)");
  await expect(full).toContainText("Local time: 2025-10-01 10:42 UTC+02:00 (Europe/Berlin)");
});
