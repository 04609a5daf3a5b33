/**
 * The Appendix journey: a CA drops a bundle of a few hundred real
 * certificates and its CRL, checks the counts, downloads the CSV the
 * guidelines ask for, and hands the suggestions to Impact and the Appendix.
 */
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { makeCertificateSet, type CertificateSet } from "./support/certificateSet.ts";
import { openStep, steps } from "./support/wizard.ts";

let set: CertificateSet;

test.beforeAll(() => {
  const started = Date.now();
  set = makeCertificateSet(started);
  test.info().annotations.push({ type: "openssl", description: `certificates and CRL made in ${Date.now() - started} ms` });
});
test.afterAll(() => set?.factory.dispose());

/** The CLI on the same files in the same order, its stdout as bytes. `--now` is a minute-precision DateTime. */
function cli(options: string[], files: string[]): Buffer {
  const run = spawnSync(process.execPath, ["bin/ccadb-report.mjs", "appendix", ...options, ...files], { encoding: "buffer" });
  expect(run.status, run.stderr.toString()).toBe(1); // 1: the bad files are reported, the rest written
  return run.stdout;
}

function minute(ms: number): string {
  return new Date(ms).toISOString().slice(0, 16) + "Z";
}

/** Drops files on the drop zone as a browser would: a DataTransfer holding File objects. */
async function dropFiles(zone: Locator, paths: string[]): Promise<void> {
  const files = paths.map((path) => ({ name: basename(path), base64: readFileSync(path).toString("base64") }));
  const dataTransfer = await zone.page().evaluateHandle((list) => {
    const transfer = new DataTransfer();
    for (const { name, base64 } of list) {
      transfer.items.add(new File([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], name));
    }
    return transfer;
  }, files);
  await zone.dispatchEvent("dragenter", { dataTransfer });
  await zone.dispatchEvent("dragover", { dataTransfer });
  await zone.dispatchEvent("drop", { dataTransfer });
}

function count(page: Page, label: string): Locator {
  const header = page.getByRole("rowheader", { name: label, exact: true });
  return page.getByRole("table", { name: "Certificate counts" }).getByRole("row").filter({ has: header }).getByRole("cell");
}

async function readDownload(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: button }).click()]);
  return { name: download.suggestedFilename(), bytes: readFileSync(await download.path()) };
}

