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
  /**
   * A list of incidents from `ccadb-report incidents refresh`: the real list (1,688 bugs, March 2026) is
   * 0.34 MB as Bugzilla's REST shape; 4 MB holds the 10,000 bugs `INCIDENT_LIST_LIMITS` allows (about 2 MB) with room to spare.
   */
  incidentList: { bytes: 4 * MB, what: "an incident list" },
  /** One answer of Bugzilla's REST API to `ccadb-report bug` (a bug's comments: a busy incident's are a few MB). */
  bugzillaAnswer: { bytes: 32 * MB, what: "one answer from Bugzilla" },
  /** The PEM paste box. */
  pastedPem: { bytes: 16 * MB, what: "pasted PEM text" },
} as const;

export type InputKind = keyof typeof INPUT_LIMITS;

/**
 * Inside a draft file, far beyond any real report and short of what freezes
 * the page: a report must fit one Bugzilla comment (65,535 characters) and
 * real timelines, root causes and action items have tens of entries, not
 * thousands; the Appendix's certificate rows are the one part that is large.
 */
export const DRAFT_CONTENT_LIMITS = {
  /** One text: as long as a whole posted report may be (the Markdown limit), so an imported report's unplaced text always fits. */
  textChars: 1 * MB,
  /** All text outside the certificate rows. */
  totalTextChars: 4 * MB,
  /** Entries of one list (timeline, root causes, action items, related incidents, unplaced pieces). */
  listItems: 2_000,
  /** Certificate rows of the Appendix. */
  certificateRows: 1_000_000,
} as const;

/**
 * In an incident list: the real list has 1,688 bugs, and Bugzilla cuts a
 * summary at 255 characters (real ones are under 300 with their CA prefix).
 */
export const INCIDENT_LIST_LIMITS = { bugs: 10_000, textChars: 1_000 } as const;

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
