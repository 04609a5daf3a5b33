/**
 * Every CSV column, for real OpenSSL-made certificates, against references:
 * Node's X509Certificate (hash, serial, validity, SAN) and
 * `openssl x509 -nameopt RFC2253,-esc_msb` (subject, issuer).
 */
import { X509Certificate } from "node:crypto";
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OpenSslFactory, type LeafSpec } from "../../test/openssl.ts";
import { buildAppendix } from "./appendix.ts";
import { CSV_COLUMNS, toCsv } from "./csv.ts";
import { readFiles } from "./input.ts";
import { parseCsv } from "../../test/csv.ts";

const LEAVES: LeafSpec[] = [
  { name: "dv", subject: "/CN=dv.example.com", serial: "0x1001", dnsNames: ["dv.example.com", "www.dv.example.com"], policies: ["2.23.140.1.2.1"] },
  { name: "ov", subject: "/C=DE/O=Example GmbH/CN=ov.example.de", serial: "0x2002", dnsNames: ["ov.example.de"], policies: ["2.23.140.1.2.2"] },
  { name: "utf8", subject: "/C=FR/O=Société Générale Ünïcödé/CN=zoë.example", serial: "4099", dnsNames: ["xn--zo-cja.example"], policies: ["2.23.140.1.2.3"] },
  { name: "bmp", subject: "/O=Ωmega Corp/CN=bmp.example", serial: "12", stringMask: "pkix", dnsNames: ["bmp.example"] },
  { name: "teletex", subject: "/O=Café Teletex/CN=t61.example", serial: "13", stringMask: "default", dnsNames: ["t61.example"] },
  { name: "negative", subject: "/CN=negative.example", serial: "-5", dnsNames: ["negative.example"] },
  { name: "negative-long", subject: "/CN=negative-long.example", serial: "-0x80000000000000000001", dnsNames: ["nl.example"] },
  { name: "long", subject: "/CN=long.example", serial: "0x7fc3a0ffee0123456789abcdef0123456789abcd", dnsNames: ["long.example"] },
  { name: "highbit", subject: "/CN=highbit.example", serial: "0x80", dnsNames: ["highbit.example"] },
  { name: "nosan", subject: "/O=No SAN Ltd/CN=nosan", serial: "0x3003", policies: ["2.23.140.1.2.2"] },
  { name: "v1", subject: "/CN=v1.example", serial: "0x4004", v1: true },
  { name: "escapes", subject: '/O=Comma, Inc. "Quoted" <a>;b\\+c/OU= leading space/CN=#hash trailing ', serial: "0x5005", dnsNames: ["e.example"], policies: ["2.23.140.1.1"] },
  { name: "multi", subject: "/O=Multi/CN=multi.example+UID=u1", serial: "0x6006", multiValueRdn: true, dnsNames: ["multi.example"] },
  { name: "smime", subject: "/CN=Alice Example/emailAddress=alice@example.org", serial: "0x7007", policies: ["2.23.140.1.5.1.2"] },
];

let factory: OpenSslFactory;
const pemPaths = new Map<string, string>();

beforeAll(() => {
  factory = new OpenSslFactory();
  for (const spec of LEAVES) pemPaths.set(spec.name, factory.leaf(spec));
});
afterAll(() => factory?.dispose());

/** A serial as a signed integer: Node prints "-05" for -5; ours is the two's complement octets. */
function nodeSerial(text: string): bigint {
  return text.startsWith("-") ? -BigInt(`0x${text.slice(1)}`) : BigInt(`0x${text}`);
}
function ourSerial(hex: string): bigint {
  const value = BigInt(`0x${hex}`);
  return parseInt(hex[0], 16) >= 8 ? value - (1n << BigInt(hex.length * 4)) : value;
}

function opensslName(path: string, which: "subject" | "issuer"): string {
  return factory
    .run(["x509", "-in", path, "-noout", `-${which}`, "-nameopt", "RFC2253,-esc_msb"])
    .trim()
    .replace(new RegExp(`^${which}=`), "");
}

