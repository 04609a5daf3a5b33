/**
 * Reading dropped files: PEM (bundles, mixed with other text), DER, or
 * concatenated DER; certificates and CRLs alike. Each bad item becomes a
 * Problem naming the file and position; nothing thrown escapes.
 *
 * Memory stays bounded on hostile files: a file over its size limit is not
 * read, only the first problems of a file are kept (the rest are counted),
 * and reading a file ends, with a message, after a long run of bad items in a
 * row or after a total of bad items no certificate file comes near (a good
 * certificate between runs resets the run, not the total).
 */
import { TAG, readTlv, type Tlv } from "./der.ts";
import { readCertificate, type ParsedCertificate } from "./certificate.ts";
import { looksLikeCrl, readCrl, type ParsedCrl } from "./crl.ts";
import { hasPem, pemBlocks } from "./pem.ts";
import { portablePlatform, type AppendixPlatform, type BatchSha256 } from "./platform.ts";
import { messageOf, type Problem } from "./problems.ts";
import { formatCount } from "../text/formatCount.ts";
import { sizeProblem } from "../limits/inputLimits.ts";

export type InputFile = { name: string; bytes: Uint8Array };

export type SourcedCertificate = ParsedCertificate & { source: string };

export type InputResult = {
  certificates: SourcedCertificate[];
  crls: ParsedCrl[];
  problems: Problem[];
  /**
   * How many more problems there were than `problems` holds: a file's
   * problems beyond the first are only counted, and one line in `problems`
   * says how many.
   */
  problemsNotListed?: number;
};

/** Problems kept per file; the rest are counted. */
export const PROBLEMS_LISTED_PER_FILE = 100;
/** Bad items in a row after which a file is taken for not a certificate file, and reading it stops. */
export const FAILURES_IN_A_ROW = 1000;
/**
 * Bad items in one file, in a row or not, after which reading it stops: the
 * bound on the work one file can cause. Without it, one good certificate
 * after every 999 bad items kept a 100 MB file going for 45 million problems.
 */
export const FAILURES_PER_FILE = 10_000;

/** All problems, listed or only counted. */
export function problemCount(result: Pick<InputResult, "problems" | "problemsNotListed">): number {
  return result.problems.length + (result.problemsNotListed ?? 0);
}

const CERTIFICATE_LABELS = new Set(["CERTIFICATE", "X509 CERTIFICATE", "TRUSTED CERTIFICATE"]);
const CRL_LABELS = new Set(["X509 CRL"]);

/** Called every so many items so a worker can report progress on one big bundle. */
export type ProgressHook = (itemsInFile: number) => void;
const PROGRESS_EVERY = 500;

type Item = { der: Uint8Array; offset: number; position: string; label: string | null };

/** The problems of one file: the first ones kept, the rest counted, and bad items in a row tracked. */
class FileLog {
  private listed = 0;
  private notListed = 0;
  private failuresInARow = 0;
  private failures = 0;

  constructor(
    readonly file: string,
    private readonly out: InputResult,
  ) {}

  problem(position: string, message: string, always = false): void {
    if (always || this.listed < PROBLEMS_LISTED_PER_FILE) {
      this.listed++;
      this.out.problems.push({ file: this.file, position, message });
    } else {
      this.notListed++;
    }
  }

  /** One item done: false when it is time to stop reading the file. */
  itemDone(ok: boolean, position: string): boolean {
    this.failuresInARow = ok ? 0 : this.failuresInARow + 1;
    if (!ok) this.failures++;
    if (this.failuresInARow >= FAILURES_IN_A_ROW) {
      this.problem(position, `stopped reading: ${formatCount(FAILURES_IN_A_ROW)} bad items in a row, so the rest of the file is not read (is it a certificate file?)`, true);
      return false;
    }
    if (this.failures >= FAILURES_PER_FILE) {
      this.problem(position, `stopped reading: ${formatCount(FAILURES_PER_FILE)} bad items in this file (the limit per file), so the rest of the file is not read (is it a certificate file?)`, true);
      return false;
    }
    return true;
  }

  /** Says how many problems were counted but not listed. */
  close(): void {
    if (this.notListed === 0) return;
    // The line below stands in for one of them.
    this.out.problemsNotListed = (this.out.problemsNotListed ?? 0) + this.notListed - 1;
    this.out.problems.push({
      file: this.file,
      position: "",
      message: `${formatCount(this.notListed)} more problems in this file are not listed (only the first ${PROBLEMS_LISTED_PER_FILE} are)`,
    });
  }
}

/** A certificate read before its hash: `sha256` is filled in from `der` by `readFileHashingInBatches`. */
type Unhashed = { certificate: SourcedCertificate; der: Uint8Array };

/** How items are read: the platform, and where certificates waiting for a batched hash go (null: hash each at once). */
type Reading = { platform: AppendixPlatform; unhashed: Unhashed[] | null };

/**
 * Certificates already read into each result, by SHA-256: a copy (the same
 * certificate in several files or bundles, common in incident exports) is
 * hashed but not parsed again. Identical DER parses identically.
 */
const readByHash = new WeakMap<InputResult, Map<string, SourcedCertificate>>();

/** A certificate given again is the first one's fields with its own source (the cache holds the first, which `out` holds anyway). */
function certificateOf(der: Uint8Array, outer: Tlv, source: string, out: InputResult, platform: AppendixPlatform): SourcedCertificate {
  let known = readByHash.get(out);
  if (!known) readByHash.set(out, (known = new Map()));
  const sha256 = platform.sha256Hex(der.subarray(outer.start, outer.end));
  const first = known.get(sha256);
  if (first) return { ...first, source };
  const certificate = { ...readCertificate(der, outer, platform, sha256), source };
  known.set(sha256, certificate);
  return certificate;
}

