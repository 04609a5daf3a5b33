import { instantOf } from "../draft/datetime.ts";
import type { Draft, TimelineEntry } from "../draft/schema.ts";

/** Timeline entries of the current draft whose id the posted snapshot lacks, in time order (undated ones last, in draft order). */
export function newTimelineEntries(current: Draft, posted: Draft | null): TimelineEntry[] {
  const known = new Set((posted?.timeline ?? []).map((entry) => entry.id));
  const fresh = current.timeline.filter((entry) => !known.has(entry.id));
  const key = (entry: TimelineEntry) => instantOf(entry.at) ?? Number.POSITIVE_INFINITY;
  return fresh
    .map((entry, i) => ({ entry, i }))
    .sort((a, b) => key(a.entry) - key(b.entry) || a.i - b.i)
    .map(({ entry }) => entry);
}
