import { FIELDS, ITEM_NAMES } from "../draft/catalogue.ts";
import type { FieldKey } from "../draft/catalogue.ts";
import { instantOf } from "../draft/datetime.ts";
import type { Draft } from "../draft/schema.ts";
import { isDone } from "./actionItemsDone.ts";

export const CLOSURE_CHECK_IDS = ["action-items", "no-open-questions", "closure-summary", "request-information"] as const;
export type ClosureCheckId = (typeof CLOSURE_CHECK_IDS)[number];

export type ClosureCheck = { id: ClosureCheckId; label: string; done: boolean; detail: string };

/** What the author ticks, because the draft cannot know it. */
export type ClosureFlags = {
  /** No comment or question on the bug is left unanswered. */
  noOpenQuestions: boolean;
  /** "Request information from" incident-reporting@ccadb.org is set on the closure comment. */
  informationRequested?: boolean;
};

const CLOSE_RULE =
  "“When all Action Items are complete and no outstanding comments or questions remain, CA Owners MUST (1) request closure in a Bugzilla comment using the template below and (2) select the \"Request information from\" checkbox and add incident-reporting [at] ccadb [dot] org.” (CCADB Incident Reporting Guidelines v3.2, How are reports closed?)";

const DAY = 86_400_000;


function actionItemsCheck(draft: Draft, now: number): ClosureCheck {
  const label = "All action items are Complete or Canceled";
  if (draft.actionItems.length === 0) return { id: "action-items", label, done: false, detail: "The report lists no action items." };
  const open = draft.actionItems
    .map((item, i) => ({ item, name: ITEM_NAMES.actionItems(i + 1) }))
    .filter(({ item }) => !isDone(item));
  if (open.length === 0) {
    return { id: "action-items", label, done: true, detail: `All ${draft.actionItems.length} action items are Complete or Canceled.` };
  }
  const describe = ({ item, name }: (typeof open)[number]) => {
    const due = instantOf(item.dueDate);
    const late = due !== null && now >= due + DAY ? ", past due" : "";
    const dueText = item.dueDate.trim() === "" ? "no due date yet" : `due ${item.dueDate.trim()}`;
    return `${name} is ${item.status === "" ? "without a status" : item.status} (${dueText}${late})`;
  };
  return { id: "action-items", label, done: false, detail: `${open.map(describe).join("; ")}.` };
}

const SUMMARY_FIELDS: ReadonlyArray<readonly [FieldKey, (closure: Draft["closure"]) => string]> = [
  ["closure.incidentDescription", (c) => c.incidentDescription],
  ["closure.rootCauses", (c) => c.rootCauses],
  ["closure.remediationDescription", (c) => c.remediationDescription],
  ["closure.commitmentSummary", (c) => c.commitmentSummary],
];

function summaryCheck(draft: Draft): ClosureCheck {
  const empty = SUMMARY_FIELDS.filter(([, get]) => get(draft.closure).trim() === "").map(([key]) => key);
  return {
    id: "closure-summary",
    label: "The Closure Summary is filled in",
    done: empty.length === 0,
    detail: empty.length === 0 ? "All four fields are filled in." : `Still empty: ${empty.map((key) => FIELDS[key].label).join(", ")}.`,
  };
}

/**
 * What must be true before requesting closure, at `now`. Whether questions
 * remain open, and whether the request was sent, are the author's ticks.
 */
export function closureChecklist(draft: Draft, now: number, flags: ClosureFlags): ClosureCheck[] {
  return [
    actionItemsCheck(draft, now),
    {
      id: "no-open-questions",
      label: "No comments or questions remain unanswered",
      done: flags.noOpenQuestions,
      detail: CLOSE_RULE,
    },
    summaryCheck(draft),
    {
      id: "request-information",
      label: "When posting, tick “Request information from” and add incident-reporting@ccadb.org",
      done: flags.informationRequested === true,
      detail: CLOSE_RULE,
    },
  ];
}
