/**
 * Realistic example drafts, ready to post: used by tests, the CLI's tests and
 * the app's "Load example". Each is read through the same parser as a user's
 * file when this module loads, so an example that drifts from the schema
 * fails loudly instead of loading half a report.
 */
import { formatProblem } from "../draft/problems.ts";
import { parseDraftValue } from "../draft/parseDraft.ts";
import type { Draft } from "../draft/schema.ts";
import closure from "./closure.json" with { type: "json" };
import fullMisissuance from "./full-misissuance-revocation-delay.json" with { type: "json" };
import fullNoCertificates from "./full-no-certificates.json" with { type: "json" };
import preliminaryThirdParty from "./preliminary-third-party.json" with { type: "json" };

export const EXAMPLE_IDS = [
  "full-misissuance-revocation-delay",
  "full-no-certificates",
  "preliminary-third-party",
  "closure",
] as const;
export type ExampleId = (typeof EXAMPLE_IDS)[number];

export type Example = { id: ExampleId; name: string; description: string; draft: Draft };

function load(id: ExampleId, value: unknown): Draft {
  const result = parseDraftValue(value);
  if (!result.ok) throw new Error(`example ${id} is not a valid draft:\n${result.problems.map(formatProblem).join("\n")}`);
  return result.draft;
}

const EXAMPLE_TABLE = {
  "full-misissuance-revocation-delay": {
    name: "Full report: misissued certificates, revocation delayed",
    description: "EV certificates with an invalid businessCategory; 41 revocations delayed for a payment network and hospitals.",
    draft: load("full-misissuance-revocation-delay", fullMisissuance),
  },
  "full-no-certificates": {
    name: "Full report: no certificates affected",
    description: "An issuing CA's CRL expired for six hours after a scheduler change; certificate counts are N/A.",
    draft: load("full-no-certificates", fullNoCertificates),
  },
  "preliminary-third-party": {
    name: "Preliminary report by a third party",
    description: "A community member reports certificates valid for 399 days, found in CT logs.",
    draft: load("preliminary-third-party", preliminaryThirdParty),
  },
  closure: {
    name: "Closure summary",
    description: "Closing the expired-CRL incident: every action item Complete or Canceled.",
    draft: load("closure", closure),
  },
} satisfies Record<ExampleId, Omit<Example, "id">>;

/** The examples, in the order to offer them. */
export const EXAMPLES: readonly Example[] = EXAMPLE_IDS.map((id) => ({ id, ...EXAMPLE_TABLE[id] }));

/** A fresh copy of an example's draft, safe to edit. */
export function exampleDraft(id: ExampleId): Draft {
  return structuredClone(EXAMPLE_TABLE[id].draft);
}
