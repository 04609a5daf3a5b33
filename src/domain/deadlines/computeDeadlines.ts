/**
 * The incident's deadlines, exactly as the CCADB Incident Reporting
 * Guidelines v3.2 count them ("When are reports expected?", "When are reports
 * updated?", "How are reports closed?"), from the incident record (what was
 * posted when, the Whiteboard, the questions) and the report. One function
 * for the app, the CLI (`ccadb-report deadlines`) and the .ics file.
 *
 * Each deadline says what it counts from and where that fact came from; a
 * fact that is missing is asked for (`ask`), never guessed. All arithmetic is
 * on UTC instants, so offsets and daylight-saving changes in the inputs do
 * not shift a deadline.
 */
import { allActionItemsDone } from "../closure/actionItemsDone.ts";
import { formatUtc, instantOf } from "../draft/datetime.ts";
import type { Draft, IncidentRecord } from "../draft/schema.ts";
import type { Posted } from "../draft/schema.ts";
import { firstOfKind, firstReport, lastPosted, openQuestions, postedWords, POSTED_LABELS, type Dated } from "../incident/record.ts";
import { readWhiteboard, type WhiteboardReading } from "../incident/whiteboard.ts";
import { awareFromDraft, disclosureFromDraft } from "./anchors.ts";
import { BASES, CLOSURE_BASIS } from "./bases.ts";
import { DAY, HOUR, type Deadline, type DeadlineId, type MissingFact } from "./types.ts";
import { whiteboardDue } from "./whiteboardDue.ts";

/** A period as the guidelines word it. */
type Period = { ms: number; words: string };
const period = (ms: number, words: string): Period => ({ ms, words });
const HOURS_72 = period(72 * HOUR, "72 hours");
const DAYS_14 = period(14 * DAY, "14 days");
const DAYS_7 = period(7 * DAY, "7 days");
const DAYS_3 = period(3 * DAY, "3 days");
const BR_PERIODS = { 24: period(24 * HOUR, "24 hours"), 120: period(5 * DAY, "5 days") } as const;

/** A fact a deadline counts from: when, what it is, and where it came from. */
type Fact = { at: number; what: string; source: string };

const ASK_AWARE: MissingFact = {
  fact: "becameAwareAt",
  question: "When did you become aware of the incident? The guidelines count the initial report (72 hours) and the Full report (14 days) from then.",
};

const REVOCATION_MUST_SAY = [
  "the number of certificates that have been revoked",
  "the number of certificates that have not yet been revoked",
  "the number of certificates planned for revocation that have expired",
  "an estimate for when all remaining revocations will be completed",
];

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function after(fact: Fact, by: Period): { due: number; counted: string } {
  return { due: fact.at + by.ms, counted: `${by.words} after ${formatUtc(fact.at)} (${fact.what}: ${fact.source})` };
}

function stateOf(due: number | null, now: number): "open" | "overdue" {
  return due !== null && due < now ? "overdue" : "open";
}

type Parts = Omit<Deadline, "basis" | "ask" | "notes"> & Partial<Pick<Deadline, "ask" | "notes">>;

function make(parts: Parts): Deadline {
  return { ask: null, notes: [], ...parts, basis: BASES[parts.id] };
}

function done(id: DeadlineId, label: string, counted: string): Deadline {
  return make({ id, label, due: null, state: "done", counted });
}

function notApplicable(id: DeadlineId, label: string, counted: string): Deadline {
  return make({ id, label, due: null, state: "not-applicable", counted });
}

function postedFact(posted: Dated<{ kind: keyof typeof POSTED_LABELS; comment?: number }>): Fact {
  return { at: posted.ms, what: `${POSTED_LABELS[posted.kind]} posted`, source: posted.comment === undefined ? "the incident record" : `comment ${posted.comment} on the bug` };
}

/**
 * A posting the deadlines count from: the record's, else what the report's own
 * timeline says ("We posted the Preliminary report"), named as such.
 */