describe("certificates read against Node and OpenSSL", () => {
  it("gives every CSV column the reference value, for PEM and DER input", () => {
    const files = LEAVES.map((spec, i) => {
      const path = pemPaths.get(spec.name) ?? "";
      // Half as PEM, half as DER, to cover both.
      return i % 2 ? { name: `${spec.name}.pem`, bytes: factory.read(path) } : { name: `${spec.name}.der`, bytes: factory.der(path) };
    });
    const input = readFiles(files);
    expect(input.problems).toEqual([]);
    const result = buildAppendix(input, { now: Date.now(), awareAtMs: null, deadline: null });
    const [header, ...lines] = parseCsv(toCsv(result.rows));
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(lines).toHaveLength(LEAVES.length);

    LEAVES.forEach((spec, i) => {
      const path = pemPaths.get(spec.name) ?? "";
      const reference = new X509Certificate(readFileSync(path));
      const [precertHash, certHash, subject, issuer, notBefore, notAfter, serial, dnsNames, revoked, revocationDate, reason] = lines[i];
      expect(precertHash, spec.name).toBe("");
      expect(certHash, spec.name).toBe(reference.fingerprint256.replace(/:/g, "").toLowerCase());
      expect(subject, spec.name).toBe(opensslName(path, "subject"));
      expect(issuer, spec.name).toBe(opensslName(path, "issuer"));
      expect(Date.parse(notBefore), spec.name).toBe(Date.parse(reference.validFrom));
      expect(Date.parse(notAfter), spec.name).toBe(Date.parse(reference.validTo));
      expect(notBefore).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
      expect(ourSerial(serial), spec.name).toBe(nodeSerial(reference.serialNumber));
      const sans = (reference.subjectAltName ?? "").split(", ").filter((s) => s.startsWith("DNS:")).map((s) => s.slice(4));
      expect(dnsNames, spec.name).toBe(sans.join(" "));
      expect([revoked, revocationDate, reason], spec.name).toEqual(["Planned", "N/A", ""]);
    });
  });

  it("reads the odd encodings as expected", () => {
    const read = (name: string) => readFiles([{ name, bytes: factory.read(pemPaths.get(name) ?? "") }]).certificates[0];
    expect(read("utf8").subject).toBe("CN=zoë.example,O=Société Générale Ünïcödé,C=FR");
    expect(read("bmp").subject).toBe("CN=bmp.example,O=Ωmega Corp");
    expect(read("teletex").subject).toBe("CN=t61.example,O=Café Teletex");
    expect(read("escapes").subject).toBe('CN=\\#hash trailing\\ ,OU=\\ leading space,O=Comma\\, Inc. \\"Quoted\\" \\<a\\>\\;b\\+c');
    expect(read("multi").subject).toBe("CN=multi.example+UID=u1,O=Multi");
    expect(read("negative").serial).toBe("fb");
    expect(read("highbit").serial).toBe("0080");
    expect(read("long").serial).toBe("7fc3a0ffee0123456789abcdef0123456789abcd");
    expect(read("v1").version).toBe(1);
    expect(read("v1").dnsNames).toEqual([]);
    expect(read("nosan").dnsNames).toEqual([]);
    expect(read("dv").version).toBe(3);
  });

  it("types certificates by their CA/Browser Forum policy OIDs", () => {
    const files = ["dv", "ov", "utf8", "escapes", "smime", "v1"].map((name) => ({ name, bytes: factory.read(pemPaths.get(name) ?? "") }));
    const result = buildAppendix(readFiles(files), { now: Date.now(), awareAtMs: null, deadline: null });
    expect([...result.typesByHash.values()]).toEqual([["DV"], ["OV"], ["IV"], ["EV"], ["S/MIME Mailbox-validated"], []]);
  });
});
