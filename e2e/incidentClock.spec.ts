/**
 * The incident's clock (issue 20), as a compliance lead in Europe/Berlin
 * meets it: one incident from the Preliminary through the Full report, two
 * updates, a question and the Closure. Every deadline shown is checked
 * against dates worked out by hand (in UTC, as the guidelines count, and on
 * the Berlin clock across the change to summer time on 2026-03-29); the Full
 * draft shows the 14-day date without anything typed again.
 */
import { expect, test, type Locator, type Page } from "@playwright/test";
import { fill, openStep, preview } from "./support/wizard.ts";

test.use({ timezoneId: "Europe/Berlin" });

const NOW = "2026-03-30T08:00Z";

function deadline(page: Page, id: string): Locator {
  return page.locator(`[data-deadline="${id}"]`);
}

async function expectDue(page: Page, id: string, utc: string, berlin?: string): Promise<void> {
  const item = deadline(page, id);
  await expect(item.locator("[data-due]")).toHaveText(utc);
  if (berlin) await expect(item).toContainText(`Local time: ${berlin}`);
}

/** Types a date and time in the author's zone into a DateTimeField (the offset follows the date). */
async function typeWhen(page: Page, label: string, date: string, time: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).fill(date);
  await page.getByLabel(`${label} time`, { exact: true }).fill(time);
}

async function addPosting(page: Page, n: number, kind: string, date: string, time: string, comment: number): Promise<void> {
  await page.getByRole("button", { name: "Add a posting", exact: true }).click();
  await page.getByLabel(`Posting ${n}: what`, { exact: true }).selectOption({ label: kind });
  await typeWhen(page, `Posting ${n}: when`, date, time);
  await page.getByLabel(`Posting ${n}: comment number`, { exact: true }).fill(String(comment));
}

test("one incident from Preliminary to Closure: every deadline as the guidelines count it", async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto(`./?now=${NOW}`);
  await page.getByRole("button", { name: /^Preliminary report \(CA Owner\)/ }).click();
  await fill(page, "CA Owner", "Example CA");
  await fill(page, "Brief title", "Certificates with a 399-day validity");

  // 1. Preliminary, not posted: nothing is "done", and when the CA became aware is asked for.
  await openStep(page, "Review");
  await expect(deadline(page, "preliminary")).toContainText("Needs a fact");
  await expect(deadline(page, "preliminary")).toContainText("When did you become aware of the incident?");
  await deadline(page, "preliminary").getByRole("button", { name: "Enter when you became aware" }).click();
  await expect(page.getByLabel("When the CA Owner became aware", { exact: true })).toBeFocused();
  // 2026-03-27 10:00 in Berlin is 09:00 UTC (winter time).
  await typeWhen(page, "When the CA Owner became aware", "2026-03-27", "10:00");
  await expect(page.getByText("= 2026-03-27 09:00 UTC")).toBeVisible();
  // 72 hours later: 2026-03-30 09:00 UTC, 11:00 in Berlin (summer time since 2026-03-29).
  await expectDue(page, "preliminary", "2026-03-30 09:00 UTC", "2026-03-30 11:00 UTC+02:00 (Europe/Berlin)");
  await expectDue(page, "full", "2026-04-10 09:00 UTC", "2026-04-10 11:00 UTC+02:00 (Europe/Berlin)");
  await expect(deadline(page, "update")).toContainText("Not applicable");

  // A time the clocks skip is asked about, never shifted.
  await page.getByRole("button", { name: "Add a posting", exact: true }).click();
  await typeWhen(page, "Posting 1: when", "2026-03-29", "02:30");
  await expect(page.getByText("There is no 02:30 on 2026-03-29 in Europe/Berlin")).toBeVisible();
  await page.getByRole("button", { name: "Remove posting 1", exact: true }).click();

  // Posted as comment 0 on 2026-03-29 at 20:15 Berlin (18:15 UTC).
  await addPosting(page, 1, "Preliminary report", "2026-03-29", "20:15", 0);
  await expect(deadline(page, "preliminary")).toContainText("Preliminary report posted 2026-03-29 18:15 UTC (comment 0)");
  await expect(deadline(page, "preliminary")).toContainText("Done");
  // Counted from becoming aware, not from the posting (which would give 2026-04-12 18:15 UTC).
  await expectDue(page, "full", "2026-04-10 09:00 UTC");
  await expect(deadline(page, "full")).toContainText("it would be 2026-04-12 18:15 UTC. The earlier date is shown.");
  await expectDue(page, "update", "2026-04-05 18:15 UTC", "2026-04-05 20:15 UTC+02:00 (Europe/Berlin)");

  // 2. The Full report, started from the Preliminary: the same record, nothing typed again.
  await preview(page).getByRole("button", { name: "Write the Full report", exact: true }).click();
  await expect(page.getByRole("combobox", { name: "Report" })).toHaveValue(/full/i);
  await openStep(page, "Review");
  await expectDue(page, "full", "2026-04-10 09:00 UTC");
  await addPosting(page, 2, "Full report", "2026-04-08", "14:00", 3);
  await expect(deadline(page, "full")).toContainText("Full report posted 2026-04-08 12:00 UTC (comment 3)");
  await expectDue(page, "update", "2026-04-15 12:00 UTC");

  // 3. Two updates, the Whiteboard's date, an action item change.
  await addPosting(page, 3, "Update", "2026-04-14", "09:00", 5);
  await expectDue(page, "update", "2026-04-21 07:00 UTC");
  await page.getByLabel("Whiteboard, as written on the bug", { exact: true }).fill("[ca-compliance] [ov-misissuance] Next update 2026-04-24");
  await expectDue(page, "update", "2026-04-24 23:59 UTC");
  await typeWhen(page, "An action item last changed, completed or delayed", "2026-04-16", "11:00");
  // 3 days after 2026-04-16 09:00 UTC comes before the Whiteboard's date.
  await expectDue(page, "update", "2026-04-19 09:00 UTC");
  await addPosting(page, 4, "Update", "2026-04-18", "10:00", 7);
  await expectDue(page, "update", "2026-04-24 23:59 UTC");

  // 4. A question on the bug: a response within 7 days.
  await page.getByRole("button", { name: "Add a question", exact: true }).click();
  await typeWhen(page, "Question 1: asked", "2026-04-20", "16:30");
  await page.getByLabel("Question 1: asked by", { exact: true }).fill("A root program");
  await expectDue(page, "response", "2026-04-27 14:30 UTC", "2026-04-27 16:30 UTC+02:00 (Europe/Berlin)");

  // 5. The Closure: the question answered, the Closure posted; nothing further is due.
  await preview(page).getByRole("button", { name: "Request closure", exact: true }).click();
  await expect(page.getByRole("combobox", { name: "Report" })).toHaveValue(/closure/i);
  await openStep(page, "Review");
  await expectDue(page, "response", "2026-04-27 14:30 UTC");
  await typeWhen(page, "Question 1: answered", "2026-04-21", "09:00");
  await expect(deadline(page, "response")).toHaveCount(0);
  await addPosting(page, 5, "Closure Summary", "2026-04-22", "10:00", 9);
  await expect(deadline(page, "closure")).toContainText("Closure Summary posted 2026-04-22 08:00 UTC (comment 9)");
  await expect(deadline(page, "update")).toContainText("not required after a posted Closure Summary");

  // The Drafts dialog: one incident, its live deadline once (no stale "overdue" on the Preliminary).
  await page.getByRole("button", { name: "Drafts", exact: true }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog.getByText(/overdue/i)).toHaveCount(0);
});
