/** The real `ccadb-report appendix` command, spawned as users run it. */
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OpenSslFactory } from "../../test/openssl.ts";
import { parseCsv } from "../../test/csv.ts";
import { CSV_COLUMNS } from "../../domain/appendix/csv.ts";

const BIN = fileURLToPath(new URL("../../../bin/ccadb-report.mjs", import.meta.url));
const AWARE = "2026-01-10T12:00Z";

let factory: OpenSslFactory;
let certs: string[];
let crl: string;

function cli(args: string[]) {
  const run = spawnSync(process.execPath, [BIN, "appendix", ...args], { encoding: "utf8", cwd: factory.dir });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

beforeAll(() => {
  factory = new OpenSslFactory();
  certs = [
    factory.leaf({ name: "pre", subject: "/CN=one.example", serial: "0x1111", dnsNames: ["one.example"], poison: true }),
    factory.leaf({ name: "one", subject: "/CN=one.example", serial: "0x1111", dnsNames: ["one.example"] }),
    factory.leaf({ name: "two", subject: "/O=Zoë, Inc./CN=two.example", serial: "0x2222", dnsNames: ["two.example", "www.two.example"] }),
  ];
  crl = factory.crl("crl", [{ serialHex: "1111", revokedAt: new Date(Date.parse(AWARE) + 3600_000), reason: "keyCompromise" }]);
  factory.write("bundle.pem", certs.map((path) => readFileSync(path, "utf8")).join("\nnotes between blocks\n"));
  factory.write("junk.txt", "not a certificate");
});
afterAll(() => factory?.dispose());

describe("ccadb-report appendix", () => {
  it("writes the CSV with CRL matches and deadline statuses, problems to stderr", () => {
    const run = cli(["--crl", crl, "--aware", AWARE, "--deadline", "24h", "--now", "2026-01-12T00:00Z", "bundle.pem", "junk.txt"]);
    expect(run.code).toBe(1);
    const [header, ...rows] = parseCsv(run.stdout);
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(rows.map((r) => [r[0] !== "", r[1] !== "", r[2], r[6], r[7], r[8], r[9], r[10]])).toEqual([
      [true, true, "CN=one.example", "1111", "one.example", "Yes", "2026-01-10", "keyCompromise"],
      [false, true, "CN=two.example,O=Zoë\\, Inc.", "2222", "two.example www.two.example", "Delayed", "N/A", ""],
    ]);
    expect(run.stderr).toContain("junk.txt: not a certificate or CRL: neither PEM nor DER");
    expect(run.stderr).not.toMatch(/\n +at /);
  });

  it("writes the crt.sh list and withholds S/MIME personal data", () => {
    const list = cli(["--crtsh", "bundle.pem"]);
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/^(https:\/\/crt\.sh\/\?sha256=[0-9a-f]{64}\n){2}$/);
    const smime = parseCsv(cli(["--smime", "bundle.pem"]).stdout);
    expect(smime.slice(1).map((r) => [r[2], r[7]])).toEqual([["", ""], ["", ""]]);
  });

  it("explains usage errors and missing files without a stack trace", () => {
    const help = cli(["--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("Usage: ccadb-report appendix");
    const bad = cli(["--deadline", "3d", "--aware", AWARE, "x.pem"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--deadline: expected 24h or 5d, got "3d"');
    const missing = cli(["missing.pem"]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/missing\.pem: could not be read: ENOENT/);
    expect(missing.stderr + bad.stderr).not.toMatch(/\n +at /);
  });

  it("escapes control characters from a certificate in the CSV and on the terminal", () => {
    const path = factory.leaf({ name: "ctl", subject: "/CN=ctl-YYYY", serial: "0x3333", dnsNames: ["ctl-XXXXXXX.example"] });
    const der = factory.der(path);
    const replace = (from: string, to: number[]) => {
      const at = Buffer.from(der).indexOf(from);
      expect(at).toBeGreaterThan(0);
      der.set(to, at);
    };
    // ESC [ 2 J (clear screen), NUL, CR, LF in the dNSName; ESC, NUL, CR, LF in the subject (our reader checks no signature).
    replace("XXXXXXX", [0x1b, 0x5b, 0x32, 0x4a, 0x00, 0x0d, 0x0a]);
    replace("YYYY", [0x1b, 0x00, 0x0d, 0x0a]);
    writeFileSync(join(factory.dir, "ctl.der"), der);
    writeFileSync(join(factory.dir, "bad\x1b[31m.pem"), "junk");
    const run = cli(["ctl.der", "bad\x1b[31m.pem"]);
    const [, row] = parseCsv(run.stdout);
    expect(row[2]).toBe("CN=ctl-\\1B\\00\\0D\\0A");
    expect(row[7]).toBe("ctl-\\1B[2J\\00\\0D\\0A.example");
    const controls = (text: string) => [...text].filter((c) => c.charCodeAt(0) < 0x20 || (c.charCodeAt(0) >= 0x7f && c.charCodeAt(0) <= 0x9f));
    expect(controls(run.stdout.replace(/\r\n/g, ""))).toEqual([]);
    expect(controls(run.stderr.replace(/\n/g, ""))).toEqual([]);
    expect(run.stderr).toContain("bad\\1B[31m.pem: not a certificate or CRL");
  });

  it("warns about each cell a spreadsheet would run, and --spreadsheet-safe prefixes it with '", () => {
    const path = factory.leaf({ name: "formula", subject: "/CN=formula.example", serial: "0x4444", dnsNames: ["QQcalc.example", "b.example"] });
    const der = factory.der(path);
    der.set([0x3d, 0x2d], Buffer.from(der).indexOf("QQcalc"));
    writeFileSync(join(factory.dir, "formula.der"), der);
    const exact = cli(["formula.der"]);
    expect(exact.code).toBe(0);
    expect(parseCsv(exact.stdout)[1][7]).toBe("=-calc.example b.example");
    expect(exact.stderr).toContain('warning: row 1 (CSV line 2), column "dNSNames" starts with "=": a spreadsheet may run it as a formula');
    const safe = cli(["--spreadsheet-safe", "formula.der"]);
    expect(safe.code).toBe(0);
    const [header, row] = parseCsv(safe.stdout);
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(row[7]).toBe("'=-calc.example b.example");
    expect(row[2]).toBe(parseCsv(exact.stdout)[1][2]);
    expect(safe.stderr).toContain("prefixed with ' in this spreadsheet-safe CSV");
  });
});
