import { useMemo } from "react";
import { useFormContext } from "react-hook-form";
import { timeZones } from "../../domain/draft/timeZones.ts";
import type { DraftForm } from "../../domain/draft/draftForm.ts";
import { inputBaseClass } from "./FieldShell.tsx";
import { useTimeZone } from "./useTimeZone.ts";

/** "Times in: [zone]": the zone new dates and times are written in; the draft remembers it. */
export function TimesIn() {
  const { setValue } = useFormContext<DraftForm>();
  const zone = useTimeZone();
  const zones = useMemo(() => timeZones(), []);
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      <label htmlFor="f-timeZone" className="font-semibold text-slate-800 dark:text-slate-100">
        Times in
      </label>
      <select
        id="f-timeZone"
        className={inputBaseClass}
        value={zone}
        aria-describedby="f-timeZone-help"
        onChange={(e) => setValue("timeZone", e.target.value, { shouldDirty: true })}
      >
        {(zones.includes(zone) ? zones : [zone, ...zones]).map((z) => (
          <option key={z} value={z}>
            {z}
          </option>
        ))}
      </select>
      <span id="f-timeZone-help" className="text-slate-600 dark:text-slate-400">
        New times are written with this zone&rsquo;s offset for their date; the report shows them in UTC.
      </span>
    </div>
  );
}
