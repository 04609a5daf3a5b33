import { describe, expect, it } from "vitest";
import { draftOf } from "../../quality/testDrafts.ts";
import type { Deadline } from "../types.ts";
import { deadlinesToIcs } from "./deadlinesToIcs.ts";
import { escapeText } from "./escapeText.ts";
import { foldLine } from "./foldLine.ts";

const draft = draftOf("full", { caOwner: "Example CA", title: "Extra extension; in TLS, certs" });
const now = Date.parse("2025-03-05T08:00:00Z");

const deadlines: Deadline[] = [
  { id: "preliminary", label: "Initial report (Preliminary or Full)", due: Date.parse("2025-03-07T17:20Z"), basis: "“Within 72 hours”", counted: "72 hours after 2025-03-04 17:20 UTC (became aware)", state: "open", ask: null, notes: [] },
  { id: "full", label: "Full Incident Report", due: null, basis: "b", counted: "c", state: "open", ask: null, notes: [] },
  { id: "update", label: "Next update", due: Date.parse("2025-03-01T00:00Z"), basis: "b", counted: "c", state: "done", ask: null, notes: [] },
];

describe("deadlinesToIcs", () => {
  it("writes one event per dated, open deadline, exactly", () => {
    expect(deadlinesToIcs(deadlines, draft, now)).toBe(
      [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//ccadb-incident-report//Deadlines//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "X-WR-CALNAME:Deadlines: Example CA: Extra extension\\; in TLS\\, certs",
        "BEGIN:VEVENT",
        "UID:preliminary-2d498076@ccadb-incident-report",
        "DTSTAMP:20250305T080000Z",
        "DTSTART:20250307T172000Z",
        "SUMMARY:Example CA: Extra extension\\; in TLS\\, certs: Initial report (Preli",
        " minary or Full)",
        "DESCRIPTION:Due 72 hours after 2025-03-04 17:20 UTC (became aware).\\n“Wit",
        " hin 72 hours”",
        "TRANSP:TRANSPARENT",
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        "TRIGGER:-PT24H",
        "DESCRIPTION:Example CA: Extra extension\\; in TLS\\, certs: Initial report (P",
        " reliminary or Full)",
        "END:VALARM",
        "END:VEVENT",
        "END:VCALENDAR",
        "",
      ].join("\r\n"),
    );
  });

  it("keeps UIDs stable across exports and times", () => {
    const uids = (text: string) => text.split("\r\n").filter((l) => l.startsWith("UID:"));
    expect(uids(deadlinesToIcs(deadlines, draft, now))).toEqual(uids(deadlinesToIcs(deadlines, { ...draft, summary: { ...draft.summary, incidentDescription: "changed" } }, now + 1e9)));
  });

  it("never has a line over 75 octets", () => {
    const long = [{ ...deadlines[0], basis: "é€😀 ".repeat(200) }];
    for (const line of deadlinesToIcs(long, draft, now).split("\r\n")) {
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    }
  });
});

describe("CR and LF in any text", () => {
  it("never start a property of their own", () => {
    const breaks = ["\r", "\n", "\r\n", "\n\r", "\u2028", "\r\r\n"];
    const inject = (text: string) => breaks.map((b) => `${text}${b}X-INJECTED:1${b}END:VEVENT${b}BEGIN:VEVENT`).join("");
    const hostile = draftOf("full", { caOwner: inject("Example CA"), title: inject("Title") });
    const texts = deadlines.map((d) => ({ ...d, label: inject(d.label), counted: inject(d.counted), basis: inject(d.basis) }));
    const ics = deadlinesToIcs(texts, hostile, now);
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n\u2028]/);
    const unfolded = ics.replace(/\r\n /g, "").split("\r\n");
    const names = unfolded.filter((line) => line !== "").map((line) => line.slice(0, line.search(/[:;]/)));
    expect(new Set(names)).toEqual(
      new Set(["BEGIN", "VERSION", "PRODID", "CALSCALE", "METHOD", "X-WR-CALNAME", "UID", "DTSTAMP", "DTSTART", "SUMMARY", "DESCRIPTION", "TRANSP", "ACTION", "TRIGGER", "END"]),
    );
    expect(unfolded.filter((line) => line === "BEGIN:VEVENT")).toHaveLength(deadlines.filter((d) => d.due !== null && d.state !== "done").length);
    // The report's name is one line there, as on the summary line: each run of breaks is one space.
    expect(unfolded.find((line) => line.startsWith("SUMMARY:"))).toContain("Example CA X-INJECTED:1 END:VEVENT");
  });
});

describe("the report's name in the calendar", () => {
  it("has no bidi controls, as the summary line has none", () => {
    const draft = draftOf("full", { caOwner: "Example\u202E CA", title: "\u2066Misissued\u2069 \u200Fcerts\u061C" });
    const ics = deadlinesToIcs(deadlines, draft, now);
    expect(ics).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/);
    expect(ics.replace(/\r\n /g, "")).toContain("SUMMARY:Example CA: Misissued certs: ");
  });
});

describe("escapeText and foldLine", () => {
  it("escapes RFC 5545 TEXT", () => {
    expect(escapeText("a\\b;c,d\ne\r\nf")).toBe("a\\\\b\\;c\\,d\\ne\\nf");
  });

  it("folds at 75 octets without splitting a UTF-8 character", () => {
    expect(foldLine("x".repeat(75))).toBe("x".repeat(75));
    expect(foldLine("x".repeat(76))).toBe(`${"x".repeat(75)}\r\n x`);
    const folded = foldLine(`${"x".repeat(74)}é`);
    expect(folded).toBe(`${"x".repeat(74)}\r\n é`);
    expect(foldLine("x".repeat(75 + 74 + 1)).split("\r\n").map((l) => l.length)).toEqual([75, 75, 2]);
  });
});