type Posting = { fact: Fact; words: string };

function recordPosting(posted: Dated<Posted> | null): Posting | null {
  return posted === null ? null : { fact: postedFact(posted), words: postedWords(posted, formatUtc(posted.ms)) };
}

function timelinePosting(draft: Draft): Posting | null {
  const anchor = disclosureFromDraft(draft);
  if (anchor === null) return null;
  return { fact: { at: anchor.at, what: "first report posted", source: `the report's ${anchor.from}` }, words: `First report posted ${formatUtc(anchor.at)} (the report's ${anchor.from})` };
}

/**
 * When the CA Owner became aware: the incident record's date, or what the
 * report says (Non-compliance identified date, or a timeline entry that reads
 * as becoming aware). Where both are given and differ, the earlier counts,
 * and a note says so: a deadline is never shown later than it may be.
 */
function awareness(draft: Draft, record: IncidentRecord): { fact: Fact | null; notes: string[] } {
  const typed = record.becameAwareAt?.trim() ?? "";
  const recordAt = typed === "" ? null : instantOf(typed);
  const fromRecord: Fact | null = recordAt === null ? null : { at: recordAt, what: "became aware", source: "the incident record" };
  const anchor = awareFromDraft(draft);
  const fromReport: Fact | null = anchor === null ? null : { at: anchor.at, what: "became aware", source: `the report's ${anchor.from}` };
  if (fromRecord && fromReport && fromRecord.at !== fromReport.at) {
    const [earlier, later] = fromRecord.at < fromReport.at ? [fromRecord, fromReport] : [fromReport, fromRecord];
    return {
      fact: earlier,
      notes: [`${capitalised(earlier.source)} says ${formatUtc(earlier.at)} and ${later.source} ${formatUtc(later.at)}: the earlier is counted, so no deadline is shown later than it may be.`],
    };
  }
  return { fact: fromRecord ?? fromReport, notes: [] };
}

/** The postings the deadlines count from, read once: the first report and the last posting (record, else timeline), and the Whiteboard. */
type Postings = { first: Posting | null; last: Fact | null; closed: boolean; board: WhiteboardReading };

function postingsOf(draft: Draft, record: IncidentRecord): Postings {
  const fromTimeline = timelinePosting(draft);
  return {
    first: recordPosting(firstReport(record)) ?? fromTimeline,
    last: (recordPosting(lastPosted(record)) ?? fromTimeline)?.fact ?? null,
    closed: firstOfKind(record, ["closure"]) !== null,
    board: readWhiteboard(record.whiteboard ?? ""),
  };
}

function initialReport(posts: Postings, aware: Fact | null, now: number): Deadline {
  const id = "preliminary";
  const label = "Initial report (Preliminary or Full), or a response to a third party's report";
  const { first } = posts;
  if (first) return done(id, label, first.words);
  if (!aware) return make({ id, label, due: null, state: "open", counted: `${HOURS_72.words} after becoming aware, which is not known yet`, ask: ASK_AWARE });
  const { due, counted } = after(aware, HOURS_72);
  return make({ id, label, due, state: stateOf(due, now), counted });
}

/**
 * "MUST be posted within 14 days of the incident's initial disclosure", where
 * the guidelines define the initial incident disclosure as becoming aware
 * ("i.e."). Counted from the first report's posting instead, it would be later:
 * the earlier is shown, and the note says why.
 */
