import { expect, test } from "@playwright/test";
import { choose, fill, fillDateTime, group, next, openStep, startReport, steps } from "./support/wizard.ts";

test("a third party files a Preliminary report: three fields, Source may stay open", async ({ page }) => {
  await startReport(page, "Preliminary report \\(third party\\)");
  await expect(steps(page).getByRole("button")).toHaveText([/Summary/, /Review/]);
  await expect(page.getByLabel("CA Owner CCADB unique ID", { exact: true })).toHaveCount(0);
  await fill(page, "CA Owner", "Example CA");
  await fill(page, "Brief title", "Certificates valid for 399 days");
  await fill(page, "Incident description", "crt.sh shows 12 certificates with a validity of 399 days.");
  await fill(page, "Relevant policies", "TLS BR v2.1.2, section 6.3.2");
  await next(page);
  await expect(page.getByText("Ready to post")).toBeVisible();
  const preview = page.getByRole("region", { name: "Preview" });
  await expect(preview.getByRole("heading", { level: 2, name: "Preliminary Incident Report" })).toBeVisible();
  await expect(preview.getByRole("listitem")).toHaveText([
    "Incident description: crt.sh shows 12 certificates with a validity of 399 days.",
    "Relevant policies: TLS BR v2.1.2, section 6.3.2",
    "Source of incident disclosure: Third Party Reported",
  ]);
});

test("switching the report kind keeps everything typed", async ({ page }) => {
  await startReport(page, "Preliminary report \\(third party\\)");
  await page.getByRole("combobox", { name: "Report", exact: true }).selectOption({ label: "Full incident report" });
  // Switching to the CA Owner's Full report keeps what was typed.
  await fill(page, "CA Owner", "Kept CA");
  await page.getByRole("combobox", { name: "Report", exact: true }).selectOption({ label: "Preliminary report (third party)" });
  await expect(page.getByLabel("CA Owner", { exact: true })).toHaveValue("Kept CA");
});

test("a Closure: four fields, action items must be complete, closing sentence", async ({ page }) => {
  await page.goto("/?example=closure");
  await expect(steps(page).getByRole("button")).toHaveText([/Summary/, /Action Items/, /Closure Summary/, /Review/]);
  await openStep(page, "Action Items");
  await choose(group(page, "Action Item #1"), "Status", "Ongoing");
  await openStep(page, "Review");
  await expect(page.getByRole("button", { name: /Action Item #1.*Complete or Canceled|actionItems\[0\]\.status/ })).toBeVisible();
  await openStep(page, "Action Items");
  await choose(group(page, "Action Item #1"), "Status", "Complete");
  await openStep(page, "Closure Summary");
  await fill(page, "Commitment summary", "Quarterly review of CRL publication monitoring for two years.");
  await openStep(page, "Review");
  await expect(page.getByText("Ready to post")).toBeVisible();
  const preview = page.getByRole("region", { name: "Preview" });
  await expect(preview.getByRole("heading", { level: 3 })).toHaveText("Report Closure Summary");
  await expect(preview.getByText("All Action Items disclosed in this report have been completed as described, and we request its closure.")).toBeVisible();
});

test("an error found on Review is fixed from its link", async ({ page }) => {
  await page.goto("/?example=full-no-certificates");
  await openStep(page, "Summary");
  await fill(page, "CA Owner CCADB unique ID", "12345");
  await openStep(page, "Review");
  const problem = page.getByRole("button", { name: /summary\.ccadbId/ });
  await expect(problem).toContainText("six digits");
  await problem.click();
  const field = page.getByLabel("CA Owner CCADB unique ID", { exact: true });
  await expect(field).toBeFocused();
  await field.fill("A012345");
  await openStep(page, "Review");
  await expect(page.getByText("Ready to post")).toBeVisible();
});

test("Next checks the step, shows errors at the field and focuses the first one", async ({ page }) => {
  await startReport(page, "Full incident report");
  await fill(page, "CA Owner", "Example CA");
  await next(page);
  const title = page.getByLabel("Brief title", { exact: true });
  await expect(title).toBeFocused();
  await expect(title).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByRole("alert").first()).toContainText("Brief title");
  await title.fill("Fixed");
  await expect(title).not.toHaveAttribute("aria-invalid", "true");
  // Validation guides, it never traps: any step opens from the list.
  await openStep(page, "Timeline");
});

test("date and time inputs make the offset explicit and show UTC", async ({ page }) => {
  await startReport(page, "Full incident report");
  await openStep(page, "Timeline");
  await page.getByRole("button", { name: "Add timeline entry" }).click();
  const entry = group(page, "Timeline entry 1");
  await fillDateTime(entry, "Date and time", "2025-03-30T01:30+01:00");
  await expect(entry.getByText("= 2025-03-30 00:30 UTC")).toBeVisible();
  await fill(entry, "Event", "Clock change night");
  await expect(page.getByRole("region", { name: "Preview" }).getByText("2025-03-30 00:30 UTC")).toBeVisible();
});
