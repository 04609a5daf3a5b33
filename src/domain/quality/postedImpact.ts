import { instantOf } from "../draft/datetime.ts";
import type { Draft } from "../draft/schema.ts";
import type { PostedImpact } from "./types.ts";

/** The figures of a posted version of the report, for the impact-correction check (app: the version marked posted; CLI: `--posted`). */
export function postedImpactOf(posted: Draft, postedAt: number | null): PostedImpact {
  return { totalCertificates: posted.impact.totalCertificates, postedAt };
}

/** When the last report (not an update comment) was posted on the incident's bug, by its incident record; null where none is recorded. */
export function lastReportPostedAt(draft: Draft): number | null {
  const times = (draft.incident?.posted ?? []).filter((p) => p.kind !== "update").map((p) => instantOf(p.at));
  const known = times.filter((t) => t !== null);
  return known.length === 0 ? null : Math.max(...known);
}