test("a bundle of a few hundred certificates and a CRL: counts, CSV identical to the CLI's, Impact and Appendix suggestions", async ({ page }) => {
  const e = set.expected;
  await page.goto("/?example=full-no-certificates");
  await steps(page).getByRole("button", { name: /^8 Appendix/ }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Appendix", exact: true })).toBeVisible();
  const drop = page.getByRole("region", { name: "Affected certificates" });
  const status = drop.getByRole("status");

  // The bundle through the file picker; time until the counts show it.
  const started = Date.now();
  await page.getByLabel("Certificate files", { exact: true }).setInputFiles(set.bundle);
  await expect(count(page, "Certificates (rows)")).toHaveText(String(e.rows - 1), { timeout: 20_000 });
  const readMs = Date.now() - started;
  test.info().annotations.push({ type: "drop", description: `${e.rows - 1} certificates (+${e.duplicates} copies) read and shown in ${readMs} ms` });
  console.log(`Appendix: bundle of ${e.rows - 1 + e.duplicates} PEM blocks read and counted in the page in ${readMs} ms`);

  // The CRL through its own picker.
  await page.getByLabel("CRL files", { exact: true }).setInputFiles(set.crl);
  await expect(count(page, "Found on a CRL")).toHaveText(String(e.foundOnCrl));

  // One more certificate (DER) dropped among a text file and a truncated DER: problems named, the rest kept.
  await dropFiles(drop.getByRole("region", { name: "Drop zone for certificate and CRL files" }), [set.notCertificate, set.truncatedDer, set.extraDer]);
  await expect(count(page, "Certificates (rows)")).toHaveText(String(e.rows));
  const problems = drop.getByRole("region", { name: /problems?: everything else was kept/ });
  await expect(problems.getByRole("heading")).toHaveText("2 problems: everything else was kept");
  await expect(problems.getByRole("listitem")).toHaveText([
    "notes.txt: not a certificate or CRL: neither PEM nor DER",
    /^truncated\.der, DER item 1 \(byte 0\): truncated/,
  ]);
  await expect(status).toHaveText("");

  const expectedCounts: Array<[string, number]> = [
    ["Certificates (rows)", e.rows],
    ["Remaining valid (not expired, not revoked)", e.remainingValid],
    ["Paired with their precertificate", e.pairs],
    ["Only a precertificate", e.precertificateOnly],
    ["Duplicates merged", e.duplicates],
    ["Found on a CRL", e.foundOnCrl],
    ["Is revoked? Yes", e.foundOnCrl],
    ["Is revoked? Planned", e.planned],
    ["Is revoked? Delayed", 0],
    ["Is revoked? N/A", e.expiredNotRevoked],
  ];
  for (const [label, n] of expectedCounts) await expect(count(page, label), label).toHaveText(String(n));

  // No deadline chosen, so the page judged expiry by its clock alone; no certificate expires within months of now.
  const csv = await readDownload(page, "Download CSV");
  expect(csv.name).toBe("affected-certificates.csv");
  const files = [set.bundle, set.crl, set.notCertificate, set.truncatedDer, set.extraDer];
  expect(csv.bytes.equals(cli(["--now", minute(Date.now())], files)), "the page's CSV equals the CLI's byte for byte").toBe(true);

  // With the 24-hour deadline from when the CA became aware (the example's Summary), as the CLI's --aware/--deadline.
  const revocation = page.getByRole("group", { name: "Revocation" });
  const aware = /became aware: (\S+)\.$/.exec((await revocation.getByText(/became aware/).textContent()) ?? "")?.[1] ?? "";
  expect(aware).toMatch(/^\d{4}-\d\d-\d\dT/);
  await revocation.getByLabel("BR revocation deadline").selectOption("24h");
  await expect(count(page, "Is revoked? Delayed")).toHaveText(String(e.foundOnCrl + e.planned));
  const late = await readDownload(page, "Download CSV");
  expect(late.bytes.equals(cli(["--aware", aware, "--deadline", "24h", "--now", minute(Date.now())], files))).toBe(true);
  await revocation.getByLabel("BR revocation deadline").selectOption("");
  await expect(count(page, "Is revoked? Planned")).toHaveText(String(e.planned));

  // Setting every row at once overwrites what the CRL said: Undo puts each row back.
  await revocation.getByLabel("Is revoked?").selectOption("Planned");
  await revocation.getByRole("button", { name: "Set for all rows" }).click();
  await expect(count(page, "Is revoked? Planned")).toHaveText(String(e.rows));
  const undo = page.getByRole("status").filter({ hasText: `Revocation set for ${e.rows} rows.` }).getByRole("button", { name: "Undo" });
  await expect(undo).toBeFocused();
  await undo.click();
  await expect(count(page, "Is revoked? Planned")).toHaveText(String(e.planned));
  await expect(count(page, "Is revoked? Yes")).toHaveText(String(e.foundOnCrl));

  expect(await axeViolations(page), "axe on the Appendix step with rows loaded").toEqual([]);

  // The report says N/A for all three: Apply to Impact asks before replacing anything typed.
  await page.getByRole("button", { name: "Apply to Impact" }).click();
  const ask = page.getByRole("region", { name: /^Apply to Impact/ });
  const total = ask.getByRole("listitem").filter({ hasText: "Replace Total number of certificates" });
  await expect(total).toContainText("Now: N/A");
  await expect(total).toContainText(`From the certificates: ${e.rows}`);
  await expect(ask.getByRole("checkbox")).toHaveCount(3);
  for (const box of await ask.getByRole("checkbox").all()) await expect(box).not.toBeChecked();
  await expect(ask.getByRole("button", { name: "Apply 0 changes" })).toBeDisabled();
  // Cancel changes nothing; ticking all three replaces them, and Undo takes it back.
  await ask.getByRole("button", { name: "Cancel" }).click();
  await page.getByRole("button", { name: "Apply to Impact" }).click();
  await expect(ask.getByRole("checkbox")).toHaveCount(3);
  for (const box of await ask.getByRole("checkbox").all()) await box.check();
  await ask.getByRole("button", { name: "Apply 3 changes" }).click();
  const applied = page.getByRole("region", { name: "Undo" }).getByRole("status").filter({ hasText: "Impact updated" });
  await expect(applied).toContainText(`Total number of certificates changed to ${e.rows}`);
  const preview = page.getByRole("region", { name: "Preview" });
  await expect(preview).toContainText(`Total number of certificates: ${e.rows}`);
  await applied.getByRole("button", { name: "Undo" }).click();
  await expect(preview).toContainText("Total number of certificates: N/A");
  await page.getByRole("button", { name: "Apply to Impact" }).click();
  await expect(ask.getByRole("checkbox")).toHaveCount(3);
  for (const box of await ask.getByRole("checkbox").all()) await box.check();
  await ask.getByRole("button", { name: "Apply 3 changes" }).click();
  await page.getByRole("button", { name: "Insert summary into Appendix" }).click();
  const appendixText = page.getByLabel("Appendix", { exact: true });
  await expect(appendixText).toHaveValue(new RegExp(`^\\*\\*Affected certificates:\\*\\* ${e.rows} \\(${e.remainingValid} remaining valid`));
  await expect(appendixText).toHaveValue(/affected-certificates\.csv/);
  await expect(preview).toContainText(`Affected certificates: ${e.rows} (${e.remainingValid} remaining valid: not expired and not revoked; ${e.precertificateOnly} only as precertificate).`);
  await expect(preview).toContainText(`Is revoked?: ${e.foundOnCrl} Yes, ${e.planned} Planned, ${e.expiredNotRevoked} N/A (expired)`);

  await openStep(page, "Impact");
  await expect(page.getByLabel("Total number of certificates", { exact: true })).toHaveValue(String(e.rows));
  await expect(page.getByLabel('Total number of "remaining valid" certificates', { exact: true })).toHaveValue(String(e.remainingValid));
  await expect(page.getByLabel("Affected certificate types", { exact: true })).toHaveValue(e.types);
  await expect(page.getByLabel("Total number of certificates: not applicable", { exact: true })).not.toBeChecked();

  // Back on the Appendix step the rows' types are no longer known (as after a reload): Apply to Impact leaves the field as it is.
  await steps(page).getByRole("button", { name: /^8 Appendix/ }).click();
  await page.getByRole("button", { name: "Apply to Impact" }).click();
  await expect(drop.getByRole("status").filter({ hasText: "Impact not changed" })).toContainText("Affected certificate types left as it is");
  await openStep(page, "Impact");
  await expect(page.getByLabel("Affected certificate types", { exact: true })).toHaveValue(e.types);
});

async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
}

