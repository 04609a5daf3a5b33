import { expect, type Locator, type Page } from "@playwright/test";

/** Helpers that use the app as a person does: by visible names and labels. */

export async function startReport(page: Page, choice: string): Promise<void> {
  await page.goto("/");
  await page.getByRole("button", { name: new RegExp(`^${choice}`) }).click();
  await expect(page.getByRole("navigation", { name: "Steps" })).toBeVisible();
}

/** The live preview beside the form (on a phone, behind the "Preview" switch). */
export function preview(page: Page): Locator {
  return page.getByRole("region", { name: "Preview" });
}

export function steps(page: Page): Locator {
  return page.getByRole("navigation", { name: "Steps" });
}

export async function openStep(page: Page, label: string): Promise<void> {
  await steps(page).getByRole("button", { name: new RegExp(`^\\d+ ${label}\\s*(,|$)`) }).click();
  await expect(page.getByRole("heading", { level: 2, name: label, exact: true })).toBeVisible();
}

export async function next(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Next", exact: true }).click();
}

export async function fill(scope: Page | Locator, label: string, value: string): Promise<void> {
  await scope.getByLabel(label, { exact: true }).fill(value);
}

export async function choose(scope: Page | Locator, label: string, value: string): Promise<void> {
  await scope.getByLabel(label, { exact: true }).selectOption(value);
}

/** Types a Date or DateTime into the date, time and UTC offset inputs of a field. */
export async function fillDateTime(scope: Page | Locator, label: string, value: string): Promise<void> {
  const m = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2})(Z|[+-]\d{2}:\d{2}))?$/.exec(value);
  if (!m) throw new Error(`fillDateTime: cannot type ${value}`);
  // Each part waits until the field shows it (the app's own signal): on a busy machine the next event
  // could otherwise reach the field before it re-rendered with the previous one.
  const date = scope.getByLabel(label, { exact: true });
  await date.fill(m[1]);
  await expect(date).toHaveValue(m[1]);
  if (m[2]) {
    const offset = scope.getByLabel(`${label} UTC offset`, { exact: true });
    await offset.selectOption(m[3]);
    const time = scope.getByLabel(`${label} time`, { exact: true });
    await time.fill(m[2]);
    await expect(time).toHaveValue(m[2]);
  }
}

export async function setNotApplicable(scope: Page | Locator, label: string): Promise<void> {
  await scope.getByLabel(`${label}: not applicable`, { exact: true }).check();
}

export function group(page: Page, name: string): Locator {
  return page.getByRole("group", { name, exact: true });
}

/** "Mark as posted" in `scope`, at the time it offers (now, on the author's clock). */
export async function markAsPosted(scope: Page | Locator): Promise<void> {
  await scope.getByRole("button", { name: "Mark as posted", exact: true }).click();
  await scope.getByRole("button", { name: /^Mark as posted at / }).click();
  await expect(scope.getByText(/^Marked as posted /).first()).toBeVisible();
}
