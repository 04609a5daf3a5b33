import { describe, expect, it } from "vitest";
import { statedZone, timeAtStart } from "./writtenTime.ts";

describe("timeAtStart", () => {
  it.each([
    ["2025-03-18 22:19:38 UTC Revoked.", "2025-03-18T22:19:38Z", " Revoked."],
    ["30/07/2022 15:00 - Profile updated.", "2022-07-30T15:00Z", " - Profile updated."],
    ["07/30/2022 15:00: Profile updated.", "2022-07-30T15:00Z", ": Profile updated."],
    ["2016/02/03: Effective.", "2016-02-03", ": Effective."],
    ["28-Feb-2025 Audit.", "2025-02-28", " Audit."],
    ["March 3, 2025 2pm UTC x", "2025-03-03T14:00Z", " x"],
    ["2025-03-04 19:20 +02:00 x", "2025-03-04T19:20+02:00", " x"],
  ])("%s", (text, iso, rest) => {
    expect(timeAtStart(text, "Z")).toMatchObject({ iso, rest });
  });

  it("keeps what is not certain as written: day and month either way round, no year, no zone", () => {
    expect(timeAtStart("03/04/2022 10:00 x", "Z")).toMatchObject({ written: "03/04/2022 10:00", iso: null });
    expect(timeAtStart("5/18 1am UTC: x")).toMatchObject({ written: "5/18 1am UTC", iso: null });
    expect(timeAtStart("2025-03-04 17:20 x")).toMatchObject({ written: "2025-03-04 17:20", iso: null });
  });

  it("reads a bare time under a day line, and a day line alone", () => {
    expect(timeAtStart("05:20 Alert.", "+08:00", "2025-03-01")).toMatchObject({ iso: "2025-03-01T05:20+08:00" });
    expect(timeAtStart("2025-03-01:")).toMatchObject({ iso: "2025-03-01", dateOnly: true });
  });

  it("is not fooled by numbers and words that start like times", () => {
    expect(timeAtStart("2 certificates were revoked")).toBeNull();
    expect(timeAtStart("2025-03-01 Zoe called")).toMatchObject({ iso: "2025-03-01", rest: " Zoe called" });
  });

  it("stays fast on long runs of whitespace", () => {
    expect(timeAtStart(`2025-03-01${" ".repeat(100_000)}x`)).toMatchObject({ iso: "2025-03-01" });
  });
});

describe("statedZone", () => {
  it.each([
    ["All times are UTC+8.", "+08:00"],
    ["All times are in UTC.", "Z"],
    ["Times are given in GMT-5", "-05:00"],
    ["All timestamps are in UTC", "Z"],
    ["We stopped issuance at 10:00 UTC.", null],
    ["- **2025-03-28 14:00 UTC**: the job's time zone is left at the default.", null],
  ])("%s", (text, zone) => expect(statedZone(text)).toBe(zone));
});
