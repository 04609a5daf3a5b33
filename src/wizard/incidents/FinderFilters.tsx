import { categoriesIn, categoryLabel } from "../../domain/incidents/categories.ts";
import type { IncidentBug } from "../../domain/incidents/bug.ts";
import { WINDOW_YEARS } from "../../domain/incidents/window.ts";
import { INPUT } from "../../ui/panelStyles.ts";
import { OWNER_CHOICES, STATE_CHOICES, YEAR_LABELS, type FinderChoices } from "./finderFilters.ts";

type Props = { choices: FinderChoices; onChange(choices: FinderChoices): void; bugs: readonly IncidentBug[]; caOwner: string };

const LABEL = "block text-xs font-medium text-slate-700 dark:text-slate-300";

/**
 * Date window, CA Owner, category and state: each a labelled select, two
 * columns at most (the form is half the page beside the preview).
 */
export function FinderFilters({ choices, onChange, bugs, caOwner }: Props) {
  const owner = caOwner.trim() || "the CA Owner (not filled in)";
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <label className={LABEL}>
        Filed
        <select className={INPUT} value={String(choices.years)} onChange={(e) => onChange({ ...choices, years: WINDOW_YEARS.find((y) => String(y) === e.target.value) ?? 2 })}>
          {YEAR_LABELS.map((y) => (
            <option key={String(y.value)} value={String(y.value)}>
              {y.label}
            </option>
          ))}
        </select>
      </label>
      <label className={LABEL}>
        CA Owner
        <select className={INPUT} value={choices.owner} disabled={!caOwner.trim()} onChange={(e) => onChange({ ...choices, owner: OWNER_CHOICES.find((c) => c === e.target.value) ?? "all" })}>
          <option value="all">All CA Owners</option>
          <option value="this">{owner} only</option>
          <option value="others">Other CA Owners than {owner}</option>
        </select>
      </label>
      <label className={LABEL}>
        Category
        <select className={INPUT} value={choices.category} onChange={(e) => onChange({ ...choices, category: e.target.value })}>
          <option value="">Any category</option>
          {categoriesIn(bugs).map(({ tag, count }) => (
            <option key={tag} value={tag}>
              {categoryLabel(tag)} ({count})
            </option>
          ))}
        </select>
      </label>
      <label className={LABEL}>
        Status
        <select className={INPUT} value={choices.state} onChange={(e) => onChange({ ...choices, state: STATE_CHOICES.find((c) => c === e.target.value) ?? "" })}>
          <option value="">Open or resolved</option>
          <option value="open">Open</option>
          <option value="resolved">Resolved</option>
        </select>
      </label>
    </div>
  );
}
