import type { Draft } from "../../draft/schema.ts";
import type { QualityWarning } from "../types.ts";
import { warn } from "../warn.ts";

/** A Full report that lists no related incident (no row with a bug number). */
export function relatedIncidents(draft: Draft): QualityWarning[] {
  if (draft.kind !== "full" || draft.relatedIncidents.some((item) => item.bug !== null)) return [];
  return [
    warn(
      "related-incidents",
      "relatedIncidents",
      "No related incident is listed. Search the CA Certificate Compliance component for incidents of at least the last two years, including other CA Owners’, and list those with a similar cause or remediation.",
    ),
  ];
}
