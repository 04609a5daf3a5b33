import { displayDateOrTime, instantOf } from "../../draft/datetime.ts";
import type { Draft, TimelineEntry } from "../../draft/schema.ts";
import { writtenText } from "../../draft/asWritten.ts";
import { emptyListText } from "../emptySection.ts";
import { afterLead, orPlaceholder, plainInline } from "../markdown.ts";

/** Chronological order; entries with the same time keep their order, unparseable times go last. */
export function sortTimeline(entries: readonly TimelineEntry[]): TimelineEntry[] {
  const keyed = entries.map((entry, index) => ({ entry, index, at: instantOf(entry.at) ?? Number.POSITIVE_INFINITY }));
  keyed.sort((a, b) => a.at - b.at || a.index - b.index);
  return keyed.map(({ entry }) => entry);
}

/** The entries the report lists, in the order it lists them. */
export function shownTimeline(draft: Pick<Draft, "timeline">): TimelineEntry[] {
  // Blank as the placeholder sees it (any whitespace): an entry of nothing but spaces would read back as no entry.
  return sortTimeline(draft.timeline).filter((e) => e.at.trim() !== "" || e.event.trim() !== "" || writtenText(e, "at") !== null);
}

/**
 * A list rather than a table: events are Markdown and may span lines, which a
 * Bugzilla table cell cannot hold. `- **2025-03-04 17:20 UTC**: event`.
 */
export function renderTimeline(draft: Draft): string {
  const entries = shownTimeline(draft);
  if (entries.length === 0) return emptyListText(draft, null);
  return entries
    .map((entry) => {
      // A time the app could not read is shown as typed, escaped so it cannot break the bold.
      const when = plainInline(writtenText(entry, "at") ?? displayDateOrTime(entry.at));
      return afterLead(`- **${when}**:`, orPlaceholder(entry.event), 2);
    })
    .join("\n");
}
