/** "Apply to Impact": current against suggested values, and the author's choice for anything typed. */
import { useEffect, useId, useRef, useState } from "react";
import type { ImpactChange, ImpactField } from "../domain/appendix/impactChanges.ts";

type Props = {
  changes: ImpactChange[];
  onApply(fields: ImpactField[]): void;
  onCancel(): void;
};

const BUTTON = "rounded px-3 py-1.5 text-sm focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600";

function shown(text: string): string {
  return text === "" ? "(empty)" : text;
}

export function ImpactApplyPanel({ changes, onApply, onCancel }: Props) {
  const titleId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  // Empty fields are filled by default; typed ones are replaced only when ticked.
  const [chosen, setChosen] = useState<Set<ImpactField>>(() => new Set(changes.filter((c) => c.state === "fill").map((c) => c.field)));
  useEffect(() => heading.current?.focus(), []);
  const toggle = (field: ImpactField, on: boolean) =>
    setChosen((current) => {
      const next = new Set(current);
      if (on) next.add(field);
      else next.delete(field);
      return next;
    });
  return (
    <section aria-labelledby={titleId} className="space-y-3 rounded-lg border border-blue-300 bg-blue-50 p-3 text-sm dark:border-blue-800 dark:bg-blue-950/40">
      <h4 id={titleId} ref={heading} tabIndex={-1} className="font-semibold">
        Apply to Impact: the report already says something here. Replace it?
      </h4>
      <ul className="space-y-2">
        {changes.map((c) => (
          <li key={c.field} className="rounded border border-slate-200 bg-white p-2 dark:border-slate-700 dark:bg-slate-900">
            {c.state === "fill" || c.state === "replace" ? (
              <label className="flex items-start gap-2">
                <input type="checkbox" className="mt-0.5 size-4 accent-blue-700" checked={chosen.has(c.field)} onChange={(e) => toggle(c.field, e.target.checked)} />
                <span>
                  <span className="font-medium">{c.state === "fill" ? `Fill in ${c.label}` : `Replace ${c.label}`}</span>
                  <span className="block break-words text-slate-700 dark:text-slate-300">Now: {shown(c.current)}</span>
                  <span className="block break-words text-slate-700 dark:text-slate-300">From the certificates: {c.suggested}</span>
                </span>
              </label>
            ) : (
              <p className="break-words">
                <span className="font-medium">{c.label}</span>: {c.state === "same" ? `already ${c.current}` : `left as it is (${c.reason ?? "unknown"})`}
              </p>
            )}
          </li>
        ))}
      </ul>
      <div className="flex flex-wrap gap-2">
        <button type="button" className={`${BUTTON} bg-blue-700 text-white hover:bg-blue-800 disabled:opacity-50`} disabled={chosen.size === 0} onClick={() => onApply([...chosen])}>
          Apply {chosen.size} {chosen.size === 1 ? "change" : "changes"}
        </button>
        <button type="button" className={`${BUTTON} border border-slate-300 bg-white dark:border-slate-600 dark:bg-slate-900`} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </section>
  );
}
