import { emptyDraft } from "../draft/newDraft.ts";
import type { ActionItem, Author, Draft, LessonList, NotApplicableList, ReportKind } from "../draft/schema.ts";
import { trimBlankLines, type Line } from "./lines.ts";
import type { Template } from "./reportHeadings.ts";
import type { ReadMode, Unmapped } from "./types.ts";

/** What an action item's "Corresponding Root Cause(s)" cell names, before items have ids. */
export type Ref =
  | { kind: "rootCause"; n: number }
  | { kind: "lesson"; list: LessonList; n: number }
  /** The renderer's `unknown item "id"`: a reference to an id that is not in the draft. */
  | { kind: "id"; id: string };

export type PendingRef = { ref: Ref; line: Line; text: string };

/** The state of one reading of the report: the draft so far and what could not be placed. */
export type ReadContext = {
  mode: ReadMode;
  template: Template;
  draft: Draft;
  unmapped: Unmapped[];
  /** The heading of the section being read, for the parts set aside. */
  heading: string;
  /** Action items whose references are resolved once every item is read. */
  pending: Array<{ item: ActionItem; refs: PendingRef[] }>;
};

export function newContext(mode: ReadMode, kind: ReportKind, author: Author, template: Template = "v3"): ReadContext {
  return { mode, template, draft: emptyDraft(kind, author), unmapped: [], heading: "", pending: [] };
}

/** Sets lines aside as one part (blank lines at the ends dropped), under the current heading unless another is given. */
export function skip(ctx: ReadContext, lines: readonly Line[], reason: string, heading = ctx.heading): void {
  const kept = trimBlankLines(lines.filter((line) => !line.supplied));
  if (kept.length === 0) return;
  ctx.unmapped.push({ line: kept[0].n, heading, text: kept.map((line) => (line.pasted ?? line.text).trimEnd()).join("\n"), reason });
}

/** Sets aside one value that was found but could not be used. */
export function skipValue(ctx: ReadContext, line: Line, text: string, reason: string): void {
  ctx.unmapped.push({ line: line.n, heading: ctx.heading, text, reason });
}

/** The report says N/A for a whole list (Related Incidents, a Lessons Learned list): the author's mark, kept. */
export function markNotApplicable(ctx: ReadContext, list: NotApplicableList): void {
  const marked = ctx.draft.notApplicable ?? [];
  if (!marked.includes(list)) ctx.draft.notApplicable = [...marked, list];
}
