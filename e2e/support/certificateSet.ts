/**
 * A few hundred real certificates and a CRL for the Appendix journey, made
 * with openssl, and the counts the Appendix step should show for them, worked
 * out from how they were made (not by the code under test).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { OpenSslFactory } from "../../src/test/openssl.ts";

const DAY = 86_400_000;
const DV = "2.23.140.1.2.1";
const OV = "2.23.140.1.2.2";
const EV = "2.23.140.1.1";
const CA_POLICY = "1.3.6.1.4.1.55555.1.2";

type Kind = "dv" | "ov" | "ev" | "none";

/** Subjects per kind: commas, quotes and UTF-8 exercise CSV quoting and RFC 4514 escaping. */
const SUBJECTS: Record<Kind, Array<{ subject: string; dns: string[] }>> = {
  dv: [0, 1, 2, 3].map((i) => ({ subject: `/CN=shop${i}.example.com`, dns: [`shop${i}.example.com`, `www.shop${i}.example.com`] })),
  ov: [
    { subject: "/C=DE/L=München/O=Beispiel GmbH/CN=portal.beispiel.de", dns: ["portal.beispiel.de"] },
    { subject: '/C=FR/O=Société "Exemple", SA/CN=api.exemple.fr', dns: ["api.exemple.fr", "api2.exemple.fr"] },
  ],
  ev: [{ subject: "/C=US/ST=Delaware/O=Example Bank, N.A./CN=bank.example.com", dns: ["bank.example.com"] }],
  none: [{ subject: "/CN=legacy.example.net", dns: ["legacy.example.net"] }],
};
const POLICIES: Record<Kind, string[]> = { dv: [DV], ov: [OV, CA_POLICY], ev: [EV, CA_POLICY], none: [] };

export type Expected = {
  rows: number;
  remainingValid: number;
  pairs: number;
  precertificateOnly: number;
  duplicates: number;
  foundOnCrl: number;
  /** Expired and not on the CRL: "Is revoked?" N/A. */
  expiredNotRevoked: number;
  planned: number;
  types: string;
};

export type CertificateSet = {
  factory: OpenSslFactory;
  /** One PEM bundle: every certificate and precertificate, shuffled, plus copies of three. */
  bundle: string;
  /** The issuer's CRL, DER. */
  crl: string;
  /** One more certificate as DER, dropped with the bad files. */
  extraDer: string;
  notCertificate: string;
  truncatedDer: string;
  expected: Expected;
};

/** Deterministic shuffle (a linear congruential generator), so runs are comparable. */
function shuffle<T>(items: T[]): T[] {
  let seed = 42;
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    const j = seed % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

function pemBlocks(path: string): string[] {
  return readFileSync(path, "utf8").match(/-----BEGIN CERTIFICATE-----[^-]+-----END CERTIFICATE-----\n/g) ?? [];
}

export function makeCertificateSet(now: number): CertificateSet {
  const factory = new OpenSslFactory();
  const csrsOf = (kind: Kind) => SUBJECTS[kind].map((s, i) => factory.csr(`${kind}${i}`, s.subject, s.dns));
  const csrs: Record<Kind, string[]> = { dv: csrsOf("dv"), ov: csrsOf("ov"), ev: csrsOf("ev"), none: csrsOf("none") };
  const valid = { notBefore: new Date(now - 30 * DAY), notAfter: new Date(now + 300 * DAY) };
  const expired = { notBefore: new Date(now - 500 * DAY), notAfter: new Date(now - 410 * DAY) };
  let nextSerial = 0x5a10_0000_0000_0000n;
  const batch = (name: string, kind: Kind, count: number, dates: typeof valid, poison = false, firstSerial?: bigint) => {
    const first = firstSerial ?? (nextSerial += 0x1_0000n);
    const list = Array.from({ length: count }, (_, i) => csrs[kind][i % csrs[kind].length]);
    const made = factory.batch({ name, csrs: list, firstSerialHex: first.toString(16), ...dates, policies: POLICIES[kind], poison });
    return { ...made, blocks: pemBlocks(made.path), first };
  };

  const dvValid = batch("dv-valid", "dv", 120, valid);
  const ovValid = batch("ov-valid", "ov", 60, valid);
  const evValid = batch("ev-valid", "ev", 30, valid);
  const noPolicy = batch("no-policy", "none", 4, valid);
  const dvExpired = batch("dv-expired", "dv", 40, expired);
  const ovExpired = batch("ov-expired", "ov", 10, expired);
  // 30 precertificates; the final certificates of the first 25 share their serials (RFC 6962 pairing).
  const precerts = batch("precerts", "dv", 30, valid, true);
  const finals = batch("finals", "dv", 25, valid, false, precerts.first);
  const extra = batch("extra", "ev", 1, valid);
  for (const made of [dvValid, ovValid, evValid, noPolicy, dvExpired, ovExpired, precerts, finals]) {
    if (made.blocks.length !== made.serials.length) throw new Error(`${made.path}: expected ${made.serials.length} certificates`);
  }

  const copies = [dvValid.blocks[7], precerts.blocks[3], finals.blocks[4]];
  const all = [dvValid, ovValid, evValid, noPolicy, dvExpired, ovExpired, precerts, finals].flatMap((made) => made.blocks);
  const bundle = factory.write("bundle.pem", shuffle([...all, ...copies]).join(""));

  const reasons = ["keyCompromise", "superseded", "cessationOfOperation", "affiliationChanged", undefined];
  const revoked = [
    ...dvValid.serials.slice(0, 20),
    ...finals.serials.slice(0, 5), // paired rows: revoked once, as one row
    ...precerts.serials.slice(27, 29), // precertificate only
    ...dvExpired.serials.slice(0, 3), // expired, but revoked first: "Yes", not "N/A"
  ];
  factory.crl(
    "crl",
    revoked.map((serialHex, i) => ({ serialHex, revokedAt: new Date(now - (1 + (i % 20)) * DAY - i * 60_000), reason: reasons[i % reasons.length] })),
  );

  const extraDer = factory.path("extra.der");
  factory.run(["x509", "-in", extra.path, "-outform", "DER", "-out", "extra.der"]);
  const der = factory.der(ovValid.path);
  const truncatedDer = factory.path("truncated.der");
  writeFileSync(truncatedDer, der.subarray(0, Math.floor(der.length / 2)));

  const rows = 120 + 60 + 30 + 4 + 40 + 10 + 25 + 5 + 1;
  const expiredCount = 40 + 10;
  const foundOnCrl = revoked.length;
  const expiredRevoked = 3;
  return {
    factory,
    bundle,
    crl: factory.path("crl.der"),
    extraDer,
    notCertificate: factory.write("notes.txt", "Serials to check: 5a10 0000 0001 0000 ff\n"),
    truncatedDer,
    expected: {
      rows,
      remainingValid: rows - expiredCount - (foundOnCrl - expiredRevoked),
      pairs: 25,
      precertificateOnly: 5,
      duplicates: copies.length,
      foundOnCrl,
      expiredNotRevoked: expiredCount - expiredRevoked,
      planned: rows - foundOnCrl - (expiredCount - expiredRevoked),
      types: "This incident affects DV, OV and EV certificates and 4 certificates without a CA/Browser Forum policy OID.",
    },
  };
}
