import { useState } from "react";
import { useFormContext, type FieldPath } from "react-hook-form";
import type { FieldSpec } from "../../domain/draft/catalogue.ts";
import { lacksOffset } from "../../domain/draft/datetime.ts";
import { UTC_ZONE, offsetIn, wallTimeReadings, zoneLabel } from "../../domain/draft/timeZones.ts";
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
  // A local time the clocks skip or repeat is kept without an offset until the author says which instant it is.
  const unresolved = parts.time !== "" && lacksOffset(value);
  const readings = unresolved ? wallTimeReadings(zone, parts.date, parts.time) : [];
  const selected = parts.time ? (unresolved || parts.offset === zoneOffset ? zoneValue : parts.offset) : pending;
  const update = (change: { date?: string; time?: string; choice?: string }) => {
    const date = change.date ?? parts.date;
    const time = change.time ?? parts.time;
    const choice = change.choice ?? selected;
    if (change.choice !== undefined) {
      setPending(change.choice);
      // The draft remembers the zone last chosen and offers it next (UTC is a zone too).
      if (change.choice === "Z" && zone !== UTC_ZONE) setValue("timeZone", UTC_ZONE, { shouldDirty: true });
    }
    const zoneReadings = choice === ZONE && time !== "" ? wallTimeReadings(zone, date, time) : [];
    const offset = choice !== ZONE ? choice : time === "" ? (offsetIn(zone, date, time) ?? "Z") : zoneReadings.length === 1 ? zoneReadings[0] : "";
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
      {unresolved && readings.length === 0 && (
        <p role="alert" className="text-sm text-red-800 dark:text-red-300">
          There is no {parts.time} on {parts.date} in {zone}: the clocks skip that hour. Enter the time again, or choose a UTC offset.
        </p>
      )}
      {unresolved && readings.length > 1 && (
        <div role="alert" className="flex flex-wrap items-center gap-2 text-sm text-amber-950 dark:text-amber-100">
          <span>
            {parts.time} happens twice on {parts.date} in {zone} (the clocks go back): which one?
          </span>
          {readings.map((offset) => (
            <button key={offset} type="button" className="rounded-md border border-slate-400 px-2 py-1 font-medium" onClick={() => onChange(joinDateTime({ ...parts, offset }))}>
              {parts.time} {zoneLabel(zone, offset)}
            </button>
          ))}
        </div>
      )}
    </FieldShell>
  );
}
