import { formatUtc } from "../draft/datetime.ts";
import type { Draft } from "../draft/schema.ts";
import type { Anchor } from "./anchors.ts";
import { awareFromDraft, disclosureFromDraft, givenAnchor } from "./anchors.ts";
import { applicableDeadlines } from "./applicableDeadlines.ts";
import { BASES, CLOSURE_BASIS } from "./bases.ts";
import { deadlineState } from "./deadlineState.ts";
import type { Deadline, DeadlineId, DeadlineInput } from "./types.ts";
import { DAY, HOUR } from "./types.ts";
import { whiteboardDue } from "./whiteboardDue.ts";

/** A period as the guidelines word it. */
type Period = { ms: number; words: string };
const period = (ms: number, words: string): Period => ({ ms, words });
const HOURS_72 = period(72 * HOUR, "72 hours");
const DAYS_14 = period(14 * DAY, "14 days");
const DAYS_7 = period(7 * DAY, "7 days");
const DAYS_3 = period(3 * DAY, "3 days");
const BR_PERIODS = { 24: period(24 * HOUR, "24 hours"), 120: period(5 * DAY, "5 days") } as const;

type Spec = { id: DeadlineId; label: string; start: Anchor | null; after: Period; met?: boolean };

function deadline({ id, label, start, after, met = false }: Spec, now: number): Deadline {
  const due = start === null ? null : start.at + after.ms;
  const counted = start === null ? `${after.words} after a date not known yet` : `${after.words} after ${formatUtc(start.at)} (${start.from})`;
  return { id, label, due, basis: BASES[id], counted, state: deadlineState(due, now, met) };
}

/** Certificates are affected: revocation-delay, a count in Impact, or rows in the Appendix. */
function affectsCertificates(draft: Draft): boolean {
  const total = draft.impact.totalCertificates;
  return draft.revocationDelay === true || (typeof total === "number" && total > 0) || draft.appendix.certificates.length > 0;
}

/** Every listed certificate is revoked or expired. */
function allRevoked(draft: Draft): boolean {
  const certs = draft.appendix.certificates;
  return certs.length > 0 && certs.every((c) => c.revoked === "Yes" || c.revoked === "N/A");
}

function nextUpdate(draft: Draft, input: DeadlineInput, posted: Anchor | null, disclosed: Anchor | null): Deadline {
  const label = "Next update";
  if (draft.kind === "closure" && posted !== null) {
    const counted = "not required after a posted Closure Summary, unless questions are asked";
    return { id: "next-update", label, due: null, basis: CLOSURE_BASIS, counted, state: "met" };
  }
  const whiteboard = input.nextUpdate === undefined ? null : whiteboardDue(input.nextUpdate);
  if (whiteboard !== null) {
    return {
      id: "next-update",
      label,
      due: whiteboard,
      basis: BASES["next-update"],
      counted: `the Whiteboard “Next update” date ${input.nextUpdate?.trim()} (until 23:59 UTC)`,
      state: deadlineState(whiteboard, input.now),
    };
  }
  return deadline({ id: "next-update", label, start: posted ?? disclosed, after: DAYS_7 }, input.now);
}

/**
 * The deadlines that apply to the draft at `input.now`, in `DEADLINE_IDS`
 * order, for its author and kind (`applicableDeadlines`). Deadlines that do not apply are left out (no revocation deadline
 * without certificates, no action item deadline without a change); those
 * that apply but whose starting point is unknown have `due: null`.
 * All arithmetic is on UTC instants, so offsets and daylight-saving changes
 * in the inputs do not shift a deadline.
 */
export function computeDeadlines(draft: Draft, input: DeadlineInput): Deadline[] {
  const applies = new Set(applicableDeadlines(draft).ids);
  return allDeadlines(draft, input).filter((d) => applies.has(d.id));
}

/** Every deadline of the CA Owner's that the draft's content calls for. */
function allDeadlines(draft: Draft, input: DeadlineInput): Deadline[] {
  const { now } = input;
  const aware = givenAnchor(input.awareAt, "became aware") ?? awareFromDraft(draft);
  const posted = givenAnchor(input.lastPostedAt, "last posted update");
  // A Preliminary report is the first report: once posted, that is the initial disclosure.
  const preliminaryPosted = draft.kind === "preliminary" && posted !== null ? { at: posted.at, from: "Preliminary report posted" } : null;
  const disclosed = givenAnchor(input.initialDisclosureAt, "initial disclosure") ?? disclosureFromDraft(draft) ?? preliminaryPosted;
  const out: Deadline[] = [];

  out.push(deadline({ id: "initial-report", label: "Initial report (Preliminary or Full)", start: aware, after: HOURS_72, met: draft.kind === "closure" || disclosed !== null || posted !== null }, now));

  // A Full report counts as posted when the draft is no longer Preliminary and something was posted after the initial disclosure.
  const fullPosted = draft.kind === "closure" || (draft.kind === "full" && posted !== null && disclosed !== null && posted.at > disclosed.at);
  out.push(deadline({ id: "full-report", label: "Full Incident Report", start: disclosed, after: DAYS_14, met: fullPosted }, now));

  const question = givenAnchor(input.openQuestionAt, "open question");
  if (question !== null) out.push(deadline({ id: "answer-questions", label: "Answer open questions", start: question, after: DAYS_7 }, now));

  out.push(nextUpdate(draft, input, posted, disclosed));

  const change = givenAnchor(input.lastActionItemChangeAt, "action item changed");
  if (change !== null) {
    const reported = posted !== null && posted.at >= change.at;
    out.push(deadline({ id: "action-item-update", label: "Update after an action item change", start: change, after: DAYS_3, met: reported }, now));
  }

  if (draft.revocationDelay === true) {
    const last = posted ?? disclosed;
    out.push(deadline({ id: "revocation-delay-update", label: "Revocation-delay update (SHOULD, every 3 days)", start: last, after: DAYS_3 }, now));
    out.push(deadline({ id: "revocation-delay-update-max", label: "Revocation-delay update (MUST, every 7 days)", start: last, after: DAYS_7 }, now));
  }

  if (affectsCertificates(draft)) {
    const after = BR_PERIODS[input.revocationDeadlineHours ?? 120];
    const label = `Revocation of affected certificates (BR 4.9.1.1, ${after.words})`;
    out.push(deadline({ id: "br-revocation", label, start: aware, after, met: allRevoked(draft) }, now));
  }
  return out;
}
