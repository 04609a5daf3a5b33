import type { Draft } from "../../draft/schema.ts";
import { findInFields } from "../text/findInFields.ts";
import type { QualityWarning } from "../types.ts";
import { warn } from "../warn.ts";

/** Absolute claims about risk and impact that a reader cannot check. */
export const ABSOLUTE_CLAIMS: readonly RegExp[] = [
  /\bno (real |actual |practical |meaningful |significant )?(security|privacy) (impact|risk|implication|concern|consequence)s?\b/i,
  /\bno (real[- ]world |practical |actual )?(risk|harm|impact) (to|for|on) (relying parties|subscribers|users|end users|the web ?pki|the ecosystem|security|anyone)\b/i,
  /\b(did|does|do|will|would|could) not (pose|present|create|carry) (any|a) (security |real |practical )?(risk|threat)\b/i,
  /\b(poses?|posed|presents?|presented|carr(y|ies|ied)) no (security |real |practical )?(risk|threat)\b/i,
  /\b(can ?not|could not|couldn't|can't) (have )?(be|been) (exploited|abused|misused)\b/i,
  /\bno (risk|harm) (whatsoever|at all)\b/i,
  /\b(completely|entirely|perfectly|absolutely) (safe|secure|harmless)\b/i,
  /\bno (one|body|relying part(y|ies)|users?) (was|were|has been|have been|could be|could have been|would be) (affected|harmed|impacted|at risk)\b/i,
];

/** Qualifiers that make the sentence the opposite of a claim. */
const QUALIFIED: readonly RegExp[] = [
  /\b(cannot|can't|could not|unable to|not able to) (yet )?(rule out|exclude|confirm|say|determine|know)\b/i,
  /\b(we do not|we don't|we cannot|we can't) (claim|assert)\b/i,
  /\b(unclear|unknown) whether\b/i,
];

/** Claims such as "there is no security impact", which the guidelines cite as impossible to substantiate. */
export function unsubstantiatedClaim(draft: Draft): QualityWarning[] {
  return findInFields(draft, ABSOLUTE_CLAIMS, QUALIFIED).map(({ path, phrase }) =>
    warn(
      "unsubstantiated-claim",
      path,
      `“${phrase}” is a claim a reader cannot verify. Support it with data (what was checked, how, with what result) or describe the possible impact instead.`,
    ),
  );
}
