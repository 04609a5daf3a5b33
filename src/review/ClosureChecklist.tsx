/** What must be true before requesting closure; two of the checks only the author can tick. */
import { useId } from "react";
import { useFormContext, useWatch } from "react-hook-form";
import { closureChecklist, type ClosureCheck, type ClosureFlags } from "../domain/closure/closureChecklist.ts";
import type { Draft } from "../domain/draft/schema.ts";
import type { DraftForm } from "../domain/draft/draftForm.ts";
import { MUTED, PANEL, QUOTE } from "../ui/panelStyles.ts";

type Props = { draft: Draft; now: number };

const TICKED = { "no-open-questions": "noOpenQuestions", "request-information": "informationRequested" } as const;

function Mark({ done }: { done: boolean }) {
  return (
    <span
      className={`inline-block w-16 shrink-0 rounded-full px-2 py-0.5 text-center text-xs font-semibold ${
        done ? "bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100" : "bg-amber-100 text-amber-950 dark:bg-amber-900 dark:text-amber-50"
      }`}
    >
      {done ? "Done" : "To do"}
    </span>
  );
}

export function ClosureChecklist({ draft, now }: Props) {
  const base = useId();
  const { setValue, control } = useFormContext<DraftForm>();
  // The ticks are saved with the draft (closure.checklist), so they survive a reload. They are read from the
  // form itself, not from the `draft` prop (derived a render later), so a box follows its click at once.
  const ticked = useWatch({ control, name: "closure.checklist" });
  const flags: Required<ClosureFlags> = {
    noOpenQuestions: ticked?.noOpenQuestions === true,
    informationRequested: ticked?.informationRequested === true,
  };
  const tick = (flag: keyof ClosureFlags, checked: boolean) => setValue("closure.checklist", { ...flags, [flag]: checked }, { shouldDirty: true });
  const checks = closureChecklist(draft, now, flags);
  const left = checks.filter((c) => !c.done).length;
  const rule = checks.find((c) => c.id === "no-open-questions")?.detail ?? "";

  const item = (check: ClosureCheck) => {
    if (check.id === "no-open-questions" || check.id === "request-information") {
      const flag = TICKED[check.id];
      const id = `${base}-${check.id}`;
      return (
        <li key={check.id} className="flex items-start gap-3">
          <input
            id={id}
            type="checkbox"
            className="mt-0.5 size-4 shrink-0 accent-blue-700"
            checked={flags[flag]}
            onChange={(e) => tick(flag, e.target.checked)}
          />
          <label htmlFor={id} className="text-sm">
            {check.label}
          </label>
        </li>
      );
    }
    return (
      <li key={check.id} className="flex items-start gap-3 text-sm">
        <Mark done={check.done} />
        <span>
          <span className="font-medium">{check.label}</span>
          <span className="block text-slate-600 dark:text-slate-400">{check.detail}</span>
        </span>
      </li>
    );
  };

  return (
    <section aria-labelledby="closure-checklist" className={PANEL}>
      <h3 id="closure-checklist" className="text-base font-semibold">
        Closure checklist
      </h3>
      <p role="status" className={MUTED}>
        {left === 0 ? "Everything is in place to request closure." : `${left} of ${checks.length} still to do before requesting closure.`}
      </p>
      <ul className="space-y-2">{checks.map(item)}</ul>
      <blockquote className={QUOTE}>{rule}</blockquote>
    </section>
  );
}
