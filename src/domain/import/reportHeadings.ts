/**
 * The report headings CAs write: the v3 templates' three (Preliminary, Full,
 * Closure), the v2.0 template's "Incident Report" (in force until March 2025,
 * read as a Full report), "Initial", "Audit" and "Draft Incident Report",
 * with more words after them
 * ("Full Incident Report - ETSI Finding #2", "Preliminary Incident Report (updated)").
 */
import { REPORT_HEADINGS } from "../draft/catalogue.ts";
import type { ReportKind } from "../draft/schema.ts";
import { labelKey } from "./labels.ts";

/** Which template a report follows: v3 (its kind's template), v2.0, or the older questions of the Mozilla wiki. */
export type Template = "v3" | "v2" | "questions";

export type ReportHeading = {
  kind: ReportKind;
  template: Template;
  /** Its level in the template (`##` or `###`). */
  level: number;
  /** Words written after the template's heading, as written ("ETSI Finding #2 - Lifecycle Management"). */
  extra: string;
};

const NAMES: ReadonlyArray<{ name: string; kind: ReportKind; template: Template; level: number }> = [
  { name: REPORT_HEADINGS.preliminary, kind: "preliminary", template: "v3", level: 2 },
  { name: REPORT_HEADINGS.full, kind: "full", template: "v3", level: 2 },
  { name: REPORT_HEADINGS.closure, kind: "closure", template: "v3", level: 3 },
  // Names CAs give their reports: the first one is the Preliminary; an audit finding's or a draft's, the Full.
  { name: "Initial Incident Report", kind: "preliminary", template: "v3", level: 2 },
  { name: "Audit Incident Report", kind: "full", template: "v3", level: 2 },
  { name: "Draft Incident Report", kind: "full", template: "v3", level: 2 },
  // v2.0's only heading; checked last, since the v3 names end with it.
  { name: "Incident Report", kind: "full", template: "v2", level: 2 },
];

/** What may follow a heading's words: a separator, or a short revision note. */
const EXTRA = /^(?:\s*[-\u2013\u2014:(#[|/,]|\s+(?:v\d|updated?\b|revised\b|revision\b|\d))/i;
const MAX_HEADING = 160;

/** The report heading a heading's text (without `#`, bold removed) names, or null. */
export function reportHeadingOf(text: string): ReportHeading | null {
  const t = text.replace(/\*\*|__/g, "").trim();
  if (t.length > MAX_HEADING) return null;
  const key = labelKey(t);
  for (const { name, kind, template, level } of NAMES) {
    const wanted = labelKey(name);
    if (key === wanted) return { kind, template, level, extra: "" };
    if (key.startsWith(wanted)) {
      const after = t.slice(name.length);
      // labelKey lowercases and collapses spaces: compare the written text case-insensitively.
      if (t.slice(0, name.length).toLowerCase() === name.toLowerCase() && EXTRA.test(after)) {
        return { kind, template, level, extra: after.replace(/^[\s\-\u2013\u2014:,]+/, "").trim() };
      }
    }
  }
  return null;
}
