import type { ActionItem, Draft, RootCause } from "../draft/schema.ts";
import { sentences } from "../quality/text/sentences.ts";
import { forClosedIncident } from "./closedTense.ts";

/** One line of text: whitespace, line breaks and list markers collapsed. */
function flat(text: string): string {
  return text.replace(/^[ \t]*(?:[-*+]|\d+[.)])\s+/gm, "").replace(/\s+/g, " ").trim();
}

/** The first sentence of a text, on one line. */
function firstSentence(text: string): string {
  return flat(sentences(text)[0] ?? "");
}

function causeLine(cause: RootCause): string {
  const title = flat(cause.title).replace(/[.:]$/, "");
  const summary = firstSentence(cause.description);
  if (title === "") return summary;
  return summary === "" ? title : `${title}: ${summary}`;
}

function remedyLine(item: ActionItem): string {
  const details = [item.kind, item.status].filter((s) => s !== "").join(", ");
  const text = flat(item.description).replace(/\.$/, "");
  return details === "" ? text : `${text} (${details})`;
}

/** A Markdown list of the non-empty lines, or "" when there are none. */
const list = (lines: string[]) =>
  lines
    .filter((line) => line !== "")
    .map((line) => `- ${line}`)
    .join("\n");

/** Commitments that outlive the action items: periodic or continuous work. */
const ONGOING = /\b(?:annual(?:ly)?|yearly|quarterly|monthly|weekly|periodic(?:ally)?|every \d+ (?:days|weeks|months|years)|on an ongoing basis|continuous(?:ly)?|recurring)\b/i;

/** The four fields, and the sentences left out because they speak of the future. */
export type ClosurePrefill = { closure: Draft["closure"]; leftOut: string[] };

/**
 * A first draft of the four Closure Summary fields from the report, for the
 * author to edit: the incident description, each contributing factor as its
 * title and first sentence, each action item (not Canceled) with its kind
 * and status, and as commitments the action items that are periodic or
 * continuous by their wording. When none is, the commitment summary stays
 * empty: only the author can say it does not apply (N/A). Copied sentences
 * are put in the past tense for a closed incident; sentences about the
 * future and references to sections a Closure does not have are left out
 * (`forClosedIncident`), and the left-out sentences are listed.
 */
export function prefillClosureWithNotes(draft: Draft): ClosurePrefill {
  const leftOut: string[] = [];
  const closed = (text: string) => {
    const result = forClosedIncident(text);
    leftOut.push(...result.leftOut);
    return result.text;
  };
  const active = draft.actionItems.filter((item) => item.status !== "Canceled");
  const commitments = list(active.filter((item) => ONGOING.test(item.description)).map((item) => flat(item.description)));
  const closure = {
    incidentDescription: closed(draft.summary.incidentDescription.trim()),
    rootCauses: closed(list(draft.rootCauses.map(causeLine))),
    remediationDescription: list(active.map(remedyLine)),
    commitmentSummary: commitments,
  };
  return { closure, leftOut };
}

/** The four Closure Summary fields prefilled from the report (see `prefillClosureWithNotes`). */
export function prefillClosure(draft: Draft): Draft["closure"] {
  return prefillClosureWithNotes(draft).closure;
}
