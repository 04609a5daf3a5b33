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
  // An empty draft just changes kind.
  await expect(page.getByLabel("CA Owner CCADB unique ID", { exact: true })).toBeVisible();
  await fill(page, "CA Owner", "Kept CA");
  // With content, the switch asks first; changing this draft keeps everything.
  await page.getByRole("combobox", { name: "Report", exact: true }).selectOption({ label: "Preliminary report (third party)" });
  await page.getByRole("dialog").getByRole("button", { name: "Change this draft to a Preliminary report (third party)" }).click();
  await expect(page.getByRole("combobox", { name: "Report", exact: true })).toHaveValue("preliminary-third-party");
  await expect(page.getByLabel("CA Owner", { exact: true })).toHaveValue("Kept CA");
});

test("a Closure: four fields, action items must be complete, closing sentence", async ({ page }) => {
  await page.goto("/?example=closure");
  await expect(steps(page).getByRole("button")).toHaveText([/Summary/, /Action Items/, /Closure Summary/, /Review/]);
  await openStep(page, "Action Items");
  await choose(group(page, "Action Item #1"), "Status", "Ongoing");
  await openStep(page, "Review");
  await expect(page.getByRole("button", { name: /^Action Item #1 › Status .*Complete \(or Canceled\)/ })).toBeVisible();
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
  const problem = page.getByRole("button", { name: /^CA Owner CCADB unique ID/ });
  await expect(problem).toContainText("six digits");
  await problem.click();
  const field = page.getByLabel("CA Owner CCADB unique ID", { exact: true });
  await expect(field).toBeFocused();
  await field.fill("A012345");
  await openStep(page, "Review");
  await expect(page.getByText("Ready to post")).toBeVisible();
});

test("a problem far down a long list is fixed from its link, after the list has filled in", async ({ page }) => {
  await page.goto("/?example=large");
  await openStep(page, "Timeline");
  const event = group(page, "Timeline entry 110").getByLabel("Event", { exact: true });
  await event.fill("");
  await openStep(page, "Review");
  await page.getByRole("button", { name: /^Timeline entry 110 › Event/ }).click();
  // The list fills in after the step paints; on a loaded machine that takes seconds.
  await expect(event).toBeFocused({ timeout: 15_000 });
});

test("problems and warnings are named as the report names fields, never by JSON path", async ({ page }) => {
  await page.goto("/?example=full-misissuance-revocation-delay");
  await openStep(page, "Action Items");
  await page.getByRole("button", { name: "Add action item" }).click();
  await openStep(page, "Timeline");
  await page.getByRole("button", { name: "Add timeline entry" }).click();
  await openStep(page, "Review");
  await expect(page.getByRole("button", { name: /^Timeline entry \d+ › Date and time/ }).first()).toBeVisible();
  await expect(page.getByRole("button", { name: /^Action Item #\d+ › Evaluation Criteria/ }).first()).toBeVisible();
  for (const name of ["Summary", "Impact", "Timeline", "Related Incidents", "Root Causes", "Lessons Learned", "Action Items", "Appendix", "Review"]) {
    await openStep(page, name);
    const text = await page.locator("body").innerText();
    expect(text, name).not.toMatch(/\w\[\d+\]\.\w/);
  }
});

test("Next always moves on and the step list counts what is left", async ({ page }) => {
  await startReport(page, "Full incident report");
  await next(page);
  await expect(page.getByRole("heading", { level: 2, name: "Impact", exact: true })).toBeVisible();
  // An empty Summary is badged with its problems; no error shows at fields nobody has touched.
  await expect(steps(page).getByRole("button", { name: /^1 Summary\s*, \d+ problems$/ })).toBeVisible();
  await openStep(page, "Summary");
  await expect(page.getByRole("alert")).toHaveCount(0);
});

test("a field shows its error when left after a change, in one line, with its help kept", async ({ page }) => {
  await startReport(page, "Full incident report");
  const id = page.getByLabel("CA Owner CCADB unique ID", { exact: true });
  await id.fill("4711");
  await expect(id).not.toHaveAttribute("aria-invalid", "true");
  await id.press("Tab");
  await expect(id).toHaveAttribute("aria-invalid", "true");
  const error = page.locator("#f-summary-ccadbId-error");
  await expect(error).toHaveText("Expected \u201cA\u201d followed by six digits, e.g. A000123.");
  await expect(page.locator("#f-summary-ccadbId-help")).toContainText("A000123");
  await id.fill("A004711");
  await expect(id).not.toHaveAttribute("aria-invalid", "true");
  // A field visited without a change stays quiet.
  await page.getByLabel("Brief title", { exact: true }).focus();
  await page.getByLabel("Brief title", { exact: true }).press("Tab");
  await expect(page.getByLabel("Brief title", { exact: true })).not.toHaveAttribute("aria-invalid", "true");
  // Review checks everything: back on Summary, the empty title says so.
  await openStep(page, "Review");
  await openStep(page, "Summary");
  await expect(page.locator("#f-title-error")).toHaveText("Required: fill it in.");
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

test("a field says in one line what Bugzilla will do to its Markdown, with the fix", async ({ page }) => {
  await page.goto("/?example=full-misissuance-revocation-delay");
  await openStep(page, "Action Items");
  const description = group(page, "Action Item #1").getByLabel("Action Item", { exact: true });
  await description.fill("Deploy the linter\nAudit every profile");
  await expect(group(page, "Action Item #1").getByText(/each line becomes a separate sentence in the table/)).toBeVisible();
  await openStep(page, "Summary");
  const incident = page.getByLabel("Incident description", { exact: true });
  await incident.fill("We found:\n- one\n- two\nThen we stopped issuance.");
  await expect(page.locator("#f-summary-incidentDescription-hint")).toHaveText(/joins the bullet above it in Bugzilla: leave a blank line after the list\.$/);
  await incident.fill("We found:\n- one\n- two\n\nThen we stopped issuance.");
  await expect(page.locator("#f-summary-incidentDescription-hint")).toHaveCount(0);
});
