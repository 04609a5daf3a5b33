/**
 * How much each input path takes, checked before anything is parsed, so one
 * file can neither freeze the page nor exhaust memory. The README's
 * "Reliability" section lists these figures: change both together.
 */
import { formatCount } from "../text/formatCount.ts";

const MB = 1024 * 1024;

export const INPUT_LIMITS = {
  /** A draft file (JSON import, `validate`, `render`): rows of a big Appendix included. */
  draftFile: { bytes: 64 * MB, what: "a draft file" },
  /** A posted report's Markdown: a Bugzilla comment holds 65,535 characters, so 1 MB is far beyond any report. */
  markdown: { bytes: 1 * MB, what: "a Markdown report" },
  /** One certificate or CRL file (PEM bundle or DER). */
  certificateFile: { bytes: 128 * MB, what: "a certificate or CRL file" },
  /** All certificate and CRL files of one Appendix session (app) or one `appendix` run (CLI). */
  certificateSession: { bytes: 256 * MB, what: "all certificate and CRL files together" },
  /** A list of incidents from `ccadb-report incidents refresh` (the shipped one is about 0.2 MB). */
  incidentList: { bytes: 16 * MB, what: "an incident list" },
  /** One answer of Bugzilla's REST API to `ccadb-report bug` (a bug's comments: a busy incident's are a few MB). */
  bugzillaAnswer: { bytes: 32 * MB, what: "one answer from Bugzilla" },
  /** The PEM paste box. */
  pastedPem: { bytes: 16 * MB, what: "pasted PEM text" },
} as const;

export type InputKind = keyof typeof INPUT_LIMITS;

/**
 * 134217728 -> "128 MB"; 1536 -> "1.5 KB". `up`: round up, so a size just
 * over a limit never reads as the limit itself ("64.1 MB", not "64 MB").
 */
export function formatBytes(bytes: number, up = false): string {
  const round = up ? Math.ceil : Math.round;
  if (bytes >= MB) return `${formatCount(round((bytes / MB) * 10) / 10)} MB`;
  if (bytes >= 1024) return `${round((bytes / 1024) * 10) / 10} KB`;
  return `${bytes} bytes`;
}

/** The refusal for an input over its limit, naming the file and the limit, or null when it fits. */
export function sizeProblem(kind: InputKind, bytes: number, name = "the file"): string | null {
  const limit = INPUT_LIMITS[kind];
  if (bytes <= limit.bytes) return null;
  return `${name} is ${formatBytes(bytes, true)}: the limit for ${limit.what} is ${formatBytes(limit.bytes)}; nothing was read`;
}
