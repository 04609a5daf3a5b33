/**
 * "Read bug N from Bugzilla" against a local Bugzilla (src/test/bmoServer.ts,
 * BMO's JSON shape, CORS as BMO sends it): nothing is asked before the click;
 * the click asks only for that bug; the incident record shows the postings
 * with their comment numbers and the Deadlines the open questions' 7-day
 * responses; Undo restores the record; a bug that does not exist says so and
 * offers the fallbacks; the latest report opens as a new draft. No other
 * request leaves the page.
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { startBmo, type BmoServer } from "../src/test/bmoServer.ts";
import { bugReadingOf, COMMUNITY, incidentBug } from "../src/test/bmoBug.ts";
import { fill, openStep } from "./support/wizard.ts";

let bmo: BmoServer;
test.beforeAll(async () => {
  // Four comments a page: the reader pages through new_since, as on a long bug.
  bmo = await startBmo(new Map([[1900001, incidentBug()]]), { pageSize: 4 });
});
test.afterAll(() => bmo.close());

test("reads the bug on a click only, fills the incident record and its deadlines, and sends nothing else", async ({ context, page }) => {
  const appOrigin = new URL(test.info().project.use.baseURL ?? "").origin;
  const elsewhere: string[] = [];
  context.on("request", (request) => {
    const url = new URL(request.url());
    if (url.origin !== appOrigin && !["data:", "blob:"].includes(url.protocol)) elsewhere.push(url.href);
  });
  await page.goto(`./?example=full-no-certificates&now=2025-03-24T12:00Z&storage=memory&bugzilla=${encodeURIComponent(`${bmo.origin}/bmo/`)}`);
  await openStep(page, "Summary");
  await fill(page, "Bugzilla bug number", "1900001");
  await openStep(page, "Review");
  const record = page.getByRole("group", { name: "The incident record (shared by every draft of this incident)" });
  await expect(record.getByText(`Asks 127.0.0.1:${new URL(bmo.origin).port} for public bug 1900001: only the bug number leaves this browser`)).toBeVisible();
  expect(elsewhere).toEqual([]);

  await record.getByRole("button", { name: "Read bug 1900001 from Bugzilla" }).click();
  await expect(record.getByRole("status").filter({ hasText: "Bug 1900001 read from" })).toContainText("4 reports and updates, 4 questions, 2 open.");
  const changes = record.getByRole("list", { name: "What applying changes" });
  await expect(changes).toContainText("Adds: Full report posted 2025-03-10 08:00 UTC (comment 3).");
  await expect(changes).toContainText(`Adds: question by ${COMMUNITY} of 2025-03-22 12:00 UTC (open).`);
  await expect(record.getByText("1 private comment was not read")).toBeVisible();
  const axe = await new AxeBuilder({ page }).include("fieldset").analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  // Read, not applied: the record is as it was.
  await expect(record.getByRole("list", { name: "Posted on the bug" }).getByRole("listitem")).toHaveCount(0);

  await record.getByRole("button", { name: "Apply to the incident record" }).click();
  const undo = page.getByRole("region", { name: "Undo" });
  await expect(undo.getByText("Bug 1900001 applied to the incident record: the deadlines above count from it.")).toBeVisible();
  await expect(record.getByRole("list", { name: "Posted on the bug" }).getByRole("listitem")).toHaveCount(4);
  await expect(record.getByLabel("Posting 2: comment number")).toHaveValue("3");
  await expect(record.getByLabel("Posting 4: comment number")).toHaveValue("7");
  await expect(record.getByLabel("Whiteboard, as written on the bug")).toHaveValue("[ca-compliance] [crl-failure] Next update 2025-04-02");

  const deadlines = page.getByRole("list", { name: "Deadlines" });
  const question = deadlines.getByRole("listitem", { name: `Respond to the question by ${COMMUNITY} of 2025-03-22 12:00 UTC` });
  await expect(question.locator("[data-due]")).toHaveText("2025-03-29 12:00 UTC");
  // The posting times, with their comment numbers, are what the report deadlines count as done.
  await expect(deadlines.getByRole("listitem", { name: "Full Incident Report (14 days)" })).toContainText("Full report posted 2025-03-10 08:00 UTC (comment 3)");
  await expect(deadlines).toContainText("Preliminary report posted 2025-03-01 09:00 UTC (comment 0)");

  // Undo puts the record back.
  await undo.getByRole("button", { name: "Undo" }).click();
  await expect(record.getByRole("list", { name: "Posted on the bug" }).getByRole("listitem")).toHaveCount(0);
  await expect(question).toHaveCount(0);

  // A bug that does not exist: why, and the fallbacks.
  await openStep(page, "Summary");
  await fill(page, "Bugzilla bug number", "1900002");
  await openStep(page, "Review");
  await record.getByRole("button", { name: "Read bug 1900002 from Bugzilla" }).click();
  const alert = record.getByRole("alert");
  await expect(alert).toContainText("Bug 1900002 could not be read: no such bug: bug 1900002 does not exist on");
  await expect(alert).toContainText("Drafts › Import a posted report");
  await expect(alert).toContainText("npx ccadb-report bug 1900002 --json > bug-1900002.json");

  // The latest report on the bug, as a new draft with the incident record attached.
  await openStep(page, "Summary");
  await fill(page, "Bugzilla bug number", "1900001");
  await openStep(page, "Review");
  await record.getByRole("button", { name: "Read bug 1900001 from Bugzilla" }).click();
  await expect(record.getByText("The new draft shares this incident’s record: apply first")).toBeVisible();
  await record.getByRole("button", { name: "Apply to the incident record" }).click();
  await record.getByRole("button", { name: "Read bug 1900001 from Bugzilla" }).click();
  await expect(record.getByText("The incident record already says everything the bug shows.")).toBeVisible();
  await record.getByRole("button", { name: "Open the latest report (comment 3) as a new draft" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Summary", exact: true })).toBeVisible();
  await expect(page.getByLabel("Bugzilla bug number", { exact: true })).toHaveValue("1900001");
  await openStep(page, "Review");
  await expect(record.getByRole("list", { name: "Posted on the bug" }).getByRole("listitem")).toHaveCount(4);

  // Only the bug's REST addresses on the local Bugzilla, no API key, nothing from the draft.
  const asked = elsewhere.map((href) => new URL(href));
  expect(asked.length).toBeGreaterThanOrEqual(3);
  expect(asked.every((url) => url.origin === bmo.origin)).toBe(true);
  expect(asked.map((url) => url.pathname)).toEqual(expect.arrayContaining(["/bmo/rest/bug/1900001", "/bmo/rest/bug/1900001/comment", "/bmo/rest/bug/1900002"]));
  expect(asked.every((url) => /^\/bmo\/rest\/bug\/190000[12](?:\/comment)?$/.test(url.pathname))).toBe(true);
  expect(asked.every((url) => [...url.searchParams.keys()].every((key) => key === "include_fields" || key === "new_since"))).toBe(true);
  expect(bmo.requests.every((r) => r.apiKey === undefined)).toBe(true);
});

test("where the browser cannot read the bug it says why, and the file from ccadb-report bug N --json fills the record instead", async ({ context, page }) => {
  // `/html/` answers without CORS headers (a 502 page): the browser refuses to show it to the page.
  await page.goto(`./?example=full-no-certificates&now=2025-03-24T12:00Z&storage=memory&bugzilla=${encodeURIComponent(`${bmo.origin}/html/`)}`);
  await openStep(page, "Summary");
  await fill(page, "Bugzilla bug number", "1900001");
  await openStep(page, "Review");
  const record = page.getByRole("group", { name: "The incident record (shared by every draft of this incident)" });
  const read = record.getByRole("button", { name: "Read bug 1900001 from Bugzilla" });
  await read.click();
  const alert = record.getByRole("alert");
  await expect(alert).toContainText(`Bug 1900001 could not be read: could not reach 127.0.0.1:${new URL(bmo.origin).port}: offline, or the request was blocked.`);
  await expect(alert).toContainText("Drafts › Import a posted report");

  await context.setOffline(true);
  await read.click();
  await expect(alert).toContainText("This browser is offline: bug 1900001 could not be read from");

  // The fallback file: another bug's is refused, this bug's shows the same changes.
  const reading = bugReadingOf(incidentBug(), Date.parse("2025-03-24T00:00Z"));
  const chooser = record.getByLabel("Bug reading file (from ccadb-report bug 1900001 --json)");
  await chooser.setInputFiles({ name: "bug-1900002.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify({ ...reading, bug: 1900002 })) });
  await expect(alert).toContainText("bug-1900002.json is the reading of bug 1900002, and this draft's bug is 1900001: nothing was changed.");
  await chooser.setInputFiles({ name: "bug-1900001.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(reading)) });
  await expect(record.getByRole("status").filter({ hasText: "Bug 1900001 read from bug-1900001.json" })).toContainText("2 open.");
  await record.getByRole("button", { name: "Apply to the incident record" }).click();
  await expect(page.getByRole("list", { name: "Deadlines" }).getByRole("listitem", { name: `Respond to the question by ${COMMUNITY} of 2025-03-22 12:00 UTC` })).toBeVisible();
});

