import { bugUrl, isOpen } from "../../domain/incidents/bug.ts";
import { caNamesOf } from "../../domain/incidents/caNames.ts";
import { categoryLabel } from "../../domain/incidents/categories.ts";
import type { IncidentMatch } from "../../domain/incidents/searchIndex.ts";
import { BUTTON } from "../../ui/panelStyles.ts";

type Props = { match: IncidentMatch; /** "Related incident 2" when the bug is already listed. */ listedAs: string | null; onAdd(): void };

/** One bug: number (a link), date, CA, title, categories, status; and Add, or where it is already listed. */
export function IncidentResult({ match, listedAs, onAdd }: Props) {
  const { bug } = match;
  const ca = caNamesOf(bug.summary)[0];
  const title = ca ? bug.summary.slice(bug.summary.indexOf(ca) + ca.length).replace(/^\s*[-:–]\s*/, "") : bug.summary;
  const status = isOpen(bug) ? "Open" : bug.resolution === "FIXED" ? "Resolved" : `Resolved (${bug.resolution.toLowerCase()})`;
  return (
    <li className="flex flex-wrap items-start justify-between gap-2 border-b border-slate-200 py-2.5 last:border-b-0 dark:border-slate-700">
      <div className="min-w-0 flex-1 space-y-1">
        <p className="text-sm">
          <a className="font-medium text-blue-700 underline dark:text-blue-400" href={bugUrl(bug.id)} target="_blank" rel="noopener noreferrer">
            Bug {bug.id}
          </a>
          <span className="text-slate-600 dark:text-slate-400">
            {" · "}
            <time dateTime={bug.date}>{bug.date}</time>
            {ca ? ` · ${ca}` : ""} · {status}
          </span>
        </p>
        <p className="text-sm text-slate-900 dark:text-slate-100">{title}</p>
        {bug.tags.length > 0 && (
          <ul className="flex flex-wrap gap-1" aria-label="Categories">
            {bug.tags.map((tag) => (
              <li key={tag} className="rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-700 dark:bg-slate-800 dark:text-slate-300">
                {categoryLabel(tag)}
              </li>
            ))}
          </ul>
        )}
      </div>
      {listedAs === null ? (
        <button type="button" className={BUTTON} onClick={onAdd} aria-label={`Add bug ${bug.id} as a related incident`}>
          Add
        </button>
      ) : (
        <span className="rounded-md bg-emerald-50 px-2 py-1 text-sm font-medium text-emerald-800 dark:bg-emerald-950 dark:text-emerald-300">Listed: {listedAs}</span>
      )}
    </li>
  );
}
