import type { Draft } from "../../draft/schema.ts";
import type { QualityContext, QualityWarning } from "../types.ts";
import { BUGZILLA_MAX_CHARS } from "../../render/bugzilla.ts";
import { warn } from "../warn.ts";
import { formatCount } from "../../text/formatCount.ts";

/** Bugzilla refuses a comment or bug description longer than this. */
export const BUGZILLA_MAX_COMMENT = BUGZILLA_MAX_CHARS;


/** The rendered report is longer than Bugzilla accepts (the caller measures it, as Bugzilla counts). */
export function reportLength(_draft: Draft, context: QualityContext): QualityWarning[] {
  if (context.renderedLength <= BUGZILLA_MAX_COMMENT) return [];
  return [
    warn(
      "report-length",
      "",
      `The report is ${formatCount(context.renderedLength)} characters long; Bugzilla refuses comments over ${formatCount(BUGZILLA_MAX_COMMENT)}. Attach the certificate list and long logs as files and keep the report itself shorter.`,
    ),
  ];
}
