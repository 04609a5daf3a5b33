import { useMemo } from "react";
import type { Draft } from "../../domain/draft/schema.ts";
import { likelyRelatedCount } from "../../domain/incidents/likelyMatches.ts";
import { useIncidentIndex } from "./incidentIndexStore.ts";

/**
 * For the quality review: how many likely related bugs the finder sees for a
 * Full report that lists none. Loads the bug list only for such a report;
 * null until it is loaded, or when no count is wanted.
 */
export function useLikelyRelatedCount(draft: Draft, now: number): number | null {
  const wanted = draft.kind === "full" && !draft.relatedIncidents.some((item) => item.bug !== null) && draft.title.trim() !== "";
  const state = useIncidentIndex(wanted);
  const index = state.status === "ready" ? state.index : null;
  const { title } = draft;
  const start = draft.summary.nonComplianceStart;
  return useMemo(() => (wanted && index ? likelyRelatedCount(index, { title, nonComplianceStart: start }, now) : null), [wanted, index, title, start, now]);
}
