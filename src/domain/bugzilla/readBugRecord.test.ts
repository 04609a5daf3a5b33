import { describe, expect, it } from "vitest";
import { CA, COMMUNITY, ROOT_PROGRAM, comment, incidentBug, restBug, type FakeBug } from "../../test/bmoBug.ts";
import { exampleDraft } from "../examples/index.ts";
import { renderReport } from "../render/render.ts";
import { BugReadingSchema, parseBugReading } from "./bugReading.ts";
import { readBugRecord } from "./readBugRecord.ts";
import { readBugAnswer, readCommentsAnswer } from "./restShapes.ts";

const NOW = Date.parse("2025-03-24T00:00Z");

/** Through the same readers as the fetcher, from BMO's JSON. */
function read(fake: FakeBug) {
  const bug = readBugAnswer(JSON.parse(JSON.stringify({ faults: [], bugs: [fake.bug] })), fake.bug.id);
  const comments = readCommentsAnswer(JSON.parse(JSON.stringify({ bugs: { [fake.bug.id]: { comments: fake.comments } }, comments: {} })), fake.bug.id);
  if (!bug.ok || !comments.ok) throw new Error("unreadable fixture");
  return readBugRecord({ bug: bug.bug, comments: comments.comments, unreadable: comments.unreadable, now: NOW });
}

describe("readBugRecord", () => {
  it("finds every report and update, the questions and when each was answered, and the last action-item change", () => {
    const reading = read(incidentBug());
    expect(BugReadingSchema.safeParse(reading).success).toBe(true);
    expect(reading.caOwner).toEqual([CA]);
    expect(reading.incident).toEqual({
      posted: [
        { kind: "preliminary", at: "2025-03-01T09:00:12Z", comment: 0 },
        { kind: "full", at: "2025-03-10T08:00:00Z", comment: 3 },
        { kind: "update", at: "2025-03-14T16:45:30Z", comment: 5 },
        { kind: "update", at: "2025-03-21T10:00:00Z", comment: 7 },
      ],
      whiteboard: "[ca-compliance] [crl-failure] Next update 2025-04-02",
      questions: [
        { askedAt: "2025-03-02T10:00:00Z", by: ROOT_PROGRAM, answeredAt: "2025-03-03T11:30:00Z" },
        { askedAt: "2025-03-12T15:00:00Z", by: ROOT_PROGRAM, answeredAt: "2025-03-14T16:45:30Z" },
        { askedAt: "2025-03-22T12:00:00Z", by: COMMUNITY, answeredAt: null },
        { askedAt: "2025-03-23T13:00:00Z", by: ROOT_PROGRAM, answeredAt: null },
      ],
      // Comment 5 lists changed action items; comment 7 says there were none.
      actionItemChangedAt: "2025-03-14T16:45:30Z",
    });
    expect(reading.reports.map((r) => [r.comment, r.kind, r.changesActionItems])).toEqual([
      [0, "preliminary", undefined],
      [3, "full", undefined],
      [5, "update", true],
      [7, "update", false],
    ]);
    expect(reading.privateComments).toBe(1);
    expect(reading.retrieved).toBe("2025-03-24T00:00Z");
  });

  it("counts a third party's Preliminary in the description as a comment waiting for the CA Owner, not as the CA Owner's report", () => {
    const id = 1900002;
    const third = exampleDraft("preliminary-third-party");
    const fake = restBug(
      id,
      [comment(id, 0, COMMUNITY, "2025-05-01T08:00:00Z", renderReport(third)), comment(id, 1, CA, "2025-05-02T08:00:00Z", renderReport({ ...exampleDraft("full-no-certificates"), kind: "preliminary" }))],
      { creator: COMMUNITY },
    );
    const reading = read(fake);
    expect(reading.caOwner).toEqual([CA]);
    expect(reading.reports.map((r) => [r.comment, r.kind, r.byCaOwner])).toEqual([
      [0, "preliminary", false],
      [1, "preliminary", true],
    ]);
    expect(reading.incident.posted).toEqual([{ kind: "preliminary", at: "2025-05-02T08:00:00Z", comment: 1 }]);
    expect(reading.incident.questions).toEqual([{ askedAt: "2025-05-01T08:00:00Z", by: COMMUNITY, answeredAt: "2025-05-02T08:00:00Z" }]);
  });

  it("takes the CA Owner from the reports when the bug is not assigned, and reads the wiki's questions only from the CA Owner", () => {
    const id = 1900003;
    const questions = "1. How your CA first became aware of the problem\n\n2. A timeline of the actions your CA took\n\n3. Whether your CA has stopped issuing";
    const fake = restBug(
      id,
      [
        comment(id, 0, ROOT_PROGRAM, "2025-06-01T08:00:00Z", `Please answer the questions:\n\n${questions}`),
        comment(id, 1, CA, "2025-06-03T08:00:00Z", renderReport(exampleDraft("full-no-certificates"))),
        comment(id, 2, "OTHER@ca.example", "2025-06-04T08:00:00Z", "Weekly update: nothing new."),
      ],
      { assigned_to: "nobody@mozilla.org", creator: ROOT_PROGRAM },
    );
    const reading = read(fake);
    expect(reading.caOwner).toEqual([CA]);
    expect(reading.reports.map((r) => [r.comment, r.kind])).toEqual([[1, "full"]]);
    expect(reading.incident.questions.map((q) => [q.by, q.answeredAt])).toEqual([
      [ROOT_PROGRAM, "2025-06-03T08:00:00Z"],
      ["OTHER@ca.example", null],
    ]);
  });

  it("reads comments Bugzilla gives without a number or time as unreadable, and a bug without comments as an empty record", () => {
    const id = 1900004;
    const answer = readCommentsAnswer({ bugs: { [id]: { comments: [{ text: "no count" }, { count: 1, creation_time: "yesterday", text: "bad time" }] } } }, id);
    expect(answer).toEqual({ ok: true, comments: [], unreadable: 2 });
    const reading = read(restBug(id, [], { whiteboard: "" }));
    expect(reading.incident).toEqual({ posted: [], questions: [] });
    expect(readCommentsAnswer({ bugs: { constructor: {} } }, id)).toEqual({ ok: false, message: `Bugzilla's answer has no comments for bug ${id}` });
    expect(readBugAnswer({ bugs: [] }, id)).toEqual({ ok: false, message: `Bugzilla's answer does not hold bug ${id}` });
  });

  it("loads a reading back (the file --json writes), and names what is wrong with one that is not", () => {
    const reading = read(incidentBug());
    expect(parseBugReading(JSON.parse(JSON.stringify(reading)))).toEqual({ ok: true, reading });
    expect(parseBugReading({ ...reading, incident: { ...reading.incident, posted: [{ kind: "weekly", at: "x" }] } })).toMatchObject({ ok: false, message: expect.stringContaining("not a bug reading (ccadb-bug-reading): incident.posted.0.kind") });
  });
});
