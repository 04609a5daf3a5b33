import type { Author, Draft, ReportKind } from "../draft/schema.ts";

/** A part of the pasted report that could not be placed in the draft: where it was (line, heading above it) and why. */
export type Unmapped = { line: number; heading: string; text: string; reason: string };

/** A report found in the paste: its kind and heading, where it starts, and (on a bug's page) its comment number and time. */
export type FoundReport = { kind: ReportKind; heading: string; line: number; comment?: number; at?: string };

export type ImportResult =
  | {
      draft: Draft;
      unmapped: Unmapped[];
      /** Every report of the paste, in order, and which of them was read (an index into `reports`). */
      reports?: FoundReport[];
      read?: number;
      /** No template was found: the text became the Incident description of a Preliminary report, to check field by field. */
      freeText?: true;
      /** The template's labels or sections were found with no report heading above them: the heading was supplied. */
      headingSupplied?: true;
    }
  | { notAReport: true; reason: string };

export type ImportOptions = {
  /** Bugzilla's Summary line, "CA Owner: title": it is not part of the report body. */
  summaryLine?: string;
  /** Who wrote the report; the body does not say. Default "ca-owner". */
  author?: Author;
  /** Which report of a paste with several to read (an index into the result's `reports`); by default the most complete. */
  report?: number;
};

/**
 * "exact" reads the text as this tool renders it, and nothing more, so that
 * re-rendering gives the same text; "lenient" also accepts what CAs write by
 * hand (other bullets and indentation, times with seconds, "None", "Yes, …").
 */
export type ReadMode = "exact" | "lenient";
