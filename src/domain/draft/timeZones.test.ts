import { describe, expect, it } from "vitest";
import { formatInZone, isTimeZone, offsetIn, timeZones, wallTimeReadings, zoneLabel } from "./timeZones.ts";

describe("offsetIn", () => {
  it("follows daylight saving time for the date given", () => {
    expect(offsetIn("Europe/Berlin", "2025-01-15", "10:00")).toBe("+01:00");
    expect(offsetIn("Europe/Berlin", "2025-07-01", "10:00")).toBe("+02:00");
    expect(offsetIn("America/New_York", "2025-07-01", "10:00")).toBe("-04:00");
    expect(offsetIn("America/New_York", "2025-12-01")).toBe("-05:00");
  });
  it("changes at the local clock change, not at midnight UTC", () => {
    // Berlin moves from +01:00 to +02:00 at 02:00 local on 2025-03-30.
    expect(offsetIn("Europe/Berlin", "2025-03-30", "01:59")).toBe("+01:00");
    expect(offsetIn("Europe/Berlin", "2025-03-30", "03:00")).toBe("+02:00");
    // Back to +01:00 at 03:00 local on 2025-10-26.
    expect(offsetIn("Europe/Berlin", "2025-10-26", "01:30")).toBe("+02:00");
    expect(offsetIn("Europe/Berlin", "2025-10-26", "04:00")).toBe("+01:00");
  });
  it("writes UTC as Z and keeps half-hour zones", () => {
    expect(offsetIn("UTC", "2025-07-01", "10:00")).toBe("Z");
    expect(offsetIn("Europe/London", "2025-01-15", "10:00")).toBe("Z");
    expect(offsetIn("Asia/Kolkata", "2025-01-15", "10:00")).toBe("+05:30");
  });
  it("is null for an unreadable date or an unknown zone", () => {
    expect(offsetIn("Europe/Berlin", "")).toBeNull();
    expect(offsetIn("Mars/Olympus_Mons", "2025-01-15")).toBeNull();
  });
});

describe("zones", () => {
  it("lists UTC first, once, and the zones the runtime knows", () => {
    const zones = timeZones();
    expect(zones[0]).toBe("UTC");
    expect(zones.filter((z) => z === "UTC")).toHaveLength(1);
    expect(zones).toContain("Europe/Berlin");
    expect(isTimeZone("Europe/Berlin")).toBe(true);
    expect(isTimeZone("Nowhere/Special")).toBe(false);
  });
  it("labels a zone with its offset", () => {
    expect(zoneLabel("Europe/Berlin", "+02:00")).toBe("UTC+02:00 (Europe/Berlin)");
    expect(zoneLabel("UTC", "Z")).toBe("UTC");
  });
});

describe("formatInZone", () => {
  it("shows an instant as the wall clock of the zone shows it, with the offset of that date", () => {
    expect(formatInZone(Date.UTC(2025, 9, 2, 18, 20), "Europe/Berlin")).toBe("2025-10-02 20:20 UTC+02:00 (Europe/Berlin)");
    expect(formatInZone(Date.UTC(2025, 11, 31, 23, 30), "Europe/Berlin")).toBe("2026-01-01 00:30 UTC+01:00 (Europe/Berlin)");
    expect(formatInZone(Date.UTC(2025, 0, 1, 1, 0), "America/St_Johns")).toBe("2024-12-31 21:30 UTC-03:30 (America/St_Johns)");
    // Nothing to add where the wall clock shows UTC.
    expect(formatInZone(Date.UTC(2025, 5, 1, 8, 5), "UTC")).toBeNull();
    expect(formatInZone(Date.UTC(2025, 5, 1, 8, 5), "Etc/UTC")).toBeNull();
    expect(formatInZone(Date.UTC(2025, 0, 15, 8, 5), "Europe/London")).toBeNull();
    expect(formatInZone(Date.UTC(2025, 6, 15, 8, 5), "Europe/London")).toBe("2025-07-15 09:05 UTC+01:00 (Europe/London)");
  });
});

describe("wallTimeReadings", () => {
  it("gives one offset for an ordinary time, none in the spring gap, two in the autumn hour", () => {
    expect(wallTimeReadings("Europe/Berlin", "2026-03-29", "01:30")).toEqual(["+01:00"]);
    expect(wallTimeReadings("Europe/Berlin", "2026-03-29", "02:30")).toEqual([]);
    expect(wallTimeReadings("Europe/Berlin", "2026-03-29", "03:30")).toEqual(["+02:00"]);
    expect(wallTimeReadings("Europe/Berlin", "2026-10-25", "02:30")).toEqual(["+02:00", "+01:00"]);
    expect(wallTimeReadings("America/New_York", "2026-03-08", "02:30")).toEqual([]);
    expect(wallTimeReadings("America/New_York", "2026-11-01", "01:30")).toEqual(["-04:00", "-05:00"]);
    expect(wallTimeReadings("UTC", "2026-03-29", "02:30")).toEqual(["Z"]);
    expect(wallTimeReadings("Europe/Berlin", "2026-13-01", "02:30")).toEqual([]);
  });
});
