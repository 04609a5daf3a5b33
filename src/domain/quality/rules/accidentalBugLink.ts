import type { Draft } from "../../draft/schema.ts";
import { findInFields } from "../text/findInFields.ts";
import type { QualityWarning } from "../types.ts";
import { warn } from "../warn.ts";

/**
 * Bugzilla links "bug 6", "bug 12 comment 3" and "attachment 42" by itself.
 * Real CA incident bugs have six or seven digits; a short number after "bug"
 * is almost always ordinary prose ("update this bug 6 months later").
 */
export const SHORT_BUG_REFERENCE: readonly RegExp[] = [/\b(bug|attachment)\s+#?\d{1,5}\b/i];

export function accidentalBugLink(draft: Draft): QualityWarning[] {
  return findInFields(draft, SHORT_BUG_REFERENCE).map(({ path, phrase }) =>
    warn(
      "accidental-bug-link",
      path,
      `Bugzilla will turn “${phrase}” into a link to that bug or attachment. Reword it (e.g. write the number in words) unless you mean that link.`,
    ),
  );
}
