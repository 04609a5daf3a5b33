import type { ActionItem, Draft, RootCause } from "../draft/schema.ts";
import { sentences } from "../quality/text/sentences.ts";

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

/**
 * A first draft of the four Closure Summary fields from the report, for the
 * author to edit: the incident description as it is, each contributing
 * factor as its title and first sentence, each action item (not Canceled)
 * with its kind and status, and as commitments the action items that are
 * periodic or continuous by their wording. When none is, the commitment
 * summary stays empty: only the author can say it does not apply (N/A).
 */
export function prefillClosure(draft: Draft): Draft["closure"] {
  const active = draft.actionItems.filter((item) => item.status !== "Canceled");
  const commitments = list(active.filter((item) => ONGOING.test(item.description)).map((item) => flat(item.description)));
  return {
    incidentDescription: draft.summary.incidentDescription.trim(),
    rootCauses: list(draft.rootCauses.map(causeLine)),
    remediationDescription: list(active.map(remedyLine)),
    commitmentSummary: commitments,
  };
}
