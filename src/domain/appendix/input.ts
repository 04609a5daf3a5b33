/**
 * Reading dropped files: PEM (bundles, mixed with other text), DER, or
 * concatenated DER; certificates and CRLs alike. Each bad item becomes a
 * Problem naming the file and position; nothing thrown escapes.
 */
import { TAG, readTlv } from "./der.ts";
import { readCertificate, type ParsedCertificate } from "./certificate.ts";
import { looksLikeCrl, readCrl, type ParsedCrl } from "./crl.ts";
import { hasPem, pemBlocks } from "./pem.ts";
import { messageOf, type Problem } from "./problems.ts";

export type InputFile = { name: string; bytes: Uint8Array };

export type SourcedCertificate = ParsedCertificate & { source: string };

export type InputResult = {
  certificates: SourcedCertificate[];
  crls: ParsedCrl[];
  problems: Problem[];
};

const CERTIFICATE_LABELS = new Set(["CERTIFICATE", "X509 CERTIFICATE", "TRUSTED CERTIFICATE"]);
const CRL_LABELS = new Set(["X509 CRL"]);

/** Called every so many items so a worker can report progress on one big bundle. */
export type ProgressHook = (itemsInFile: number) => void;
const PROGRESS_EVERY = 500;

type Item = { der: Uint8Array; offset: number; position: string; label: string | null };

function readItem(file: string, item: Item, out: InputResult): void {
  const problem = (message: string) => out.problems.push({ file, position: item.position, message });
  try {
    const outer = readTlv(item.der, item.offset, item.der.length);
    if (outer.tag !== TAG.SEQUENCE) {
      problem("not a certificate or CRL (does not start with a DER SEQUENCE)");
      return;
    }
    if (looksLikeCrl(item.der, outer)) {
      out.crls.push(readCrl(item.der, outer));
    } else {
      out.certificates.push({ ...readCertificate(item.der, outer), source: `${file}, ${item.position}` });
    }
    if (item.label !== null && item.label !== "TRUSTED CERTIFICATE" && outer.end !== item.der.length) {
      problem(`${item.der.length - outer.end} bytes after the end of the ${item.label} were ignored`);
    }
  } catch (error) {
    problem(messageOf(error));
  }
}

function readPem(file: InputFile, out: InputResult, progress?: ProgressHook): void {
  let n = 0;
  for (const block of pemBlocks(file.bytes)) {
    n++;
    const position = `PEM block ${n} (byte ${block.offset})`;
    if (!CERTIFICATE_LABELS.has(block.label) && !CRL_LABELS.has(block.label)) {
      out.problems.push({ file: file.name, position, message: `skipped a "${block.label}" block: not a certificate or CRL` });
    } else if (typeof block.der === "string") {
      out.problems.push({ file: file.name, position, message: block.der });
    } else {
      readItem(file.name, { der: block.der, offset: 0, position, label: block.label }, out);
    }
    if (progress && n % PROGRESS_EVERY === 0) progress(n);
  }
  if (n === 0) out.problems.push({ file: file.name, position: "", message: "no PEM block found" });
}

function readDer(file: InputFile, out: InputResult, progress?: ProgressHook): void {
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
      out.problems.push({ file: file.name, position, message: messageOf(error) });
      return;
    }
    readItem(file.name, { der: bytes.subarray(offset, end), offset: 0, position, label: null }, out);
    offset = end;
    if (progress && n % PROGRESS_EVERY === 0) progress(n);
  }
}

/** Reads one file into `out`. */
export function readFile(file: InputFile, out: InputResult, progress?: ProgressHook): void {
  try {
    if (file.bytes.length === 0) {
      out.problems.push({ file: file.name, position: "", message: "the file is empty" });
    } else if (hasPem(file.bytes)) {
      readPem(file, out, progress);
    } else if (file.bytes[0] === TAG.SEQUENCE) {
      readDer(file, out, progress);
    } else {
      out.problems.push({ file: file.name, position: "", message: "not a certificate or CRL: neither PEM nor DER" });
    }
  } catch (error) {
    out.problems.push({ file: file.name, position: "", message: `could not be read: ${messageOf(error)}` });
  }
}

/** Reads every file. */
export function readFiles(files: readonly InputFile[]): InputResult {
  const out: InputResult = { certificates: [], crls: [], problems: [] };
  for (const file of files) readFile(file, out);
  return out;
}
