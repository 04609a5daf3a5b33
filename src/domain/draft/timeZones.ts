/**
 * IANA time zones and the UTC offset one has on a given local date and time,
 * daylight saving included. The draft format only stores explicit offsets (the
 * guidelines: "UTC or UTC+local offset"); a zone is how people think of them,
 * so the wizard offers the author's zone and writes its offset for that date.
 */

import { offsetMinutes } from "./datetime.ts";

export const UTC_ZONE = "UTC";

/** Every zone the runtime knows, UTC first. */
export function timeZones(): string[] {
  const known = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];
  return [UTC_ZONE, ...known.filter((zone) => zone !== UTC_ZONE)];
}

let local: string | undefined;

/**
 * The zone the runtime runs in (the browser's, the machine's), UTC when it
 * cannot tell. Read once: every date field asks on every render.
 */
export function localTimeZone(): string {
  local ??= new Intl.DateTimeFormat().resolvedOptions().timeZone || UTC_ZONE;
  return local;
}

const known = new Map<string, boolean>();

/** Whether the runtime knows the zone (a draft from elsewhere may name one it does not). */
export function isTimeZone(zone: string): boolean {
  let ok = known.get(zone);
  if (ok === undefined) {
    try {
      new Intl.DateTimeFormat("en-US", { timeZone: zone });
      ok = true;
    } catch {
      ok = false;
    }
    known.set(zone, ok);
  }
  return ok;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The zone's offset at an instant, as the draft writes it: "Z" or "+02:00". */
function offsetAtInstant(zone: string, epochMs: number): string {
  let format = formatters.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "longOffset" });
    formatters.set(zone, format);
  }
  const name = format.formatToParts(epochMs).find((part) => part.type === "timeZoneName")?.value ?? "GMT";
  // "GMT" for UTC itself, "GMT+02:00", "GMT-09:30"
  const m = /^GMT([+-]\d{2}:\d{2})?$/.exec(name);
  return m?.[1] === undefined || m[1] === "+00:00" || m[1] === "-00:00" ? "Z" : m[1];
}

function minutesOf(offset: string): number {
  return offset === "Z" ? 0 : (offsetMinutes(offset) ?? 0);
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{2}):(\d{2})$/;

/**
 * The offset `zone` has at a local date (`YYYY-MM-DD`) and time (`hh:mm`,
 * noon when empty): Europe/Berlin gives "+01:00" in January and "+02:00" in
 * July. A local time skipped or repeated by a clock change gets one of the
 * two offsets around it. Null when the date or the zone cannot be read.
 */
export function offsetIn(zone: string, date: string, time = ""): string | null {
  const d = DATE.exec(date);
  const t = TIME.exec(time) ?? [time, "12", "00"];
  if (!d || !isTimeZone(zone)) return null;
  const wall = Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(t[1]), Number(t[2]));
  if (Number.isNaN(wall)) return null;
  // The wall time read as UTC is off by the offset; one correction finds the instant, a second settles clock changes.
  const first = offsetAtInstant(zone, wall);
  const second = offsetAtInstant(zone, wall - minutesOf(first) * 60_000);
  return second;
}

/** "UTC+02:00 (Europe/Berlin)", or "UTC" for UTC itself. */
export function zoneLabel(zone: string, offset: string): string {
  const utc = offset === "Z" ? "UTC" : `UTC${offset}`;
  return zone === UTC_ZONE ? utc : `${utc} (${zone})`;
}

/**
 * The instant as the clock on the wall in `zone` shows it, with the offset:
 * "2025-10-02 20:20 UTC+02:00 (Europe/Berlin)"; null where that clock shows
 * UTC then (UTC itself, Etc/UTC, London in winter), as it would only repeat
 * the UTC time. For deadlines, which the guidelines count in UTC but an
 * author in Berlin plans their day by.
 */
export function formatInZone(epochMs: number, zone: string): string | null {
  const offset = offsetAtInstant(zone, epochMs);
  if (offset === "Z") return null;
  const wall = new Date(epochMs + minutesOf(offset) * 60_000).toISOString();
  return `${wall.slice(0, 10)} ${wall.slice(11, 16)} ${zoneLabel(zone, offset)}`;
}

/**
 * Every offset at which `zone`'s clocks show this local date and time
 * (`YYYY-MM-DD`, `hh:mm`): one for almost every time; none in the hour the
 * clocks skip in spring (2026-03-29 02:30 in Europe/Berlin does not exist);
 * two in the hour they repeat in autumn (2026-10-25 02:30 happens at +02:00
 * and again at +01:00). A time that is not one instant is asked about, never
 * shifted silently. Empty when the date, time or zone cannot be read.
 */
export function wallTimeReadings(zone: string, date: string, time: string): string[] {
  const d = DATE.exec(date);
  const t = TIME.exec(time);
  if (!d || !t || !isTimeZone(zone)) return [];
  const wall = Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(t[1]), Number(t[2]));
  if (Number.isNaN(wall) || new Date(wall).toISOString().slice(0, 16) !== `${date}T${time}`) return [];
  // Offsets in force a day either side cover any clock change near this time.
  const candidates = new Set([offsetAtInstant(zone, wall - 86_400_000), offsetAtInstant(zone, wall), offsetAtInstant(zone, wall + 86_400_000)]);
  return [...candidates].filter((offset) => offsetAtInstant(zone, wall - minutesOf(offset) * 60_000) === offset).sort((a, b) => minutesOf(b) - minutesOf(a));
}
