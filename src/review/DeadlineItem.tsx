import { formatUtc } from "../domain/draft/datetime.ts";
import { formatInZone, localTimeZone } from "../domain/draft/timeZones.ts";
import { DUE_SOON_MS, type Deadline, type MissingFact } from "../domain/deadlines/types.ts";
import { formatRelative } from "../domain/deadlines/formatRelative.ts";
import { BUTTON, QUOTE } from "../ui/panelStyles.ts";

type Shown = "upcoming" | "due-soon" | "overdue" | "needs-date" | "no-date" | "done" | "not-applicable";

const SHOWN_TEXT = {
  upcoming: "Upcoming",
  "due-soon": "Due soon",
  overdue: "Overdue",
  "needs-date": "Needs a fact",
  "no-date": "Due now",
  done: "Done",
  "not-applicable": "Not applicable",
} as const satisfies Record<Shown, string>;

const NEUTRAL = "bg-slate-100 text-slate-800 dark:bg-slate-800 dark:text-slate-100";
const SHOWN_CLASS = {
  upcoming: NEUTRAL,
  "due-soon": "bg-amber-100 text-amber-950 dark:bg-amber-900 dark:text-amber-50",
  overdue: "bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-100",
  "needs-date": "bg-amber-100 text-amber-950 dark:bg-amber-900 dark:text-amber-50",
  "no-date": "bg-amber-100 text-amber-950 dark:bg-amber-900 dark:text-amber-50",
  done: "bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100",
  "not-applicable": NEUTRAL,
} as const satisfies Record<Shown, string>;

function shown(deadline: Deadline, now: number): Shown {
  if (deadline.state !== "open") return deadline.state;
  if (deadline.due === null) return deadline.ask ? "needs-date" : "no-date";
  return deadline.due - now <= DUE_SOON_MS ? "due-soon" : "upcoming";
}

type Props = { deadline: Deadline; now: number; onAsk(fact: MissingFact["fact"]): void };

/** One deadline: its date in UTC (and on the author's clock), how far off it is, what it counts from and where that came from, what is missing, and why (on demand). */
export function DeadlineItem({ deadline, now, onAsk }: Props) {
  const { label, due, counted, basis, ask, notes } = deadline;
  const state = shown(deadline, now);
  const live = deadline.state === "open" || deadline.state === "overdue";
  const local = due === null || !live ? null : formatInZone(due, localTimeZone());
  return (
    <li className="space-y-1 rounded-md border border-slate-200 p-3 dark:border-slate-700" aria-label={label} data-deadline={deadline.id}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h4 className="text-sm font-semibold">{label}</h4>
        <span className={`rounded-full px-2 py-0.5 text-xs font-semibold ${SHOWN_CLASS[state]}`}>{SHOWN_TEXT[state]}</span>
      </div>
      {due !== null && live && (
        <p className="text-sm">
          <time dateTime={new Date(due).toISOString()} className="font-medium tabular-nums" data-due>
            {formatUtc(due)}
          </time>
          <span className="text-slate-700 dark:text-slate-300"> ({formatRelative(due, now)})</span>
        </p>
      )}
      {local !== null && <p className="text-sm text-slate-600 tabular-nums dark:text-slate-400">Local time: {local}</p>}
      <p className="text-sm text-slate-600 dark:text-slate-400">{live ? `Counted: ${counted}` : counted}</p>
      {ask && (
        <div className="flex flex-wrap items-center gap-2 rounded-md bg-amber-50 p-2 text-sm text-amber-950 dark:bg-amber-950 dark:text-amber-100">
          <p className="min-w-0 flex-1">{ask.question}</p>
          <button type="button" className={BUTTON} onClick={() => onAsk(ask.fact)}>
            {ask.fact === "becameAwareAt" ? "Enter when you became aware" : "Check the Whiteboard"}
          </button>
        </div>
      )}
      {notes.length > 0 && (
        <ul className="list-disc space-y-0.5 pl-5 text-sm text-slate-700 dark:text-slate-300">
          {notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
      <details className="text-sm">
        <summary className="cursor-pointer rounded text-blue-800 underline focus-visible:outline-2 focus-visible:outline-blue-700 dark:text-blue-300 dark:focus-visible:outline-blue-300">
          Basis
        </summary>
        <blockquote className={`mt-1 ${QUOTE}`}>{basis}</blockquote>
      </details>
    </li>
  );
}
