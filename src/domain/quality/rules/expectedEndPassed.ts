import { FIELDS } from "../../draft/catalogue.ts";
import { displayDateOrTime, instantOf, isDate } from "../../draft/datetime.ts";
import type { Draft } from "../../draft/schema.ts";
import type { QualityContext, QualityWarning } from "../types.ts";
import { warn } from "../warn.ts";

const DAY = 86_400_000;

/**
 * An end date marked expected that has passed: the report still says the
 * incident is ongoing. A date alone lasts until 00:00 UTC the next day.
 */
export function expectedEndPassed(draft: Draft, context: QualityContext): QualityWarning[] {
  const end = draft.summary.nonComplianceEnd.trim();
  if (draft.kind !== "full" || draft.summary.nonComplianceEndExpected !== true) return [];
  const at = instantOf(end);
  if (at === null || context.now < at + (isDate(end) ? DAY : 0)) return [];
  return [
    warn(
      "expected-end-passed",
      "summary.nonComplianceEnd",
      `The ${FIELDS["summary.nonComplianceEnd"].label.toLowerCase()} ${displayDateOrTime(end)} is marked expected, and it has passed. If the non-compliance ended, give the actual date and clear \u201cexpected\u201d; if not, give the new expected date and say why in an update.`,
    ),
  ];
}
