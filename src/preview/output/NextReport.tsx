/**
 * The next report of the incident, once this one is posted: the Full report
 * from the Preliminary, the Closure Summary from the Full report. Each is a
 * new draft; the posted one stays as it was.
 */
import type { Draft, ReportKind } from "../../domain/draft/schema.ts";
import { useOpenDraft } from "../../review/useOpenDraft.ts";

const NEXT = {
  preliminary: { kind: "full", label: "Write the Full report", help: "Starts a Full report draft with this report's bug, CA Owner, title and summary." },
  full: { kind: "closure", label: "Request closure", help: "Starts a Closure Summary draft on the same bug, prefilled from this report." },
  closure: null,
} as const satisfies Record<ReportKind, { kind: ReportKind; label: string; help: string } | null>;

const PRIMARY =
  "rounded-md bg-blue-700 px-3 py-2 text-sm font-medium text-white hover:bg-blue-800 dark:bg-blue-600 dark:hover:bg-blue-500 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700 dark:focus-visible:outline-blue-300";

export function NextReport({ draft, onStart }: { draft: Draft; onStart(kind: ReportKind): void }) {
  const open = useOpenDraft();
  const next = NEXT[draft.kind];
  // Posted: marked so in this draft, or the incident record lists a posting of this report.
  const posted = open.posted !== null || (draft.incident?.posted ?? []).some((p) => p.kind === draft.kind);
  if (next === null || !posted || (draft.author === "third-party" && next.kind !== "full")) return null;
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
      <button type="button" className={PRIMARY} onClick={() => onStart(next.kind)}>
        {next.label}
      </button>
      <p className="text-sm text-slate-600 dark:text-slate-400">{next.help}</p>
    </div>
  );
}
