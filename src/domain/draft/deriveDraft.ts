/**
 * The next report of an incident, started from the one before it: the Full
 * report from the Preliminary, the Closure Summary from the Full report. The
 * original draft is left as it is; the new one is a separate draft.
 */
import { prefillClosure } from "../closure/prefillClosure.ts";
import type { Author, Draft, ReportKind } from "./schema.ts";

const closureIsEmpty = (closure: Draft["closure"]) =>
  [closure.incidentDescription, closure.rootCauses, closure.remediationDescription, closure.commitmentSummary].every((text) => text.trim() === "");

/**
 * A new draft of `kind` prefilled from `source`: the same CA Owner, title,
 * summary, impact and lists (a report of another kind shows only its own
 * sections, and the rest stays for the report after it). A Closure Summary
 * that is still empty gets the closure prefill; the closure checklist's
 * ticks are not carried over, because they are about posting this new report.
 * `author` defaults to the source's; the next report of an incident passes
 * "ca-owner" (the Full report and the Closure are the CA Owner's, whoever
 * filed the Preliminary). Pure: `source` is not changed.
 */
export function deriveDraft(source: Draft, kind: ReportKind, author: Author = source.author): Draft {
  const copy: Draft = structuredClone(source);
  copy.kind = kind;
  copy.author = author;
  const { checklist: _ticks, ...closure } = copy.closure;
  copy.closure = kind === "closure" && closureIsEmpty(closure) ? prefillClosure(source) : closure;
  return copy;
}
