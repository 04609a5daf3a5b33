/**
 * Bad input: every problem is listed by file and position, everything else
 * kept; nothing throws, nothing hangs, also on 50 MB.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import { hostileFiles } from "../../test/hostileFiles.ts";
import { OpenSslFactory } from "../../test/openssl.ts";
import { FAILURES_IN_A_ROW, FAILURES_PER_FILE, PROBLEMS_LISTED_PER_FILE, problemCount, readFileHashingInBatches, readFiles, type InputFile, type InputResult } from "./input.ts";
import { webSha256Batch } from "./platform.ts";
import { admitFiles } from "./admit.ts";
import { formatProblem } from "./problems.ts";

let factory: OpenSslFactory;
let certDer: Uint8Array;
let certPem: string;
let crlDer: Uint8Array;

beforeAll(() => {
  factory = new OpenSslFactory();
  const path = factory.leaf({ name: "fuzz", subject: "/C=DE/O=Fuzz GmbH/CN=fuzz.example", serial: "0x0123456789", dnsNames: ["a.example", "b.example"], policies: ["2.23.140.1.2.2"] });
  certDer = factory.der(path);
  certPem = new TextDecoder().decode(factory.read(path));
  const crl = factory.crl("fuzz", [{ serialHex: "0123456789", revokedAt: new Date(), reason: "keyCompromise" }]);
  crlDer = factory.read(crl.replace(/\.pem$/, ".der"));
});
afterAll(() => factory?.dispose());

const text = (s: string) => new TextEncoder().encode(s);

describe("bad input", () => {
  it("lists each problem by file and position and keeps the good certificates", () => {
    const truncatedBlock = certPem.replace(/-----END CERTIFICATE-----\s*$/, "");
    const corrupt = certPem.replace(/\n[a-z0-9+/]{20}/i, "\n!!!!!!!!!!!!!!!!!!!!");
    const files: InputFile[] = [
      { name: "notes.txt", bytes: text("hello, this is not a certificate") },
      { name: "empty.pem", bytes: new Uint8Array() },
      { name: "cut.der", bytes: certDer.subarray(0, certDer.length - 10) },
      { name: "bundle.pem", bytes: text(`${certPem}\n-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n${corrupt}${truncatedBlock}`) },
      { name: "good.der", bytes: certDer },
    ];
    const result = readFiles(files);
    expect(result.certificates.map((c) => c.source)).toEqual(["bundle.pem, PEM block 1 (byte 0)", "good.der, DER item 1 (byte 0)"]);
    const lines = result.problems.map(formatProblem);
    expect(lines).toHaveLength(6);
    expect(lines[0]).toBe("notes.txt: not a certificate or CRL: neither PEM nor DER");
    expect(lines[1]).toBe("empty.pem: the file is empty");
    expect(lines[2]).toMatch(/^cut\.der, DER item 1 \(byte 0\): truncated/);
    expect(lines[3]).toMatch(/^bundle\.pem, PEM block 2 \(byte \d+\): skipped a "PRIVATE KEY" block/);
    expect(lines[4]).toMatch(/^bundle\.pem, PEM block 3 \(byte \d+\): invalid base64 character "!"/);
    expect(lines[5]).toMatch(/^bundle\.pem, PEM block 4 \(byte \d+\): no "-----END CERTIFICATE-----" line/);
  });

  it("reads concatenated DER certificates and CRLs in one file", () => {
    const joined = new Uint8Array([...certDer, ...crlDer, ...certDer]);
    const result = readFiles([{ name: "all.der", bytes: joined }]);
    expect(result.problems).toEqual([]);
    expect(result.certificates).toHaveLength(2);
    expect(result.crls).toHaveLength(1);
  });

  it("reads a certificate given again (in the same or another file) as the same certificate, from its own source", () => {
    const result = readFiles([
      { name: "a.pem", bytes: text(certPem + certPem) },
      { name: "b.der", bytes: certDer },
    ]);
    expect(result.problems).toEqual([]);
    expect(result.certificates.map((c) => c.source)).toEqual(["a.pem, PEM block 1 (byte 0)", `a.pem, PEM block 2 (byte ${certPem.length})`, "b.der, DER item 1 (byte 0)"]);
    const [first, ...copies] = result.certificates;
    for (const copy of copies) expect(copy).toEqual({ ...first, source: copy.source });
    expect(first.subject).toBe("CN=fuzz.example,O=Fuzz GmbH,C=DE");
  });

  it("reads the same with SHA-256 in batches (crypto.subtle, as the browser worker) as hashing each certificate at once", async () => {
    const batch = webSha256Batch();
    expect(batch).not.toBeNull();
    const files: InputFile[] = [
      { name: "mixed.pem", bytes: text(`${certPem}-----BEGIN CERTIFICATE-----\n!!!!\n-----END CERTIFICATE-----\n${certPem}`) },
      { name: "all.der", bytes: new Uint8Array([...certDer, ...crlDer]) },
    ];
    const batched: InputResult = { certificates: [], crls: [], problems: [] };
    for (const file of files) if (batch) await readFileHashingInBatches(file, batched, batch);
    expect(batched).toEqual(readFiles(files));
    expect(batched.certificates[0].sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it("never lets an error escape on mutated, truncated or extended DER", () => {
    const mutation = fc.record({
      cut: fc.nat({ max: 2000 }),
      edits: fc.array(fc.tuple(fc.nat({ max: 2000 }), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }),
      tail: fc.uint8Array({ maxLength: 16 }),
      base: fc.constantFrom("cert", "crl"),
    });
    fc.assert(
      fc.property(mutation, ({ cut, edits, tail, base }) => {
        const source = base === "cert" ? certDer : crlDer;
        const bytes = new Uint8Array([...source.subarray(0, source.length - (cut % 64)), ...tail]);
        for (const [at, value] of edits) bytes[at % bytes.length] = value;
        const result = readFiles([{ name: "x.der", bytes }]);
        // Either something was read or a problem says why not.
        expect(result.certificates.length + result.crls.length + result.problems.length).toBeGreaterThan(0);
      }),
      { numRuns: 3000 },
    );
  });

  it("never lets an error escape on arbitrary bytes, as DER or inside PEM", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (random) => {
        readFiles([{ name: "r.der", bytes: new Uint8Array([0x30, ...random]) }]);
        const b64 = btoa(String.fromCharCode(0x30, 0x82, ...random));
        readFiles([{ name: "r.pem", bytes: text(`-----BEGIN CERTIFICATE-----\n${b64}\n-----END CERTIFICATE-----\n`) }]);
      }),
      { numRuns: 1000 },
    );
  });

  // How fast is a benchmark (npm run bench:certs); here, that it ends and names each file.
  it("gets through 105 MB of junk, dashes and an endless PEM block, and names each file", () => {
    const result = readFiles(hostileFiles());
    expect(result.problems.map((p) => p.file)).toEqual(["junk.bin", "dashes.pem", "begin.pem"]);
  }, 60_000);
});

describe("bounded work on hostile files", () => {
  it("keeps the first problems of a file, counts the rest, and stops after a run of bad items", () => {
    // 5 MB of empty SEQUENCEs: 2.6 million bad items, once 3 GB of problems.
    const zeros = new Uint8Array(5 * 2 ** 20);
    for (let i = 0; i < zeros.length; i += 2) zeros[i] = 0x30;
    const result = readFiles([{ name: "z.der", bytes: zeros }, { name: "good.der", bytes: certDer }]);
    expect(result.certificates).toHaveLength(1);
    const lines = result.problems.map(formatProblem);
    // The first 100, the reason for stopping, and how many more there were.
    expect(lines).toHaveLength(PROBLEMS_LISTED_PER_FILE + 2);
    expect(lines[0]).toMatch(/^z\.der, DER item 1 \(byte 0\): /);
    expect(lines.at(-2)).toMatch(/^z\.der, DER item 1000 \(byte 1998\): stopped reading: 1,000 bad items in a row/);
    expect(lines.at(-1)).toBe(`z.der: ${FAILURES_IN_A_ROW - PROBLEMS_LISTED_PER_FILE} more problems in this file are not listed (only the first 100 are)`);
    expect(problemCount(result)).toBe(FAILURES_IN_A_ROW + 1);
  });

  it("says why it stopped reading a file of tiny PEM blocks", () => {
    const tiny = text("-----BEGIN CERTIFICATE-----\nMAA=\n-----END CERTIFICATE-----\n".repeat(50_000) + certPem);
    const result = readFiles([{ name: "tiny.pem", bytes: tiny }]);
    expect(result.certificates).toHaveLength(0);
    const stop = result.problems.find((p) => p.message.startsWith("stopped reading"));
    expect(stop && formatProblem(stop)).toBe(
      "tiny.pem, PEM block 1000 (byte 58941): stopped reading: 1,000 bad items in a row, so the rest of the file is not read (is it a certificate file?)",
    );
  });

  it("does not stop on a bundle whose bad items are broken up by good ones", () => {
    const key = "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n";
    const bundle = text((key.repeat(900) + certPem).repeat(3));
    const result = readFiles([{ name: "keys.pem", bytes: bundle }]);
    expect(result.certificates).toHaveLength(3);
    expect(problemCount(result)).toBe(2700);
    expect(result.problems).toHaveLength(PROBLEMS_LISTED_PER_FILE + 1);
  });

  it("stops at 10,000 bad items in all, however many good certificates break up the runs (the app's worker reads the same)", async () => {
    // One good certificate after every 999 bad items: never 1,000 in a row. Generated at 100 MB,
    // this kept a file going for 45 million problems; 11 rounds are enough to pass the total.
    const key = "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n";
    const round = key.repeat(FAILURES_IN_A_ROW - 1) + certPem;
    const bytes = text(round.repeat(11));
    const result = readFiles([{ name: "mixed.pem", bytes }]);
    expect(result.certificates).toHaveLength(10);
    // Every bad item up to the stop counted, and one line for the stop itself.
    expect(problemCount(result)).toBe(FAILURES_PER_FILE + 1);
    const stop = result.problems.find((p) => p.message.startsWith("stopped reading"));
    expect(stop && formatProblem(stop)).toBe(
      `mixed.pem, PEM block 10010 (byte ${10 * round.length + 9 * key.length}): stopped reading: 10,000 bad items in this file (the limit per file), so the rest of the file is not read (is it a certificate file?)`,
    );
    const batch = webSha256Batch();
    const batched: InputResult = { certificates: [], crls: [], problems: [] };
    if (batch) await readFileHashingInBatches({ name: "mixed.pem", bytes }, batched, batch);
    expect(batched.problems).toEqual(result.problems);
    expect(batched.certificates).toHaveLength(10);
  });

  it("refuses files over the per-file and per-session limits before reading them, naming file and limit", () => {
    const MB = 2 ** 20;
    const { admitted, refused } = admitFiles([
      { name: "huge.der", size: 129 * MB },
      { name: "a.pem", size: 100 * MB },
      { name: "b.pem", size: 100 * MB },
      { name: "c.pem", size: 100 * MB },
      { name: "d.pem", size: 10 * MB },
    ]);
    expect(admitted.map((f) => f.name)).toEqual(["a.pem", "b.pem", "d.pem"]);
    expect(refused.map(formatProblem)).toEqual([
      "huge.der: the file is 129 MB: the limit for a certificate or CRL file is 128 MB; nothing was read",
      "c.pem: not read: with it, all certificate and CRL files together would be 300 MB, over the limit of 256 MB",
    ]);
    expect(admitFiles([{ name: "e.pem", size: 60 * MB }], 200 * MB).refused).toHaveLength(1);
  });
});
