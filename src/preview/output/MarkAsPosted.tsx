/**
 * "Mark as posted" for the draft that was posted: when (now by default, in
 * the author's zone, editable), and a warning first when the draft is not
 * ready to post. The time goes into the incident record, which counts the
 * deadlines from it; the draft as posted is kept for the next update comment.
 */
import { useId, useState } from "react";
import { formatUtc, instantOf, toIsoMinute } from "../../domain/draft/datetime.ts";
import { offsetIn, formatInZone, localTimeZone, wallTimeReadings, zoneLabel } from "../../domain/draft/timeZones.ts";
import { BUTTON, PRIMARY } from "../../ui/styles.ts";

type Props = {
  problemCount: number;
  /** When this draft was last marked as posted (epoch ms), if ever. */
  postedAt: number | null;
  /** Records the posting: `at` is a DateTime with its offset. */
  onMark(at: string): void | Promise<void>;
};

/** The wall-clock minute of an instant in a zone, as `<input type="datetime-local">` wants it. */
function wallMinute(epochMs: number, zone: string): string {
  const offset = offsetIn(zone, new Date(epochMs).toISOString().slice(0, 10), new Date(epochMs).toISOString().slice(11, 16)) ?? "Z";
  const shown = formatInZone(epochMs, zone);
  if (shown === null || offset === "Z") return toIsoMinute(epochMs).slice(0, 16);
  return `${shown.slice(0, 10)}T${shown.slice(11, 16)}`;
}

/** Now, on the author's wall clock (read when the author asks to mark, not while rendering). */
const wallNow = (zone: string) => wallMinute(Date.now(), zone);

export function MarkAsPosted({ problemCount, postedAt, onMark }: Props) {
  const [asking, setAsking] = useState(false);
  const [value, setValue] = useState("");
  const [done, setDone] = useState("");
  const id = useId();
  const zone = localTimeZone();
  const [date, time] = value.split("T");
  const readings = value ? wallTimeReadings(zone, date ?? "", time ?? "") : [];
  const start = () => {
    setValue(wallNow(zone));
    setAsking(true);
  };
  const mark = async (offset: string) => {
    const at = `${value}${offset}`;
    await onMark(at);
    setAsking(false);
    const ms = instantOf(at);
    setDone(ms === null ? "" : `Marked as posted ${formatUtc(ms)}.`);
  };
  if (!asking) {
    return (
      <div className="flex flex-wrap items-center gap-2">
        <button type="button" className={BUTTON} onClick={start}>
          Mark as posted
        </button>
        <span role="status">{done || (postedAt !== null ? `Marked as posted ${formatUtc(postedAt)}.` : "")}</span>
      </div>
    );
  }
  return (
    <div className="space-y-2" role="group" aria-labelledby={`${id}-title`}>
      <p id={`${id}-title`} className="font-semibold">
        When was it posted?
      </p>
      {problemCount > 0 && (
        <p role="alert" className="rounded-md bg-amber-100 p-2 text-amber-950 dark:bg-amber-900 dark:text-amber-50">
          This draft is not ready to post: Review lists {problemCount} {problemCount === 1 ? "problem" : "problems"}. Mark it as posted only if this is
          what you posted.
        </p>
      )}
      <label htmlFor={`${id}-at`} className="block">
        Posted at ({zone === "UTC" ? "UTC" : zoneLabel(zone, offsetIn(zone, date ?? "", time ?? "") ?? "Z")})
      </label>
      <input id={`${id}-at`} type="datetime-local" className="rounded-md border border-slate-400 bg-white px-2 py-1 text-slate-900 dark:bg-slate-950 dark:text-slate-100 dark:[color-scheme:dark]" value={value} onChange={(e) => setValue(e.target.value)} />
      {value && readings.length === 0 && <p role="alert">There is no {time} on {date} in {zone}: the clocks skip that hour. Enter the time again.</p>}
      <div className="flex flex-wrap gap-2">
        {readings.length === 1 && (
          <button type="button" className={PRIMARY} onClick={() => void mark(readings[0])}>
            Mark as posted at {value.replace("T", " ")}
          </button>
        )}
        {readings.length === 2 &&
          readings.map((offset) => (
            <button key={offset} type="button" className={PRIMARY} onClick={() => void mark(offset)}>
              {value.replace("T", " ")} {zoneLabel(zone, offset)}
            </button>
          ))}
        <button type="button" className={BUTTON} onClick={() => setAsking(false)}>
          Cancel
        </button>
      </div>
      {readings.length === 2 && <p>{time} happens twice on {date} in {zone} (the clocks go back): which one?</p>}
    </div>
  );
}
