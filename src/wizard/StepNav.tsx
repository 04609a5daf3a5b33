import type { ReportKind } from "../domain/draft/schema.ts";
import { useReadiness } from "./form/ReadinessContext.tsx";
import { STEPS, stepOfProblem, stepsFor, type StepId } from "../domain/steps/steps.ts";

type Props = { kind: ReportKind; current: StepId; onSelect(step: StepId): void };

/** Where you are and how many problems each step has; any step can be opened at any time. */
export function StepNav({ kind, current, onSelect }: Props) {
  const { problems } = useReadiness();
  const counts = new Map<StepId, number>();
  for (const p of problems) {
    const step = stepOfProblem(p, kind);
    counts.set(step, (counts.get(step) ?? 0) + 1);
  }
  const steps = stepsFor(kind);
  return (
    <nav aria-label="Steps" className="print:hidden">
      <ol className="flex flex-wrap gap-1.5">
        {steps.map((id, i) => {
          const count = id === "review" ? problems.length : (counts.get(id) ?? 0);
          const active = id === current;
          return (
            <li key={id}>
              <button
                type="button"
                onClick={() => onSelect(id)}
                aria-current={active ? "step" : undefined}
                className={
                  "flex items-center gap-2 rounded-full border px-3 py-1.5 text-sm focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 " +
                  (active
                    ? "border-blue-700 bg-blue-700 text-white"
                    : "border-slate-300 bg-white text-slate-800 hover:bg-slate-100 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-200 dark:hover:bg-slate-800")
                }
              >
                <span className="tabular-nums opacity-70">{i + 1}</span>
                <span>{STEPS[id].label}</span>
                {count > 0 ? (
                  <span
                    className={"rounded-full px-1.5 text-xs font-semibold tabular-nums " + (active ? "bg-white/20" : "bg-amber-100 text-amber-900 dark:bg-amber-900 dark:text-amber-100")}
                  >
                    <span aria-hidden="true">{count}</span>
                    <span className="sr-only">
                      , {count} {count === 1 ? "problem" : "problems"}
                    </span>
                  </span>
                ) : (
                  <span className="sr-only">, complete</span>
                )}
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
