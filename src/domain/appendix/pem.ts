/**
 * Finding PEM blocks (RFC 7468) in arbitrary bytes: bundles, blocks with
 * explanatory text between them, Windows line ends. Text outside blocks is
 * ignored, as `openssl` does.
 */
import { decodeBase64 } from "./base64.ts";
import { portablePlatform, type AppendixPlatform } from "./platform.ts";

export type PemBlock = {
  label: string;
  /** Where the `-----BEGIN` line starts, for error positions. */
  offset: number;
  /** Decoded content, or the reason it could not be decoded. */
  der: Uint8Array | string;
};

/** Both `-----BEGIN ` and `-----END ` start with five dashes. */
const DASHES = 5;
const BEGIN = "-----BEGIN ";
const END = "-----END ";

function matches(bytes: Uint8Array, at: number, text: string): boolean {
  if (at + text.length > bytes.length) return false;
  for (let i = 0; i < text.length; i++) if (bytes[at + i] !== text.charCodeAt(i)) return false;
  return true;
}

/**
 * Index of `text` (which starts with five dashes) at or after `from`, or -1.
 * Native indexOf looks for the letter after the dashes, which is rare, so a
 * file of 50 MB of dashes is crossed at memcpy speed instead of one check per dash.
 */
function find(bytes: Uint8Array, text: string, from: number): number {
  const key = text.charCodeAt(DASHES);
  let at = from + DASHES;
  for (;;) {
    at = bytes.indexOf(key, at);
    if (at < 0) return -1;
    if (matches(bytes, at - DASHES, text)) return at - DASHES;
    at++;
  }
}

/** The label of a `-----BEGIN LABEL-----` line starting at `at`, and where the line ends. */
function readLabel(bytes: Uint8Array, at: number): { label: string; end: number } | null {
  let label = "";
  for (let i = at; i < bytes.length && i < at + 80; i++) {
    if (matches(bytes, i, "-----")) return { label, end: i + 5 };
    const b = bytes[i];
    if (b < 0x20 || b > 0x7e) return null;
    label += String.fromCharCode(b);
  }
  return null;
}

/** True when the bytes contain a PEM `-----BEGIN ` line anywhere. */
export function hasPem(bytes: Uint8Array): boolean {
  return find(bytes, BEGIN, 0) >= 0;
}

/**
 * Every PEM block, in order, one at a time (a 100 MB file of tiny blocks must
 * not become millions of objects at once). A block without its END line is
 * reported with an error message as `der`.
 */
export function* pemBlocks(bytes: Uint8Array, platform: AppendixPlatform = portablePlatform): Generator<PemBlock> {
  let at = find(bytes, BEGIN, 0);
  while (at >= 0) {
    const head = readLabel(bytes, at + BEGIN.length);
    if (!head) {
      at = find(bytes, BEGIN, at + 1);
      continue;
    }
    const end = find(bytes, END, head.end);
    if (end < 0) {
      yield { label: head.label, offset: at, der: `no "-----END ${head.label}-----" line: the block is truncated` };
      return;
    }
    yield { label: head.label, offset: at, der: platform.base64(bytes, head.end, end) ?? decodeBase64(bytes, head.end, end) };
    const tail = readLabel(bytes, end + END.length);
    at = find(bytes, BEGIN, tail ? tail.end : end + END.length);
  }
}
