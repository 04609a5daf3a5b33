/**
 * Readiness includes length: Bugzilla refuses a comment over 65,535
 * characters, so a longer report is not ready to post. The guidelines'
 * alternative is to move data (certificate lists, logs) to attachments.
 */
import type { Draft } from "../draft/schema.ts";
import type { Problem } from "../draft/problems.ts";
import { BUGZILLA_MAX_CHARS, bugzillaLength } from "./bugzilla.ts";
import { renderReport } from "./render.ts";
import { formatCount } from "../text/formatCount.ts";


/** The text the author typed, which the report holds at least once (certificate rows excepted: they go to the CSV). */
function typedLength(value: unknown, key = ""): number {
  if (typeof value === "string") return value.length;
  if (key === "certificates" || value === null || typeof value !== "object") return 0;
  return Object.entries(value).reduce((sum, [k, v]) => sum + typedLength(v, k), 0);
}

/** Rendering costs a few ms on big drafts: only drafts whose text comes near the limit are rendered and measured. */
const RENDER_ABOVE = 40_000;

export function reportLengthProblem(draft: Draft): Problem | null {
  if (typedLength(draft) < RENDER_ABOVE) return null;
  const length = bugzillaLength(renderReport(draft));
  if (length <= BUGZILLA_MAX_CHARS) return null;
  return {
    path: "",
    message:
      `the report is ${formatCount(length)} characters long; Bugzilla takes at most ${formatCount(BUGZILLA_MAX_CHARS)} in a comment: ` +
      "move data such as certificate lists and logs to an attachment, as the guidelines suggest, and keep the report shorter",
  };
}
