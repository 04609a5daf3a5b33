import type { Author, Draft } from "../draft/schema.ts";

/** A part of the pasted report that could not be placed in the draft: where it was (line, heading above it) and why. */
export type Unmapped = { line: number; heading: string; text: string; reason: string };

export type ImportResult = { draft: Draft; unmapped: Unmapped[] } | { notAReport: true; reason: string };

export type ImportOptions = {
  /** Bugzilla's Summary line, "CA Owner: title": it is not part of the report body. */
  summaryLine?: string;
  /** Who wrote the report; the body does not say. Default "ca-owner". */
  author?: Author;
};

/**
 * "exact" reads the text as this tool renders it, and nothing more, so that
 * re-rendering gives the same text; "lenient" also accepts what CAs write by
 * hand (other bullets and indentation, times with seconds, "None", "Yes, …").
 */
export type ReadMode = "exact" | "lenient";
