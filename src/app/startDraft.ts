import { emptyDraft } from "../domain/draft/newDraft.ts";
import type { Author, Draft, ReportKind } from "../domain/draft/schema.ts";
import { EXAMPLE_IDS, exampleDraft } from "../domain/examples/index.ts";
import { largeDraft } from "../domain/examples/largeDraft.ts";

/** A new, empty report; a third party's Source defaults to what it is. */
export function newDraftFor(kind: ReportKind, author: Author): Draft {
  const draft = emptyDraft(kind, author);
  if (author === "third-party") draft.summary.source = "Third Party Reported";
  return draft;
}

/** `?example=<id>` (or `large`, for benchmarks) opens that example directly. */
export function draftFromUrl(search: string): Draft | null {
  const id = new URLSearchParams(search).get("example");
  if (id === "large") return largeDraft();
  const known = EXAMPLE_IDS.find((x) => x === id);
  return known ? exampleDraft(known) : null;
}