function readCertificateItem(log: FileLog, item: Item, outer: Tlv, out: InputResult, reading: Reading): void {
  const source = [log.file, item.position].join(", ");
  if (reading.unhashed === null) {
    out.certificates.push(certificateOf(item.der, outer, source, out, reading.platform));
    return;
  }
  const certificate = { ...readCertificate(item.der, outer, reading.platform, ""), source };
  reading.unhashed.push({ certificate, der: item.der.subarray(outer.start, outer.end) });
  out.certificates.push(certificate);
}

/** Reads one item; true when it gave a certificate or CRL. */
function readItem(log: FileLog, item: Item, out: InputResult, reading: Reading): boolean {
  try {
    const outer = readTlv(item.der, item.offset, item.der.length);
    if (outer.tag !== TAG.SEQUENCE) {
      log.problem(item.position, "not a certificate or CRL (does not start with a DER SEQUENCE)");
      return false;
    }
    if (looksLikeCrl(item.der, outer)) {
      out.crls.push(readCrl(item.der, outer));
    } else {
      readCertificateItem(log, item, outer, out, reading);
    }
    if (item.label !== null && item.label !== "TRUSTED CERTIFICATE" && outer.end !== item.der.length) {
      log.problem(item.position, `${item.der.length - outer.end} bytes after the end of the ${item.label} were ignored`);
    }
    return true;
  } catch (error) {
    log.problem(item.position, messageOf(error));
    return false;
  }
}

function readPem(file: InputFile, log: FileLog, out: InputResult, reading: Reading, progress?: ProgressHook): void {
  let n = 0;
  for (const block of pemBlocks(file.bytes, reading.platform)) {
    n++;
    const position = `PEM block ${n} (byte ${block.offset})`;
    let ok = false;
    if (!CERTIFICATE_LABELS.has(block.label) && !CRL_LABELS.has(block.label)) {
      log.problem(position, `skipped a "${block.label}" block: not a certificate or CRL`);
    } else if (typeof block.der === "string") {
      log.problem(position, block.der);
    } else {
      ok = readItem(log, { der: block.der, offset: 0, position, label: block.label }, out, reading);
    }
    if (progress && n % PROGRESS_EVERY === 0) progress(n);
    if (!log.itemDone(ok, position)) return;
  }
  if (n === 0) log.problem("", "no PEM block found");
}

function readDer(file: InputFile, log: FileLog, out: InputResult, reading: Reading, progress?: ProgressHook): void {
  const bytes = file.bytes;
  let offset = 0;
  let n = 0;
  while (offset < bytes.length) {
    n++;
    const position = `DER item ${n} (byte ${offset})`;
    let end: number;
    try {
      end = readTlv(bytes, offset, bytes.length).end;
    } catch (error) {
      // Without a valid length there is no way to find the next item: stop here.
      log.problem(position, messageOf(error));
      return;
    }
    const ok = readItem(log, { der: bytes.subarray(offset, end), offset: 0, position, label: null }, out, reading);
    offset = end;
    if (progress && n % PROGRESS_EVERY === 0) progress(n);
    if (!log.itemDone(ok, position)) return;
  }
}

/** Reads one file into `out`, with the platform's base64 and SHA-256 (see platform.ts). */
export function readFile(file: InputFile, out: InputResult, progress?: ProgressHook, platform: AppendixPlatform = portablePlatform): void {
  readWith(file, out, { platform, unhashed: null }, progress);
}

/** Certificates hashed per batch: enough to keep the digest pipeline full, few enough to keep memory flat. */
const HASH_BATCH = 512;

/**
 * `readFile` with the certificates' SHA-256 computed in batches by `batch`
 * after the file is parsed (measured in Chromium: 10,000 certificates hash in
 * about half the time through `crypto.subtle` in batches of 512 as one by one
 * in JavaScript). The rest is the same reading, so the rows are the same.
 */
export async function readFileHashingInBatches(file: InputFile, out: InputResult, batch: BatchSha256, progress?: ProgressHook, platform: AppendixPlatform = portablePlatform): Promise<void> {
  const unhashed: Unhashed[] = [];
  readWith(file, out, { platform, unhashed }, progress);
  for (let i = 0; i < unhashed.length; i += HASH_BATCH) {
    const chunk = unhashed.slice(i, i + HASH_BATCH);
    const hashes = await batch(chunk.map((item) => item.der));
    chunk.forEach((item, j) => (item.certificate.sha256 = hashes[j]));
  }
}

function readWith(file: InputFile, out: InputResult, reading: Reading, progress?: ProgressHook): void {
  const log = new FileLog(file.name, out);
  try {
    const tooLarge = sizeProblem("certificateFile", file.bytes.length);
    if (tooLarge) {
      log.problem("", tooLarge);
    } else if (file.bytes.length === 0) {
      log.problem("", "the file is empty");
    } else if (hasPem(file.bytes)) {
      readPem(file, log, out, reading, progress);
    } else if (file.bytes[0] === TAG.SEQUENCE) {
      readDer(file, log, out, reading, progress);
    } else {
      log.problem("", "not a certificate or CRL: neither PEM nor DER");
    }
  } catch (error) {
    log.problem("", `could not be read: ${messageOf(error)}`);
  }
  log.close();
}

/** Reads every file. */
export function readFiles(files: readonly InputFile[], platform: AppendixPlatform = portablePlatform): InputResult {
  const out: InputResult = { certificates: [], crls: [], problems: [] };
  for (const file of files) readFile(file, out, undefined, platform);
  return out;
}