function fullReport(record: IncidentRecord, posts: Postings, aware: Fact | null, now: number): Deadline {
  const id = "full";
  const label = "Full Incident Report (14 days)";
  const full = firstOfKind(record, ["full", "closure"]);
  if (full) return done(id, label, postedWords(full, formatUtc(full.ms)));
  const first = posts.first?.fact ?? null;
  const notes: string[] = [];
  if (!aware) {
    if (first) notes.push(`Counted from the first report's posting instead, it would be ${formatUtc(first.at + DAYS_14.ms)}; becoming aware came before that, so the deadline is no later.`);
    return make({ id, label, due: null, state: "open", counted: `${DAYS_14.words} after becoming aware (the initial incident disclosure), which is not known yet`, ask: ASK_AWARE, notes });
  }
  const { due, counted } = after(aware, DAYS_14);
  if (first && first.at > aware.at) {
    notes.push(
      `The guidelines define the initial incident disclosure as becoming aware ("i.e."); counted from the first report's posting (${formatUtc(first.at)}) it would be ${formatUtc(first.at + DAYS_14.ms)}. The earlier date is shown.`,
    );
  }
  return make({ id, label, due, state: stateOf(due, now), counted, notes });
}

function responses(record: IncidentRecord, now: number): Deadline[] {
  return openQuestions(record).map((question) => {
    const fact: Fact = { at: question.ms, what: `question${question.by ? ` by ${question.by}` : ""}`, source: "the incident record" };
    const { due, counted } = after(fact, DAYS_7);
    return make({ id: "response", label: `Respond to the question${question.by ? ` by ${question.by}` : ""} of ${formatUtc(question.ms)}`, due, state: stateOf(due, now), counted });
  });
}

/** The update rules in force: the earliest of the Whiteboard date (or 7 days after the last posting), and 3 days after an action item change. */
function update(record: IncidentRecord, posts: Postings, revocationDelay: boolean, now: number): Deadline {
  const id = "update";
  const label = "Next update on the bug";
  const { last } = posts;
  if (!last) return notApplicable(id, label, "updates start once the first report is posted (Mark as posted, or the posting times under Deadlines)");
  if (posts.closed) return { ...notApplicable(id, label, "not required after a posted Closure Summary, unless questions are asked"), basis: CLOSURE_BASIS };
  const notes: string[] = [];
  let ask: MissingFact | null = null;
  const candidates: Array<{ due: number; counted: string; dueDate?: string }> = [];
  const next = posts.board.nextUpdate;
  const seven = after(last, DAYS_7);
  if (next && next.readings.length === 1) {
    const due = whiteboardDue(next.readings[0]);
    if (due !== null) candidates.push({ due, dueDate: next.readings[0], counted: `the Whiteboard's "Next update" ${next.written} (until 23:59 UTC that day)` });
    // With a revocation delay, 7 days is the most between updates whatever the Whiteboard says.
    if (revocationDelay) candidates.push(seven);
  } else {
    candidates.push(seven);
    if (next && next.readings.length === 2) {
      ask = { fact: "whiteboard", question: `The Whiteboard's "Next update ${next.written}" can be ${next.readings.join(" or ")}: which is it? Until you say, 7 days after the last posting is shown.` };
    } else if (next) {
      notes.push(`The Whiteboard's "Next update ${next.written}" is not a date the app can read; 7 days after the last posting is shown.`);
    }
  }
  const changed = record.actionItemChangedAt?.trim() ? instantOf(record.actionItemChangedAt) : null;
  if (changed !== null && changed > last.at) candidates.push(after({ at: changed, what: "action item changed", source: "the incident record" }, DAYS_3));
  const earliest = candidates.reduce((a, b) => (b.due < a.due ? b : a));
  const rest = candidates.filter((c) => c !== earliest);
  if (rest.length > 0) notes.push(`Also due by then: ${rest.map((c) => `${formatUtc(c.due)} (${c.counted})`).join("; ")}; the earliest is shown.`);
  return make({ id, label, due: earliest.due, dueDate: earliest.dueDate, state: stateOf(earliest.due, now), counted: earliest.counted, ask, notes });
}

