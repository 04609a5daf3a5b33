import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { openStep, steps } from "./support/wizard.ts";

const STEPS = ["Summary", "Impact", "Timeline", "Related Incidents", "Root Causes", "Lessons Learned", "Action Items", "Appendix", "Review"];

async function axe(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
}

for (const scheme of ["light", "dark"] as const) {
  test(`axe finds nothing on the start screen and every step (${scheme})`, async ({ page }) => {
    test.setTimeout(180_000);
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto("/");
    expect(await axe(page)).toEqual([]);
    await page.goto("/?example=full-misissuance-revocation-delay");
    for (const step of STEPS) {
      await openStep(page, step);
      expect(await axe(page), step).toEqual([]);
    }
    await page.goto("/?example=closure");
    await openStep(page, "Closure Summary");
    expect(await axe(page), "Closure Summary").toEqual([]);
  });
}

test("errors shown at the fields after Review pass axe too", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("button", { name: /^Full incident report/ }).click();
  await openStep(page, "Review");
  await openStep(page, "Summary");
  await expect(page.getByRole("alert").first()).toBeVisible();
  expect(await axe(page)).toEqual([]);
});

test("a whole report can be written with the keyboard alone", async ({ page }) => {
  await page.goto("/");
  // Start: Tab to the third-party Preliminary choice and press Enter.
  const choice = page.getByRole("button", { name: /^Preliminary report \(third party\)/ });
  for (let i = 0; i < 15 && !(await choice.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
  await expect(choice).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(steps(page)).toBeVisible();

  const tabTo = async (label: string) => {
    const field = page.getByLabel(label, { exact: true });
    for (let i = 0; i < 40 && !(await field.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
    await expect(field).toBeFocused();
  };
  await tabTo("CA Owner");
  await page.keyboard.type("Example CA");
  await tabTo("Brief title");
  await page.keyboard.type("Certificates valid for 399 days");
  await tabTo("Incident description");
  await page.keyboard.type("Twelve certificates in CT have a validity of 399 days.");
  await tabTo("Relevant policies");
  await page.keyboard.type("TLS BR v2.1.2, section 6.3.2");
  const nextButton = page.getByRole("button", { name: "Next", exact: true });
  for (let i = 0; i < 40 && !(await nextButton.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 2, name: "Review", exact: true })).toBeFocused();
  await expect(page.getByText("Ready to post")).toBeVisible();
  const copy = page.getByRole("button", { name: "Copy Markdown" });
  for (let i = 0; i < 40 && !(await copy.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
  await expect(copy).toBeFocused();
});

test("axe finds nothing at 360 px, wide preview tables included", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto("/?example=full-misissuance-revocation-delay");
  await openStep(page, "Action Items");
  expect(await axe(page)).toEqual([]);
  await page.getByRole("group", { name: "Show" }).getByRole("button", { name: "Preview" }).click();
  await expect(page.getByRole("region", { name: "Preview" }).getByRole("table").first()).toBeVisible();
  expect(await axe(page)).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
});

test("the Start screen fits 360 px: no sideways scrolling, the example list included", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Which report are you writing?" })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  const select = page.getByLabel("Example report");
  const box = await select.boundingBox();
  expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(360);
  expect(await axe(page)).toEqual([]);
});
