import { formatUtc } from "../domain/draft/datetime.ts";
import { formatInZone, localTimeZone } from "../domain/draft/timeZones.ts";
import type { Deadline, DeadlineState } from "../domain/deadlines/types.ts";
import { formatRelative } from "../domain/deadlines/formatRelative.ts";
import { QUOTE } from "./styles.ts";

const STATE_TEXT = {
  upcoming: "Upcoming",
  "due-soon": "Due soon",
  overdue: "Overdue",
  unknown: "Date not known",
  met: "Done",
} as const satisfies Record<DeadlineState, string>;

const STATE_CLASS = {
  upcoming: "bg-slate-100 text-slate-800 dark:bg-slate-800 dark:text-slate-100",
  "due-soon": "bg-amber-100 text-amber-950 dark:bg-amber-900 dark:text-amber-50",
  overdue: "bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-100",
  unknown: "bg-slate-100 text-slate-800 dark:bg-slate-800 dark:text-slate-100",
  met: "bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100",
} as const satisfies Record<DeadlineState, string>;

/** One deadline: its date in UTC (and on the author's clock), how far off it is, what it counts from, and why (on demand). */
export function DeadlineItem({ deadline, now }: { deadline: Deadline; now: number }) {
  const { label, due, state, counted, basis } = deadline;
  const local = due === null ? null : formatInZone(due, localTimeZone());
  return (
    <li className="space-y-1 rounded-md border border-slate-200 p-3 dark:border-slate-700" aria-label={label}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h4 className="text-sm font-semibold">{label}</h4>
        <span className={`rounded-full px-2 py-0.5 text-xs font-semibold ${STATE_CLASS[state]}`}>{STATE_TEXT[state]}</span>
      </div>
      {due !== null && (
        <p className="text-sm">
          <time dateTime={new Date(due).toISOString()} className="font-medium tabular-nums">
            {formatUtc(due)}
          </time>
          {state !== "met" && <span className="text-slate-700 dark:text-slate-300"> ({formatRelative(due, now)})</span>}
        </p>
      )}
      {local !== null && <p className="text-sm text-slate-600 tabular-nums dark:text-slate-400">Local time: {local}</p>}
      <p className="text-sm text-slate-600 dark:text-slate-400">Counted: {counted}</p>
      <details className="text-sm">
        <summary className="cursor-pointer rounded text-blue-800 underline focus-visible:outline-2 focus-visible:outline-blue-700 dark:text-blue-300 dark:focus-visible:outline-blue-300">
          Basis
        </summary>
        <blockquote className={`mt-1 ${QUOTE}`}>{basis}</blockquote>
      </details>
    </li>
  );
}
