/**
 * A value that does not fit its field's type ("External report" for Source,
 * "8 (all issued to one subscriber)" for a count, "was not halted"): by hand,
 * it is kept as the field's as-written value (draft/asWritten.ts), the typed
 * value left unset; reading exactly, or for a field that cannot hold one, it
 * is set aside.
 */
import { AS_WRITTEN_FIELDS, hasAsWritten, withWrittenText } from "../draft/asWritten.ts";
import type { FieldKey } from "../draft/catalogue.ts";
import { skipValue, type ReadContext } from "./context.ts";
import type { Line } from "./lines.ts";

export function keepWritten(ctx: ReadContext, key: FieldKey, text: string, line: Line, reason: string): void {
  if (ctx.mode === "lenient" && hasAsWritten(key)) {
    const leaf = key.split(".")[1];
    const summaryKey = AS_WRITTEN_FIELDS.summary.find((k) => k === leaf);
    const impactKey = AS_WRITTEN_FIELDS.impact.find((k) => k === leaf);
    if (key.startsWith("summary.") && summaryKey) {
      ctx.draft.summary = withWrittenText(ctx.draft.summary, summaryKey, text);
      return;
    }
    if (key.startsWith("impact.") && impactKey) {
      ctx.draft.impact = withWrittenText(ctx.draft.impact, impactKey, text);
      return;
    }
  }
  skipValue(ctx, line, text, reason);
}
