/** The dates the deadlines need that the draft does not hold, typed in UTC. */
import { useId, useState, type ReactNode } from "react";
import type { DeadlineInputs, TimeKey } from "./deadlineInputs.ts";
import { localMinute } from "./deadlineInputs.ts";
import { INPUT, MUTED } from "./styles.ts";

type Props = { inputs: DeadlineInputs; postedAt: number | null; onChange(patch: Partial<DeadlineInputs>): void };

const TIME_FIELDS: ReadonlyArray<{ key: TimeKey; label: string }> = [
  { key: "initialDisclosureAt", label: "Report initially disclosed (UTC)" },
  { key: "lastPostedAt", label: "Last update posted (UTC)" },
  { key: "lastActionItemChangeAt", label: "An action item last changed (UTC)" },
  { key: "openQuestionAt", label: "Oldest open question asked (UTC)" },
];

function Labelled({ id, label, hint, children }: { id: string; label: string; hint?: string; children: ReactNode }) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      {children}
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-slate-600 dark:text-slate-400">
          {hint}
        </p>
      )}
    </div>
  );
}

export function DeadlineInputsFields({ inputs, postedAt, onChange }: Props) {
  const base = useId();
  // Collapsed until used: the date inputs hold many tab stops each, and most reports need none of them.
  const [open, setOpen] = useState(() => Object.values(inputs).some((v) => v !== "" && v !== 120));
  const id = (key: string) => `${base}-${key}`;
  const hints: Partial<Record<TimeKey, string>> = {
    initialDisclosureAt: "Empty: read from a timeline entry that says the report was posted.",
    lastPostedAt: postedAt === null ? "Empty: not known. Marking the draft as posted fills it." : `Empty: when the draft was marked as posted (${localMinute(postedAt).replace("T", " ")} UTC).`,
  };
  return (
    <details open={open} onToggle={(e) => setOpen(e.currentTarget.open)} className="rounded-md border border-slate-200 p-3 dark:border-slate-700">
      <summary className="cursor-pointer rounded text-sm font-semibold focus-visible:outline-2 focus-visible:outline-blue-700 dark:focus-visible:outline-blue-300">
        Dates the report does not hold (Whiteboard, posted updates, questions)
      </summary>
      <fieldset className="mt-3 space-y-3">
        <legend className="sr-only">Dates the report does not hold</legend>
        <p className={MUTED}>Kept in this browser with the draft. Leave a field empty when it does not apply.</p>
        <div className="grid gap-3 sm:grid-cols-2">
          <Labelled id={id("nextUpdate")} label="Whiteboard “Next update” date">
            <input id={id("nextUpdate")} type="date" className={INPUT} value={inputs.nextUpdate} onChange={(e) => onChange({ nextUpdate: e.target.value })} />
          </Labelled>
          {TIME_FIELDS.map(({ key, label }) => (
            <Labelled key={key} id={id(key)} label={label} hint={hints[key]}>
              <input
                id={id(key)}
                type="datetime-local"
                className={INPUT}
                value={inputs[key]}
                aria-describedby={hints[key] ? `${id(key)}-hint` : undefined}
                onChange={(e) => onChange({ [key]: e.target.value })}
              />
            </Labelled>
          ))}
          <Labelled id={id("br")} label="BR revocation deadline">
            <select
              id={id("br")}
              className={INPUT}
              value={String(inputs.revocationDeadlineHours)}
              onChange={(e) => onChange({ revocationDeadlineHours: e.target.value === "24" ? 24 : 120 })}
            >
              <option value="120">5 days (TLS BR 4.9.1.1, second list)</option>
              <option value="24">24 hours (TLS BR 4.9.1.1, first list)</option>
            </select>
          </Labelled>
        </div>
      </fieldset>
    </details>
  );
}