test("a certificate whose dNSName a spreadsheet would run: the warning names the cell, the exact CSV and a spreadsheet-safe copy", async ({ page }) => {
  const path = set.factory.leaf({ name: "formula", subject: "/CN=formula.example", serial: "0x4444", dnsNames: ["QQcalc.example", "b.example"] });
  const der = set.factory.der(path);
  der.set([0x3d, 0x2d], Buffer.from(der).indexOf("QQcalc"));
  const file = join(set.factory.dir, "formula.der");
  writeFileSync(file, der);

  await page.goto("/?example=full-no-certificates");
  await steps(page).getByRole("button", { name: /^8 Appendix/ }).click();
  const drop = page.getByRole("region", { name: "Affected certificates" });
  await page.getByLabel("Certificate files", { exact: true }).setInputFiles(file);
  const warning = drop.getByRole("alert");
  await expect(warning).toContainText("1 cell of the CSV would run as a formula if opened in a spreadsheet.");
  await expect(warning).toContainText('row 1 (CSV line 2), column "dNSNames" starts with "="');
  expect(await axeViolations(page)).toEqual([]);

  const exact = await readDownload(page, "Download CSV");
  expect(exact.name).toBe("affected-certificates.csv");
  expect(exact.bytes.toString("utf8").split("\r\n")[1]).toContain(",=-calc.example b.example,");
  const safe = await readDownload(page, "Download spreadsheet-safe CSV");
  expect(safe.name).toBe("affected-certificates-spreadsheet-safe.csv");
  const [header, row] = safe.bytes.toString("utf8").split("\r\n");
  expect(header).toBe(exact.bytes.toString("utf8").split("\r\n")[0]);
  expect(row).toContain(",'=-calc.example b.example,");
});
