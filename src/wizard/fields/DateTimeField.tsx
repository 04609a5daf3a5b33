import { useState } from "react";
import type { FieldPath } from "react-hook-form";
import type { FieldSpec } from "../../domain/draft/catalogue.ts";
import type { DraftForm } from "../form/draftForm.ts";
import { fieldId } from "../form/draftForm.ts";
import { OFFSETS, joinDateTime, offsetLabel, splitDateTime, utcEcho, type DateParts } from "./dateParts.ts";
import { FieldShell, describedBy, inputBaseClass, inputClass } from "./FieldShell.tsx";
import { useDraftField } from "./useDraftField.ts";

type Props = { name: FieldPath<DraftForm>; spec: Pick<FieldSpec, "label" | "help" | "input"> };

/**
 * Date, time and an explicit UTC offset, with the UTC value shown beside them.
 * For Date-or-time fields the time may stay empty; for timeline entries it is expected.
 */
export function DateTimeField({ name, spec }: Props) {
  const { value: fieldValue, inputRef, onBlur, onGroupBlur, error, onChange } = useDraftField(name);
  const value = typeof fieldValue === "string" ? fieldValue : "";
  const parts = splitDateTime(value);
  // The offset survives while the time is empty, so choosing it first works.
  const [offset, setOffset] = useState(parts?.offset ?? "Z");
  const id = fieldId(name);
  const a11y = describedBy(name, Boolean(spec.help), Boolean(error));
  const update = (change: Partial<DateParts>) => {
    const next = { date: parts?.date ?? "", time: parts?.time ?? "", offset: parts?.time ? parts.offset : offset, ...change };
    if (change.offset) setOffset(change.offset);
    onChange(joinDateTime(next));
  };
  const echo = utcEcho(value);
  return (
    <FieldShell name={name} label={spec.label} help={spec.help} error={error}>
      {parts === null ? (
        <div className="space-y-2">
          <input id={id} ref={inputRef} className={inputClass} value={value} onBlur={onBlur} onChange={(e) => onChange(e.target.value)} {...a11y} />
          <p className="text-sm text-amber-800 dark:text-amber-300">
            This is not a date the report can use. Write it as 2025-03-04, 2025-03-04T17:20Z or 2025-03-04T19:20+02:00, or{" "}
            <button type="button" className="underline" onClick={() => onChange("")}>
              clear it and pick a date
            </button>
            .
          </p>
        </div>
      ) : (
        <div className="flex flex-wrap items-center gap-2" onBlur={onGroupBlur}>
          <input id={id} ref={inputRef} type="date" className={inputBaseClass} value={parts.date} onChange={(e) => update({ date: e.target.value })} {...a11y} />
          <input
            type="time"
            aria-label={`${spec.label} time`}
            className={inputBaseClass}
            value={parts.time}
            onChange={(e) => update({ time: e.target.value })}
          />
          <select aria-label={`${spec.label} UTC offset`} className={inputBaseClass} value={parts.time ? parts.offset : offset} onChange={(e) => update({ offset: e.target.value })}>
            {OFFSETS.map((o) => (
              <option key={o} value={o}>
                {offsetLabel(o)}
              </option>
            ))}
          </select>
          {echo && (
            <output htmlFor={id} className="text-sm text-slate-600 tabular-nums dark:text-slate-400">
              = {echo}
            </output>
          )}
        </div>
      )}
    </FieldShell>
  );
}
