import { ITEM_NAMES } from "../../draft/catalogue.ts";
import { isDate } from "../../draft/datetime.ts";
import type { Draft } from "../../draft/schema.ts";
import type { QualityWarning } from "../types.ts";
import { warn } from "../warn.ts";

/**
 * Timeline entries dated to the day only. Values that are not a date at all,
 * or lack an offset, are the readiness check's errors, not warnings.
 */
export function timelineTimeOfDay(draft: Draft): QualityWarning[] {
  if (draft.kind !== "full") return [];
  const out: QualityWarning[] = [];
  draft.timeline.forEach((entry, i) => {
    const at = entry.at.trim();
    if (!isDate(at)) return;
    out.push(
      warn(
        "timeline-time-of-day",
        `timeline[${i}].at`,
        `${ITEM_NAMES.timeline(i + 1)} has a date but no time of day (${at}). Give the time to the minute with its UTC offset, e.g. ${at}T14:30Z.`,
      ),
    );
  });
  return out;
}