function revocationUpdate(posts: Postings, now: number): Deadline {
  const id = "revocation-update";
  const label = "Revocation-delay update (SHOULD every 3 days; MUST every 7)";
  const { last } = posts;
  if (!last) return notApplicable(id, label, "updates start once the first report is posted");
  if (posts.closed) return notApplicable(id, label, "not required after a posted Closure Summary, unless questions are asked");
  const { due, counted } = after(last, DAYS_3);
  return make({ id, label, due, state: stateOf(due, now), counted, notes: [`Each update must say ${REVOCATION_MUST_SAY.join("; ")}.`] });
}

/** Certificates are affected: a revocation delay, a count in Impact, or rows in the Appendix. */
function affectsCertificates(draft: Draft, revocationDelay: boolean): boolean {
  const total = draft.impact.totalCertificates;
  return revocationDelay || (typeof total === "number" && total > 0) || draft.appendix.certificates.length > 0;
}

function allRevoked(draft: Draft): boolean {
  const certs = draft.appendix.certificates;
  return certs.length > 0 && certs.every((c) => c.revoked === "Yes" || c.revoked === "N/A");
}

function revocation(draft: Draft, record: IncidentRecord, aware: Fact | null, now: number): Deadline {
  const by = BR_PERIODS[record.revocationHours ?? 120];
  const id = "revocation";
  const label = `Revocation of the affected certificates (TLS BR 4.9.1.1, ${by.words})`;
  if (allRevoked(draft)) return done(id, label, "every certificate in the Appendix is revoked or expired");
  if (!aware) return make({ id, label, due: null, state: "open", counted: `${by.words} after becoming aware, which is not known yet`, ask: ASK_AWARE });
  const { due, counted } = after(aware, by);
  return make({ id, label, due, state: stateOf(due, now), counted });
}

function closure(draft: Draft, record: IncidentRecord): Deadline {
  const id = "closure";
  const label = "Request closure (Closure Summary)";
  const posted = firstOfKind(record, ["closure"]);
  if (posted) return { ...done(id, label, `${postedWords(posted, formatUtc(posted.ms))}; nothing further is required unless questions are asked`), basis: CLOSURE_BASIS };
  const open = openQuestions(record).length;
  if (draft.actionItems.length > 0 && allActionItemsDone(draft) && open === 0) {
    return make({ id, label, due: null, state: "open", counted: "now: every action item is Complete or Canceled and no question is open; the guidelines set no number of days" });
  }
  return notApplicable(id, label, "when every action item is complete and no comment or question remains open");
}

/**
 * The CA Owner's deadlines for the incident at `now`, in `DEADLINE_IDS`
 * order (one `response` per open question). A third party's report has
 * none of them: the guidelines put every deadline on the CA Owner.
 */
export function computeDeadlines(draft: Draft, record: IncidentRecord, now: number): Deadline[] {
  if (draft.author === "third-party") return [];
  const { fact: aware, notes: awareNotes } = awareness(draft, record);
  const posts = postingsOf(draft, record);
  const revocationDelay = draft.revocationDelay === true || posts.board.revocationDelay;
  const withAwareNotes = (d: Deadline) => (d.state === "done" || awareNotes.length === 0 || !d.counted.includes("became aware") ? d : { ...d, notes: [...awareNotes, ...d.notes] });
  const out: Deadline[] = [initialReport(posts, aware, now), fullReport(record, posts, aware, now), ...responses(record, now), update(record, posts, revocationDelay, now)];
  if (revocationDelay) out.push(revocationUpdate(posts, now));
  if (affectsCertificates(draft, revocationDelay)) out.push(revocation(draft, record, aware, now));
  out.push(closure(draft, record));
  return out.map(withAwareNotes);
}

/** The earliest deadline still open whose date is known; null when none is. */
export function nextDeadline(deadlines: readonly Deadline[]): Deadline | null {
  let next: Deadline | null = null;
  for (const d of deadlines) {
    if ((d.state !== "open" && d.state !== "overdue") || d.due === null) continue;
    if (next === null || next.due === null || d.due < next.due) next = d;
  }
  return next;
}
