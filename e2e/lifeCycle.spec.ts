/**
 * One incident, one bug (issue 11): a third party's Preliminary opens the
 * bug; the CA's Full report, its update and the Closure are posted on that
 * same bug; the Drafts dialog keeps the three reports together.
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { choose, fill, group, markAsPosted, openStep, preview, startReport } from "./support/wizard.ts";

const BUG = 1234567;


/** Clicks an output button; when the report is not ready, goes through the gate with "… anyway". */
async function output(page: Page, name: string, anyway: "Copy" | "Open" | "Download"): Promise<void> {
  await preview(page).getByRole("button", { name, exact: true }).click();
  const gate = page.getByRole("alert").filter({ hasText: "Not ready to post" });
  if (await gate.isVisible()) await gate.getByRole("button", { name: `${anyway} anyway` }).click();
}

test("a third party's Preliminary opens bug 1234567; the CA's Full report, update and Closure go to that bug", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const clipboard = () => page.evaluate(() => navigator.clipboard.readText());
  // Bugzilla itself is not reached: its pages are answered here, so the tabs show the address opened.
  await context.route("https://bugzilla.mozilla.org/**", (route) => route.fulfill({ contentType: "text/html", body: "<title>Bugzilla stand-in</title>" }));
  const opened = async (tab: Page) => {
    await tab.waitForLoadState();
    const url = tab.url();
    await tab.close();
    return url;
  };

  // 1. A third party files a Preliminary report: the new-bug form.
  await startReport(page, "Preliminary report \\(third party\\)");
  await fill(page, "CA Owner", "Example CA");
  await fill(page, "Brief title", "Certificates valid for 399 days");
  await fill(page, "Incident description", "crt.sh shows 12 certificates with a validity of 399 days.");
  await fill(page, "Relevant policies", "TLS BR v2.1.2, section 6.3.2");
  await openStep(page, "Review");
  await expect(page.getByText("Ready to post")).toBeVisible();
  // A third party owes none of the CA's deadlines.
  await expect(page.getByText("Full Incident Report", { exact: true })).toHaveCount(0);
  await expect(page.getByText(/Initial report \(Preliminary or Full\)/)).toHaveCount(0);
  const [newBug] = await Promise.all([context.waitForEvent("page"), preview(page).getByRole("button", { name: "Open in Bugzilla" }).click()]);
  const form = new URL(await opened(newBug));
  expect(form.origin + form.pathname).toBe("https://bugzilla.mozilla.org/enter_bug.cgi");
  expect(form.searchParams.get("product")).toBe("CA Program");
  expect(form.searchParams.get("component")).toBe("CA Certificate Compliance");
  expect(form.searchParams.get("short_desc")).toBe("Example CA: Certificates valid for 399 days");
  await page.getByLabel("Which bug number did Bugzilla give it?").fill(`https://bugzilla.mozilla.org/show_bug.cgi?id=${BUG}`);
  await page.getByRole("button", { name: "Save bug number" }).click();
  await expect(preview(page).getByRole("status").filter({ hasText: `Recorded: bug ${BUG}` })).toBeVisible();
  await markAsPosted(preview(page));

  // 2. The CA writes the Full report from it, on the same bug.
  await preview(page).getByRole("button", { name: "Write the Full report" }).click();
  await expect(page.getByRole("combobox", { name: "Report", exact: true })).toHaveValue("full");
  await expect(page.getByLabel("Incident description", { exact: true })).toHaveValue("crt.sh shows 12 certificates with a validity of 399 days.");
  await openStep(page, "Action Items");
  await page.getByRole("button", { name: "Add action item" }).click();
  await fill(group(page, "Action Item #1"), "Action Item", "Cap validity at 397 days in every profile.");
  await choose(group(page, "Action Item #1"), "Status", "Ongoing");
  const [bugPage] = await Promise.all([context.waitForEvent("page"), output(page, `Post on bug ${BUG}`, "Open")]);
  expect(await opened(bugPage)).toBe(`https://bugzilla.mozilla.org/show_bug.cgi?id=${BUG}#comment`);
  expect(await clipboard()).toMatch(/^## Full Incident Report/);
  await expect(page.getByRole("list", { name: "Steps on Bugzilla" })).toContainText(`Paste the report (it is copied) into the comment box of bug ${BUG}.`);
  await markAsPosted(preview(page));

  // 3. An action item changes: the update comment says so.
  await choose(group(page, "Action Item #1"), "Status", "Complete");
  await preview(page).getByRole("button", { name: "Copy update comment" }).click();
  expect(await clipboard()).toContain("Action Item #1");
  await expect(page.getByText("Copied update comment", { exact: true })).toBeVisible();

  // 4. Closure requested on the same bug, with the needinfo step.
  await preview(page).getByRole("button", { name: "Request closure" }).click();
  await expect(page.getByRole("combobox", { name: "Report", exact: true })).toHaveValue("closure");
  const [closurePage] = await Promise.all([context.waitForEvent("page"), output(page, `Post on bug ${BUG}`, "Open")]);
  expect(await opened(closurePage)).toBe(`https://bugzilla.mozilla.org/show_bug.cgi?id=${BUG}#comment`);
  expect(await clipboard()).toMatch(/Report Closure Summary/);
  await expect(page.getByRole("list", { name: "Steps on Bugzilla" })).toContainText("Tick “Request information from” and enter incident-reporting@ccadb.org");
  expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`), "axe with the posting steps open").toEqual([]);
  // A Closure whose action items are complete owes no revocation or update deadline.
  await openStep(page, "Review");
  await expect(page.getByText(/Update after an action item change|Revocation-delay update/)).toHaveCount(0);

  // The three reports, together under the bug.
  await page.getByRole("button", { name: "Drafts", exact: true }).click();
  const incident = page.getByRole("dialog", { name: "Drafts" }).getByRole("group", { name: `Bug ${BUG}` });
  await expect(incident.getByRole("listitem")).toHaveCount(3);
  await expect(incident.getByRole("listitem").nth(0)).toContainText("Preliminary · Example CA");
  await expect(incident.getByRole("listitem").nth(1)).toContainText("Full · Example CA");
  await expect(incident.getByRole("listitem").nth(2)).toContainText("Closure · Example CA");
});
