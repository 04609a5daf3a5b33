import { displayDateOrTime, instantOf } from "../../draft/datetime.ts";
import type { Draft, TimelineEntry } from "../../draft/schema.ts";
import { afterLead, normalizeText, orNotApplicable, plainInline } from "../markdown.ts";

/** Chronological order; entries with the same time keep their order, unparseable times go last. */
export function sortTimeline(entries: readonly TimelineEntry[]): TimelineEntry[] {
  const keyed = entries.map((entry, index) => ({ entry, index, at: instantOf(entry.at) ?? Number.POSITIVE_INFINITY }));
  keyed.sort((a, b) => a.at - b.at || a.index - b.index);
  return keyed.map(({ entry }) => entry);
}

/**
 * A list rather than a table: events are Markdown and may span lines, which a
 * Bugzilla table cell cannot hold. `- **2025-03-04 17:20 UTC**: event`.
 */
export function renderTimeline(draft: Draft): string {
  const entries = sortTimeline(draft.timeline).filter((e) => normalizeText(e.at) !== "" || normalizeText(e.event) !== "");
  if (entries.length === 0) return "N/A";
  return entries
    .map((entry) => {
      // A time the app could not read is shown as typed, escaped so it cannot break the bold.
      const when = plainInline(displayDateOrTime(entry.at));
      return afterLead(`- **${when}**:`, orNotApplicable(entry.event), 2);
    })
    .join("\n");
}
