/**
 * CRLs made by `openssl ca -gencrl`, read against `openssl crl -text`, and
 * matched to certificates; precertificates paired with their certificates.
 */
import { X509Certificate } from "node:crypto";
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OpenSslFactory } from "../../test/openssl.ts";
import { buildAppendix } from "./appendix.ts";
import { readFiles } from "./input.ts";
import type { RevocationPolicy } from "./revocation.ts";

const HOUR = 3600_000;
const AWARE = Date.UTC(2026, 0, 10, 12, 0, 0);
const REASONS = ["unspecified", "keyCompromise", "CACompromise", "affiliationChanged", "superseded", "cessationOfOperation", "removeFromCRL"];

let factory: OpenSslFactory;
let paths: Record<string, string>;

beforeAll(() => {
  factory = new OpenSslFactory();
  const leaf = (name: string, serial: string, poison = false) =>
    factory.leaf({ name, subject: `/O=Pairs/CN=${name}.example`, serial, dnsNames: [`${name}.example`], policies: ["2.23.140.1.2.1"], poison });
  paths = {
    precert: leaf("precert", "0xA001", true),
    final: leaf("final", "0xA001"),
    lonePrecert: leaf("lone", "0xA002", true),
    late: leaf("late", "0xB001"),
    pending: leaf("pending", "0xC001"),
    highbit: leaf("highbit", "0x80"),
  };
  const entries = [
    { serialHex: "A001", revokedAt: new Date(AWARE + 2 * HOUR), reason: "keyCompromise" },
    { serialHex: "B001", revokedAt: new Date(AWARE + 30 * HOUR), reason: "superseded" },
    { serialHex: "0080", revokedAt: new Date(AWARE + 1 * HOUR) },
    ...REASONS.map((reason, i) => ({ serialHex: `F00${i}`, revokedAt: new Date(AWARE - i * HOUR), reason })),
  ];
  paths.crl = factory.crl("crl", entries);
});
afterAll(() => factory?.dispose());

const fingerprint = (path: string) => new X509Certificate(readFileSync(path)).fingerprint256.replace(/:/g, "").toLowerCase();

/** `openssl crl -text` entries: serial, revocation instant, reason as a reasonCode name. */
function opensslCrlEntries(path: string): Array<{ serial: string; at: number; reason: string }> {
  const text = factory.run(["crl", "-in", path, "-noout", "-text"]);
  return text
    .split("Serial Number: ")
    .slice(1)
    .map((chunk) => {
      const serial = BigInt(`0x${chunk.split("\n")[0].trim()}`).toString(16);
      const date = /Revocation Date: (.+)\n/.exec(chunk)?.[1] ?? "";
      const reasonLine = /CRL Reason Code:[ \t]*\n[ \t]*(\S.*)\n/.exec(chunk)?.[1] ?? "";
      const reason = reasonLine.replace(/ /g, "").replace(/^./, (c) => c.toLowerCase());
      return { serial, at: Date.parse(date), reason };
    });
}

function files(...names: string[]) {
  return names.map((name) => ({ name, bytes: factory.read(paths[name]) }));
}

describe("CRLs and precertificates", () => {
  it("reads every CRL entry as openssl does, from PEM and from DER", () => {
    const reference = opensslCrlEntries(paths.crl);
    expect(reference.length).toBe(3 + REASONS.length);
    const der = factory.read(paths.crl.replace(/\.pem$/, ".der"));
    for (const bytes of [factory.read(paths.crl), der]) {
      const { crls, problems } = readFiles([{ name: "issuer.crl", bytes }]);
      expect(problems).toEqual([]);
      expect(crls[0].issuer).toBe("CN=Test Issuing CA,O=Test CA\\, Inc.,C=US");
      // Ours keeps the DER octets ("0080"), openssl prints the value ("80"): compare values.
      const ours = crls[0].entries.map((e) => ({ serial: BigInt(`0x${e.serial}`).toString(16), at: e.revokedAtMs, reason: e.reason }));
      expect(ours).toEqual(reference);
    }
  });

  it("pairs a precertificate with its certificate and keeps a lone precertificate", () => {
    const result = buildAppendix(readFiles(files("final", "precert", "lonePrecert")), { now: AWARE, awareAtMs: null, deadline: null });
    expect(result.rows.map((r) => [r.precertificateSha256, r.certificateSha256, r.serial])).toEqual([
      [fingerprint(paths.precert), fingerprint(paths.final), "00a001"],
      [fingerprint(paths.lonePrecert), "", "00a002"],
    ]);
  });

  it("merges duplicates and counts them, also in a bundle with text around the blocks", () => {
    const pem = (name: string) => readFileSync(paths[name], "utf8");
    const bundle = `Subject: final\n${pem("final")}\nsome notes\r\n${pem("final")}${pem("pending")}trailing junk`;
    const input = readFiles([{ name: "bundle.pem", bytes: new TextEncoder().encode(bundle) }, ...files("final")]);
    const result = buildAppendix(input, { now: AWARE, awareAtMs: null, deadline: null });
    expect(result.rows).toHaveLength(2);
    expect(result.duplicates).toBe(2);
    expect(result.problems).toEqual([]);
  });

  it("matches the CRL by issuer and serial and applies the 24-hour deadline", () => {
    const policy: RevocationPolicy = { now: AWARE + 10 * HOUR, awareAtMs: AWARE, deadline: "24h" };
    const result = buildAppendix(readFiles(files("final", "precert", "late", "pending", "highbit", "crl")), policy);
    const bySerial = Object.fromEntries(result.rows.map((r) => [r.serial, [r.revoked, r.revocationDate, r.revocationReason]]));
    expect(result.crlMatches).toBe(3);
    expect(bySerial).toEqual({
      "00a001": ["Yes", "2026-01-10", "keyCompromise"],
      "00b001": ["Delayed", "2026-01-11", "superseded"],
      "0080": ["Yes", "2026-01-10", ""],
      "00c001": ["Planned", "2026-01-11", ""],
    });
  });

  it("marks pending rows Delayed after the deadline and expired ones N/A", () => {
    const afterDeadline = buildAppendix(readFiles(files("pending")), { now: AWARE + 6 * 24 * HOUR, awareAtMs: AWARE, deadline: "5d" });
    expect(afterDeadline.rows[0].revoked).toBe("Delayed");
    const expired = buildAppendix(readFiles(files("pending", "late", "crl")), { now: Date.now() + 400 * 24 * HOUR, awareAtMs: AWARE, deadline: "5d" });
    expect(expired.rows.map((r) => [r.serial, r.revoked, r.revocationDate])).toEqual([
      ["00c001", "N/A", "N/A"],
      ["00b001", "Yes", "2026-01-11"],
    ]);
  });
});
