import type { Draft } from "../../draft/schema.ts";
import type { QualityContext, QualityWarning } from "../types.ts";
import { warn } from "../warn.ts";

const SEARCH = "Search the CA Certificate Compliance component for incidents of at least the last two years, including other CA Owners’, and list those with a similar cause or remediation.";

function message(matches: number | null | undefined): string {
  if (matches === undefined || matches === null) return `No related incident is listed. ${SEARCH}`;
  if (matches === 0) {
    return "No related incident is listed, and the related incidents finder sees no likely match for the report’s title in the last two years. Search it with other words (the cause, the field or check at fault), including other CA Owners’ incidents, and list those with a similar cause or remediation.";
  }
  const count = matches === 1 ? "1 likely match" : `${matches} likely matches`;
  return `No related incident is listed, and the related incidents finder sees ${count} for the report’s title among CA Certificate Compliance bugs of the last two years, by any CA Owner. Open the finder on the Related Incidents step and list those with a similar cause or remediation.`;
}

/** A Full report that lists no related incident (no row with a bug number). */
export function relatedIncidents(draft: Draft, context: QualityContext): QualityWarning[] {
  if (draft.kind !== "full" || draft.relatedIncidents.some((item) => item.bug !== null)) return [];
  return [warn("related-incidents", "relatedIncidents", message(context.relatedIncidentMatches))];
}
