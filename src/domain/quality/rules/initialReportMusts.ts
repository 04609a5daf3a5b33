import { FIELDS } from "../../draft/catalogue.ts";
import type { Draft } from "../../draft/schema.ts";
import { firstMatch } from "../text/firstMatch.ts";
import type { QualityWarning } from "../types.ts";
import { warn } from "../warn.ts";

const OBJECTS = String.raw`(?:\w+[- ]){0,4}(?:certificates?|certs?|precertificates?|CRLs?|OCSP responses?|responses?)\b`;

/** The description says how many certificates (or other objects) are affected, or that none are. */
export const IMPACT: readonly RegExp[] = [
  new RegExp(String.raw`\b\d[\d,.]*\s+` + OBJECTS, "i"),
  new RegExp(String.raw`\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a single|several hundred|hundreds of|thousands of)\s+` + OBJECTS, "i"),
  new RegExp(String.raw`\b(no|none of (the|our)|zero|all)\s+` + OBJECTS, "i"),
  /\b(no certificates?|not (a single|any) certificates?)\b/i,
];

/** The description says whether the incident is contained or ongoing. */
export const CONTAINMENT: readonly RegExp[] = [
  /\b(contained|ongoing|on-going|still (occurring|happening|issuing|affect\w*))\b/i,
  /\b(stopped|halted|paused|suspended|ceased|disabled)\b[^.]{1,40}\b(issu\w+)\b/i,
  /\bissu\w+\b[^.]{1,40}\b(stopped|halted|paused|suspended|ceased|disabled|resumed)\b/i,
  /\b(has|have|had) (since )?(ended|stopped)\b/i,
  /\bno longer\b/i,
  /\b(fix|correction|patch)\b[^.]{1,30}\b(deployed|applied|released)\b/i,
];

/** A first report: nothing posted on the incident's bug yet (or no record of it). */
function isFirstReport(draft: Draft): boolean {
  return !(draft.incident?.posted ?? []).some((p) => p.kind === "preliminary" || p.kind === "full");
}

/**
 * A CA Owner's first Preliminary report that does not say how many
 * certificates are affected (or none) or whether the incident is contained:
 * the guidelines' two MUSTs for an initial report. The Preliminary template
 * has no field for either, so they belong in the incident description. A
 * Full report answers both in Impact (readiness checks them); a third
 * party's report owes neither.
 */
export function initialReportMusts(draft: Draft): QualityWarning[] {
  if (draft.kind !== "preliminary" || draft.author !== "ca-owner" || !isFirstReport(draft)) return [];
  const text = draft.summary.incidentDescription;
  if (text.trim() === "") return [];
  const path = "summary.incidentDescription";
  const field = FIELDS[path].label;
  const out: QualityWarning[] = [];
  if (firstMatch(text, IMPACT) === null) {
    out.push(warn("initial-report-musts", path, `The ${field} does not say how many certificates are affected. Give the then-known count (“12 TLS certificates issued between … and …”), or say that no certificate is affected and what is (a CRL, OCSP responses).`));
  }
  if (firstMatch(text, CONTAINMENT) === null) {
    out.push(warn("initial-report-musts", path, `The ${field} does not say whether the incident is contained or ongoing. Say which, and why (“Contained: issuance from the affected CA was stopped on … at … UTC”).`));
  }
  return out;
}
