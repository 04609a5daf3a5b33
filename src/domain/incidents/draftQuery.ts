/**
 * Where the finder starts from a report: its title, the CA Owner, the date
 * window, and words from what the report already says (relevant policies,
 * a category that fits).
 */
import type { IncidentFilters } from "./searchIndex.ts";
import { windowStart } from "./window.ts";

/** What `categoryOfDraft` reads of a report. */
export type CategoryHints = { title: string; incidentDescription: string; revocationDelay?: boolean; certificateKind?: string };

/** A whiteboard category the report's own answers point to, or null. */
export function categoryOfDraft(hints: CategoryHints): string | null {
  const title = `${hints.title} ${hints.incidentDescription}`;
  if (hints.revocationDelay) return "leaf-revocation-delay";
  if (hints.certificateKind === "smime" || /\bS\/?MIME\b/i.test(title)) return "smime-misissuance";
  if (/\bEV\b|extended validation/i.test(title)) return "ev-misissuance";
  if (/\bOCSP\b/i.test(title)) return "ocsp-failure";
  if (/\bCRLs?\b/i.test(title)) return "crl-failure";
  return null;
}

/**
 * The words of the Relevant Policies field worth searching: section titles in
 * parentheses ("(Subject Business Category Field)"), else each line without
 * its document names, versions and section numbers.
 */
export function policyWords(relevantPolicies: string): string {
  const lines = relevantPolicies.split("\n").map((line) => line.replace(/^\s*[-*+]\s*/, "").trim()).filter(Boolean);
  return lines
    .map((line) => {
      const named = [...line.matchAll(/\(([^()]+)\)/g)].map((m) => m[1]);
      if (named.length > 0) return named.join(" ");
      return line.replace(/\b(v|version|section|§)\s*[\d.]+/gi, " ").replace(/\b[\d.]+\b/g, " ");
    })
    .join(" ")
    .replace(/\s+/g, " ")
    .trim();
}

/** What the first search reads of a report. */
export type SearchHints = { title: string; nonComplianceStart: string };

/** The report's title, in its two-year window, by any CA Owner: the finder's first search, and the quality review's. */
export function draftSearch(hints: SearchHints, now: number): { text: string; filters: IncidentFilters } {
  return { text: hints.title, filters: { since: windowStart(hints.nonComplianceStart, 2, now) } };
}
