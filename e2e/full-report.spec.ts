import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { typedFullReport as r } from "./fixtures/typedFullReport.ts";
import { choose, fill, fillDateTime, group, next, setNotApplicable, startReport } from "./support/wizard.ts";

function cliRender(draft: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), "ccadb-e2e-"));
  const file = join(dir, "draft.json");
  writeFileSync(file, JSON.stringify(draft));
  return execFileSync("node", ["bin/ccadb-report.mjs", "render", file], { encoding: "utf8" });
}

test("a Full report typed in from scratch through every step copies exactly what the CLI renders", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await startReport(page, "Full incident report");

  // Summary
  await fill(page, "CA Owner", r.caOwner);
  await fill(page, "Brief title", r.title);
  await fill(page, "CA Owner CCADB unique ID", r.summary.ccadbId);
  await fill(page, "Incident description", r.summary.incidentDescription);
  await fillDateTime(page, "Non-compliance start date", r.summary.nonComplianceStart);
  await fillDateTime(page, "Non-compliance identified date", r.summary.nonComplianceIdentified);
  await expect(page.getByText("= 2025-03-04 17:20 UTC")).toBeVisible();
  await fillDateTime(page, "Non-compliance end date", r.summary.nonComplianceEnd);
  await fill(page, "Relevant policies", r.summary.relevantPolicies);
  await choose(page, "Source of incident disclosure", r.summary.source);
  await next(page);

  // Impact
  await expect(page.getByRole("heading", { level: 2, name: "Impact", exact: true })).toBeVisible();
  await setNotApplicable(page, "Total number of certificates");
  await setNotApplicable(page, 'Total number of "remaining valid" certificates');
  await setNotApplicable(page, "Affected certificate types");
  await fill(page, "Incident heuristic", r.impact.incidentHeuristic);
  await choose(page, "Was issuance stopped in response to this incident, and why or why not?", r.impact.issuanceStopped);
  await fill(page, "Why or why not", r.impact.issuanceStoppedExplanation);
  await setNotApplicable(page, "Analysis");
  await setNotApplicable(page, "Additional considerations");
  await next(page);

  // Timeline
  for (const [i, entry] of r.timeline.entries()) {
    await page.getByRole("button", { name: "Add timeline entry" }).click();
    const item = group(page, `Timeline entry ${i + 1}`);
    await fillDateTime(item, "Date and time", entry.at);
    await fill(item, "Event", entry.event);
  }
  await next(page);

  // Related Incidents
  await page.getByRole("button", { name: "Add related incident" }).click();
  const related = group(page, "Related incident 1");
  await fill(related, "Bug", "https://bugzilla.mozilla.org/show_bug.cgi?id=1900129");
  await fillDateTime(related, "Date", r.relatedIncidents[0].date);
  await fill(related, "Description", r.relatedIncidents[0].description);
  await next(page);

  // Root Causes
  await page.getByRole("button", { name: "Add contributing factor" }).click();
  const factor = group(page, "Contributing Factor #1");
  const c = r.rootCauses[0];
  await fill(factor, "Title", c.title);
  await fill(factor, "Description", c.description);
  await fill(factor, "Timeline", c.timeline);
  await fill(factor, "Detection", c.detection);
  await setNotApplicable(factor, "Interaction with other factors");
  await fill(factor, "Root Cause Analysis methodology used", c.methodology);
  await next(page);

  // Lessons Learned
  await page.getByRole("button", { name: "Add to “What went well”" }).click();
  await fill(group(page, "What went well #1"), "What went well", r.lessons.wentWell[0].text);
  await page.getByRole("button", { name: "Add to “What didn’t go well”" }).click();
  await fill(group(page, "What didn’t go well #1"), "What didn’t go well", r.lessons.didNotGoWell[0].text);
  await page.getByLabel("Not applicable: the report says “N/A” for “Where we got lucky”").check();
  await page.getByLabel("Not applicable: the report says “N/A” for “Additional”").check();
  await next(page);

  // Action Items
  await page.getByRole("button", { name: "Add action item" }).click();
  const action = group(page, "Action Item #1");
  const a = r.actionItems[0];
  await fill(action, "Action Item", a.description);
  await choose(action, "Kind", a.kind);
  await fillDateTime(action, "Due Date", a.dueDate);
  await choose(action, "Status", a.status);
  await action.getByRole("checkbox", { name: /^Contributing Factor #1/ }).check();
  await action.getByRole("checkbox", { name: /^What didn’t go well #1/ }).check();
  await fill(action, "Evaluation Criteria", a.evaluationCriteria);
  await next(page);

  // Appendix (not applicable), then Review
  await expect(page.getByRole("heading", { level: 2, name: "Appendix", exact: true })).toBeVisible();
  await setNotApplicable(page, "Appendix");
  await next(page);
  await expect(page.getByRole("heading", { level: 2, name: "Review", exact: true })).toBeVisible();
  await expect(page.getByText("Ready to post")).toBeVisible();

  await page.getByRole("button", { name: "Copy Markdown" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Copied" }).first()).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(cliRender(r));
});
