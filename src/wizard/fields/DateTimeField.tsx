import { useState } from "react";
import { useFormContext, type FieldPath } from "react-hook-form";
import type { FieldSpec } from "../../domain/draft/catalogue.ts";
import { UTC_ZONE, offsetIn, zoneLabel } from "../../domain/draft/timeZones.ts";
import type { DraftForm } from "../form/draftForm.ts";
import { fieldId } from "../form/draftForm.ts";
import { OFFSETS, joinDateTime, offsetLabel, splitDateTime, todayIn, utcEcho } from "./dateParts.ts";
import { FieldShell, describedBy, inputBaseClass } from "./FieldShell.tsx";
import { UnusableDate, useClearWithUndo } from "./UnusableDate.tsx";
import { useDraftField } from "./useDraftField.ts";
import { useTimeZone } from "./useTimeZone.ts";

type Props = { name: FieldPath<DraftForm>; spec: Pick<FieldSpec, "label" | "help" | "input"> };

/** The select's value for "the draft's zone": its offset follows the date (daylight saving). UTC is simply "Z". */
const ZONE = "zone";

/**
 * Date, time and an explicit UTC offset, with the UTC value shown beside them.
 * New values are in the draft's time zone (the browser's unless the author
 * chose another), with the offset that zone has on that date; a fixed offset
 * or UTC can be chosen instead. For Date-or-time fields the time may stay
 * empty; for timeline entries it is expected.
 */
export function DateTimeField({ name, spec }: Props) {
  const { value: fieldValue, inputRef, onBlur, onGroupBlur, error, onChange } = useDraftField(name);
  const { setValue } = useFormContext<DraftForm>();
  const zone = useTimeZone();
  const zoneValue = zone === UTC_ZONE ? "Z" : ZONE;
  const value = typeof fieldValue === "string" ? fieldValue : "";
  const parts = splitDateTime(value);
  // The choice survives while the time is empty, so choosing the offset first works.
  const [pending, setPending] = useState<string>(zoneValue);
  const id = fieldId(name);
  const a11y = describedBy(name, Boolean(spec.help), Boolean(error));
  const { clear } = useClearWithUndo(name, value, onChange);
  if (parts === null) {
    return (
      <FieldShell name={name} label={spec.label} help={spec.help} error={error}>
        <UnusableDate id={id} inputRef={inputRef} value={value} onBlur={onBlur} onChange={onChange} onClear={clear} a11y={a11y} examples="2025-03-04, 2025-03-04T17:20Z or 2025-03-04T19:20+02:00" />
      </FieldShell>
    );
  }
  const zoneOffset = offsetIn(zone, parts.date || todayIn(zone), parts.time) ?? "Z";
  const selected = parts.time ? (parts.offset === zoneOffset ? zoneValue : parts.offset) : pending;
  const update = (change: { date?: string; time?: string; choice?: string }) => {
    const date = change.date ?? parts.date;
    const time = change.time ?? parts.time;
    const choice = change.choice ?? selected;
    if (change.choice !== undefined) {
      setPending(change.choice);
      // The draft remembers the zone last chosen and offers it next (UTC is a zone too).
      if (change.choice === "Z" && zone !== UTC_ZONE) setValue("timeZone", UTC_ZONE, { shouldDirty: true });
    }
    const offset = choice === ZONE ? (offsetIn(zone, date, time) ?? "Z") : choice;
    onChange(joinDateTime({ date, time, offset }));
  };
  const echo = utcEcho(value);
  return (
    <FieldShell name={name} label={spec.label} help={spec.help} error={error}>
      <div className="flex flex-wrap items-center gap-2" onBlur={onGroupBlur}>
        <input id={id} ref={inputRef} type="date" className={inputBaseClass} value={parts.date} onChange={(e) => update({ date: e.target.value })} {...a11y} />
        <input type="time" aria-label={`${spec.label} time`} className={inputBaseClass} value={parts.time} onChange={(e) => update({ time: e.target.value })} />
        <select aria-label={`${spec.label} UTC offset`} className={inputBaseClass} value={selected} onChange={(e) => update({ choice: e.target.value })}>
          <option value={zoneValue}>{zoneLabel(zone, zoneOffset)}</option>
          {OFFSETS.filter((o) => o !== zoneValue).map((o) => (
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
    </FieldShell>
  );
}
