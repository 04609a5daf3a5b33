import { FIELDS, ITEM_NAMES } from "../draft/catalogue.ts";
import { instantOf, isDate, utcDate } from "../draft/datetime.ts";
import type { Draft } from "../draft/schema.ts";
import { AWARE_PATTERNS } from "../quality/text/awarePatterns.ts";
import { REPORT_POSTED_PATTERNS } from "../quality/text/reportPostedPatterns.ts";
import { firstMatch } from "../quality/text/firstMatch.ts";

/** A point a deadline is counted from, and where it was found. */
export type Anchor = { at: number; from: string };

/** An instant given by the user (Date or DateTime), or null when absent or unreadable. */
export function givenAnchor(value: string | undefined, from: string): Anchor | null {
  if (value === undefined) return null;
  const at = instantOf(value);
  return at === null ? null : { at, from };
}

/** The earliest timeline entry, with a time, whose event text any of `patterns` finds. */
function earliestEntry(draft: Draft, patterns: readonly RegExp[]): Anchor | null {
  let best: Anchor | null = null;
  for (const [i, entry] of draft.timeline.entries()) {
    const at = instantOf(entry.at);
    if (at === null || firstMatch(entry.event, patterns) === null) continue;
    if (best === null || at < best.at) best = { at, from: ITEM_NAMES.timeline(i + 1) };
  }
  return best;
}

/**
 * When the CA Owner became aware, from the draft: the Non-compliance
 * identified date; when that is a bare date, a timeline entry on the same
 * UTC day that reads as becoming aware gives the time of day. Without the
 * date, the earliest such timeline entry. A bare date counts from 00:00 UTC,
 * the earliest it can mean, so no deadline is shown later than it is.
 */
export function awareFromDraft(draft: Draft): Anchor | null {
  const identified = draft.summary.nonComplianceIdentified.trim();
  const entry = earliestEntry(draft, AWARE_PATTERNS);
  const at = instantOf(identified);
  if (at === null) return entry;
  if (isDate(identified) && entry !== null && utcDate(entry.at) === identified) return entry;
  return { at, from: FIELDS["summary.nonComplianceIdentified"].label };
}

/** Posting the first report, as a timeline entry would say it. */
export const REPORT_POSTED: readonly RegExp[] = [
  /\b(disclos|post|publish|fil|submitt)\w*\b[^.]{1,60}\b(preliminary|full|incident) (incident )?report\b/i,
  /\b(post|posted|publish|published|file|filed|submit|submitted) (this|the|our) report\b/i,
  ...REPORT_POSTED_PATTERNS,
];

/** When the incident was first disclosed, from the timeline: the earliest entry that reads as posting a report. */
export function disclosureFromDraft(draft: Draft): Anchor | null {
  return earliestEntry(draft, REPORT_POSTED);
}
