/**
 * The related incidents finder, as an author meets it on the large example:
 * the bug list loads only when the step opens, the title finds bugs, one
 * click lists a bug and the preview's table shows it, a newer list can be
 * loaded from a file. No request leaves the page's origin.
 */
import { mkdirSync, truncateSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { openStep } from "./support/wizard.ts";

/** Axe on the finder alone: the rest of the large example's page is checked by accessibility.spec.ts. */
async function axe(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).include('section[aria-labelledby="incident-finder"]').analyze();
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
}

test("the finder finds bugs for the title, adds one, and the preview lists it", async ({ context, page }) => {
  test.setTimeout(120_000);
  const foreign: string[] = [];
  const lists: string[] = [];
  context.on("request", (request) => {
    const url = new URL(request.url());
    if (url.origin !== new URL(test.info().project.use.baseURL ?? "").origin && !["data:", "blob:"].includes(url.protocol)) foreign.push(url.href);
    if (url.pathname.includes("ca-compliance-bugs")) lists.push(url.pathname);
  });
  await page.goto("./?example=large&now=2025-10-01T12:00Z");
  await expect(page.getByRole("navigation", { name: "Steps" })).toBeVisible();
  expect(lists).toEqual([]);

  await openStep(page, "Related Incidents");
  const finder = page.getByRole("region", { name: "Find related incidents" });
  await expect(finder.getByLabel("Search words")).toHaveValue("EV certificates issued with an invalid businessCategory, revocation delayed");
  await expect(finder.getByRole("status").first()).toHaveText(/^\d+ bugs match, [1-9]\d* likely\.$/);
  expect(lists).toHaveLength(1);
  const likely = /, (\d+) likely\./.exec((await finder.getByRole("status").first().textContent()) ?? "")?.[1];

  // Without related incidents, the quality review counts the finder's likely matches and leads to it.
  for (let n = 3; n >= 1; n--) await page.getByRole("button", { name: `Remove Related incident ${n}`, exact: true }).click();
  await openStep(page, "Review");
  const warning = page.getByRole("list", { name: "Quality warnings" }).getByRole("listitem").filter({ hasText: "related incidents finder" });
  await expect(warning).toContainText(`the related incidents finder sees ${likely} likely matches for the report’s title`);
  await warning.getByRole("button", { name: "Open the related incidents finder" }).click();
  await expect(finder.getByLabel("Search words")).toBeFocused();
  expect(lists).toHaveLength(1);

  const first = finder.getByRole("list", { name: "Matching bugs" }).getByRole("listitem").first();
  await expect(first).toContainText(/businessCategory/i);
  const bug = (await first.getByRole("link").textContent())?.replace("Bug ", "") ?? "";
  expect(bug).toMatch(/^\d+$/);
  await first.getByRole("button", { name: `Add bug ${bug} as a related incident` }).click();
  await expect(first).toContainText("Listed: Related incident 1");
  await expect(finder.getByText(`Bug ${bug} added as Related incident 1.`)).toBeVisible();
  await expect(page.getByRole("group", { name: "Related incident 1" }).getByLabel("Bug", { exact: true })).toHaveValue(bug);

  const preview = page.getByRole("region", { name: "Preview" });
  await expect(preview.getByRole("link", { name: bug, exact: true })).toBeVisible();
  expect(await axe(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: "dark" });
  expect(await axe(page)).toEqual([]);

  // A typed search, across word forms, restricted to other CA Owners.
  await finder.getByLabel("Search words").fill("organization name");
  await finder.getByLabel("CA Owner").selectOption("others");
  await finder.getByLabel("Filed").selectOption("null");
  await expect(finder.getByRole("list", { name: "Matching bugs" }).getByRole("listitem").first()).toContainText(/organizationName|organization name/i);

  // A newer list from `ccadb-report incidents refresh`, and a file that is not one.
  const chooser = finder.getByLabel("Newer list of bugs (from ccadb-report incidents refresh)");
  await chooser.setInputFiles({ name: "notes.json", mimeType: "application/json", buffer: Buffer.from('{"notes": []}') });
  await expect(finder.getByRole("alert")).toContainText("notes.json is not a list of bugs this finder can use");
  // Over the size limit: refused before it is read (a sparse file on disk: Playwright sends no large buffers).
  const huge = test.info().outputPath("huge-list.json");
  mkdirSync(dirname(huge), { recursive: true });
  writeFileSync(huge, "");
  truncateSync(huge, 4 * 1024 * 1024 + 1);
  await chooser.setInputFiles(huge);
  await expect(finder.getByRole("alert")).toContainText("huge-list.json is not a list of bugs this finder can use (the file is 4.1 MB: the limit for an incident list is 4 MB; nothing was read)");
  await chooser.setInputFiles({ name: "latin1.json", mimeType: "application/json", buffer: Buffer.from([0x7b, 0xe9, 0x7d]) });
  await expect(finder.getByRole("alert")).toContainText("latin1.json is not a list of bugs this finder can use (the file is not UTF-8 text: an incident list is a JSON file)");
  const newer = { retrieved: "2026-06-01", bugs: [{ id: 2200001, summary: "Example CA: organizationName encoded as PrintableString", creation_time: "2026-05-30T08:00:00Z", status: "NEW", resolution: "", whiteboard: "[ca-compliance] [ov-misissuance]" }] };
  await chooser.setInputFiles({ name: "fresh.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(newer)) });
  await expect(finder.getByText("Using fresh.json: 1 bug filed up to 2026-06-01.")).toBeVisible();
  await expect(finder.getByRole("link", { name: /^Bug \d+$/ })).toHaveText(["Bug 2200001"]);

  expect(foreign).toEqual([]);
});
