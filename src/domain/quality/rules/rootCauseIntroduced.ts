import type { Draft } from "../../draft/schema.ts";
import { firstMatch } from "../text/firstMatch.ts";
import type { QualityWarning } from "../types.ts";
import { warn } from "../warn.ts";

/**
 * Words of a timeline event that say something was changed or introduced:
 * a deployment, a policy taking effect, a configuration edited. Generous on
 * purpose: any such entry counts, so a timeline that has one is not flagged.
 */
export const INTRODUCED: readonly RegExp[] = [
  /\bintroduc\w*/i,
  /\b(deploy|releas|roll(ed|s|ing)? out|launch|migrat|upgrad|chang|modif|updat|configur|reconfigur|enabl|disabl|merg|redesign|replac|adopt|implement|instal|switch|mov)\w*/i,
  /\b(went live|goes live|go live|took effect|takes effect|became effective|effective (date|from|on)|came into (force|effect)|(into|in) production)\b/i,
  /\b(added|removed|created|edited|written|wrote|began using|started using)\b/i,
];

/**
 * A Full report with root causes whose timeline has no entry for when
 * something was changed or introduced: the guidelines want "relevant events
 * occurring beforehand", starting with the changes behind each root cause.
 */
export function rootCauseIntroduced(draft: Draft): QualityWarning[] {
  if (draft.kind !== "full" || draft.timeline.length === 0 || draft.rootCauses.length === 0) return [];
  if (draft.timeline.some((entry) => firstMatch(entry.event, INTRODUCED) !== null)) return [];
  return [
    warn(
      "root-cause-introduced",
      "timeline",
      "No timeline entry says when the root cause was introduced. Add an entry, with its time, for each policy, process or software change that made the incident possible (e.g. “Profile change deployed that removed the length check”), even when it happened long before the incident.",
    ),
  ];
}
