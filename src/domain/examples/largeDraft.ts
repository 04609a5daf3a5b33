/**
 * A large, deterministic Full report (120 timeline entries, 12 contributing
 * factors, 30 action items), ready to post: for benchmarks of typing and
 * rendering, where the examples are too small to show a slowdown.
 */
import { toIsoMinute } from "../draft/datetime.ts";
import type { ActionItem, Draft, Lesson, RootCause, TimelineEntry } from "../draft/schema.ts";
import { exampleDraft } from "./index.ts";

const TIMELINE_ENTRIES = 120;
const ROOT_CAUSES = 12;
const LESSONS_PER_LIST = 6;
const ACTION_ITEMS = 30;
const START = Date.UTC(2025, 0, 6, 8, 0);
const ACTION_KINDS = ["Prevent", "Mitigate", "Detect"] as const;
const ACTION_STATUSES = ["Ongoing", "Complete", "Delayed"] as const;

const pad = (n: number) => String(n).padStart(3, "0");

function timelineEntry(i: number): TimelineEntry {
  return {
    id: `t${pad(i)}`,
    // Every 90 minutes; every fifth entry written with a local offset, as real reports mix them.
    at: i % 5 === 0 ? toIsoMinute(START + i * 90 * 60_000).replace("Z", "+00:00") : toIsoMinute(START + i * 90 * 60_000),
    event: `Step ${i + 1} of the response: the team reviews batch ${i + 1} of the affected certificates and records the outcome in ticket INC-${4000 + i}.`,
  };
}

function rootCause(i: number): RootCause {
  return {
    id: `c${pad(i)}`,
    title: `Contributing condition ${i + 1}`,
    description: `Condition ${i + 1} let a malformed profile field reach issuance. It first arose in release 2024.${i + 1}.`,
    timeline: `Introduced in release 2024.${i + 1}; unchanged until the incident.`,
    detection: "No pre-issuance check covered it, and the monthly sample missed it.",
    interaction: `It combined with condition ${((i + 1) % ROOT_CAUSES) + 1} to widen the impact.`,
    methodology: "5 Whys",
  };
}

function lessons(prefix: string, what: string): Lesson[] {
  return Array.from({ length: LESSONS_PER_LIST }, (_, i) => ({ id: `${prefix}${pad(i)}`, text: `${what} ${i + 1}.` }));
}

/** Action items share out the factors and lessons, so every one that needs an action item has one. */
function actionItem(i: number, mustAddress: readonly string[]): ActionItem {
  const share = mustAddress.filter((_, j) => j % ACTION_ITEMS === i);
  return {
    id: `a${pad(i)}`,
    description: `Remediation ${i + 1}: add a check to the issuance pipeline and document it in the CPS.`,
    kind: ACTION_KINDS[i % ACTION_KINDS.length],
    addresses: share.length > 0 ? share : [mustAddress[i % mustAddress.length]],
    evaluationCriteria: "No certificate with the defect appears in CT logs after the due date.",
    dueDate: toIsoMinute(START + (60 + i) * 86_400_000).slice(0, 10),
    status: ACTION_STATUSES[i % ACTION_STATUSES.length],
  };
}

export function largeDraft(): Draft {
  const draft = exampleDraft("full-misissuance-revocation-delay");
  draft.timeline = Array.from({ length: TIMELINE_ENTRIES }, (_, i) => timelineEntry(i));
  draft.rootCauses = Array.from({ length: ROOT_CAUSES }, (_, i) => rootCause(i));
  draft.lessons = {
    wentWell: lessons("w", "Something that limited the impact"),
    didNotGoWell: lessons("d", "Something that made the impact larger"),
    gotLucky: lessons("g", "Something that went well by luck"),
    additional: lessons("x", "Another lesson"),
  };
  const mustAddress = [
    ...draft.rootCauses.map((c) => c.id),
    ...draft.lessons.didNotGoWell.map((l) => l.id),
    ...draft.lessons.additional.map((l) => l.id),
  ];
  draft.actionItems = Array.from({ length: ACTION_ITEMS }, (_, i) => actionItem(i, mustAddress));
  return draft;
}
