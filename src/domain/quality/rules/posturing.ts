import type { Draft } from "../../draft/schema.ts";
import { findInFields } from "../text/findInFields.ts";
import type { QualityWarning } from "../types.ts";
import { warn } from "../warn.ts";

const OTHERS = "(subscriber|customer|client|vendor|supplier|third[- ]party|partner|reseller|auditor|browser|root program|software provider|upstream project)";

/** Phrases that put the cause on someone or something else. */
export const BLAME: readonly RegExp[] = [
  new RegExp(`\\b(due to|because of|caused by|result of|fault of) (the |a |an |our )?${OTHERS}s?('s|s')? (error|mistake|fault|negligence|failure|misconfiguration)s?\\b`, "i"),
  new RegExp(`\\b(the )?${OTHERS}('s|s') (fault|error|mistake|negligence)\\b`, "i"),
  /\b(not|wasn't|was not|isn't|is not) our (fault|responsibility|error|mistake)\b/i,
  /\b(beyond|outside( of)?) our control\b/i,
  /\bthe (requirements?|BRs?|baseline requirements|standards?|RFCs?|guidelines?) (is|are|was|were) (ambiguous|unclear|vague|contradictory|poorly written)\b/i,
];

/** Phrases that make the incident smaller than it is. */
export const DOWNPLAY: readonly RegExp[] = [
  /\bonly a (small|tiny|minor|handful|few|limited)\b/i,
  /\bmerely\b/i,
  /\b(just|simply) a (typo|formatting|cosmetic|minor|small|technical)\b/i,
  /\b(minor|trivial|insignificant|negligible|cosmetic|harmless|benign|inconsequential) (issue|incident|deviation|error|discrepancy|mistake|problem|non-?compliance|impact|risk|matter|oversight)\b/i,
  /\b(purely|only) (a )?(technical|cosmetic|administrative|formal|procedural)\b/i,
  /\btechnicality\b/i,
  /\b(low|minimal|negligible) (severity|risk)\b/i,
  /\b(not|isn't|wasn't) (a )?(serious|significant|severe|major) (issue|problem|incident|concern)\b/i,
];

/** Blaming others or downplaying severity: the guidelines' "Posturing". */
export function posturing(draft: Draft): QualityWarning[] {
  const blame = findInFields(draft, BLAME).map(({ path, phrase }) =>
    warn(
      "posturing",
      path,
      `“${phrase}” may read as blaming others. State what your own systems or processes failed to catch, and accept responsibility for it.`,
    ),
  );
  const blamed = new Set(blame.map((w) => w.path));
  const downplay = findInFields(draft, DOWNPLAY)
    .filter(({ path }) => !blamed.has(path))
    .map(({ path, phrase }) =>
      warn(
        "posturing",
        path,
        `“${phrase}” may read as downplaying the incident. Describe its scope and implications with facts and let readers judge the severity.`,
      ),
    );
  return [...blame, ...downplay];
}
