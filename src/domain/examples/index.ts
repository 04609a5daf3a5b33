/**
 * Realistic example drafts, ready to post: used by tests, the CLI's tests and
 * the app's "Load example". Each is read through the same parser as a user's
 * file when this module loads, so an example that drifts from the schema
 * fails loudly instead of loading half a report.
 */
import { formatProblem } from "../draft/problems.ts";
import { parseDraftValue } from "../draft/parseDraft.ts";
import type { Draft } from "../draft/schema.ts";
import { EXAMPLE_INFO, type ExampleId, type ExampleInfo } from "./catalog.ts";
import closure from "./closure.json" with { type: "json" };
import fullMisissuance from "./full-misissuance-revocation-delay.json" with { type: "json" };
import fullNoCertificates from "./full-no-certificates.json" with { type: "json" };
import preliminaryThirdParty from "./preliminary-third-party.json" with { type: "json" };

export { EXAMPLE_IDS, type ExampleId } from "./catalog.ts";

export type Example = ExampleInfo & { draft: Draft };

function load(id: ExampleId, value: unknown): Draft {
  const result = parseDraftValue(value);
  if (!result.ok) throw new Error(`example ${id} is not a valid draft:\n${result.problems.map(formatProblem).join("\n")}`);
  return result.draft;
}

const DRAFTS = {
  "full-misissuance-revocation-delay": load("full-misissuance-revocation-delay", fullMisissuance),
  "full-no-certificates": load("full-no-certificates", fullNoCertificates),
  "preliminary-third-party": load("preliminary-third-party", preliminaryThirdParty),
  closure: load("closure", closure),
} satisfies Record<ExampleId, Draft>;

/** The examples, in the order to offer them. */
export const EXAMPLES: readonly Example[] = EXAMPLE_INFO.map((info) => ({ ...info, draft: DRAFTS[info.id] }));

/** A fresh copy of an example's draft, safe to edit. */
export function exampleDraft(id: ExampleId): Draft {
  return structuredClone(DRAFTS[id]);
}
