import { beforeAll, describe, expect, it } from "vitest";
import { snapshotList } from "../../test/incidentList.ts";
import { exampleDraft } from "../examples/index.ts";
import { canonicalCaKey, caNamesOf } from "./caNames.ts";
import { likelyRelatedCount } from "./likelyMatches.ts";
import { buildIncidentIndex, buildIncidentIndexInSlices, searchIncidents, type IncidentIndex, type IncidentMatch } from "./searchIndex.ts";

let index: IncidentIndex;
beforeAll(() => {
  index = buildIncidentIndex(snapshotList());
});

const ids = (matches: IncidentMatch[]) => matches.map((m) => m.bug.id);
const summaries = (matches: IncidentMatch[]) => matches.map((m) => m.bug.summary);
const search = (text: string, ...rest: Parameters<typeof searchIncidents> extends [unknown, unknown, ...infer R] ? R : never) => searchIncidents(index, text, ...rest);

describe("searchIncidents on the shared snapshot", () => {
  it("matches words across their forms (stemming)", () => {
    const encode = search("encode");
    expect(encode.length).toBeGreaterThan(20);
    expect(ids(search("encoding"))).toEqual(ids(encode));
    expect(summaries(encode)).toEqual(expect.arrayContaining([expect.stringMatching(/\bencoded\b/i), expect.stringMatching(/\bencoding\b/i)]));
    expect(ids(search("delayed revocations")).slice(0, 20)).toEqual(ids(search("revocation delay")).slice(0, 20));
  });

  it("ignores case and reads abbreviations and their spelled-out forms as one", () => {
    expect(ids(search("ocsp"))).toEqual(ids(search("OCSP")));
    const san = summaries(search("SAN"));
    expect(san).toEqual(expect.arrayContaining([expect.stringMatching(/subjectAltName/), expect.stringMatching(/subject alternative name/i), expect.stringMatching(/\bSANs?\b/)]));
    expect(new Set(ids(search("subjectAltName")))).toEqual(new Set(ids(search("SAN"))));
    const org = summaries(search("organization name"));
    expect(org).toEqual(expect.arrayContaining([expect.stringMatching(/organizationName/i), expect.stringMatching(/organization name/i)]));
    expect(new Set(ids(search("organizationName")))).toEqual(new Set(ids(search("organization name"))));
    const crl = summaries(search("revocation list"));
    expect(crl).toEqual(expect.arrayContaining([expect.stringMatching(/\bCRLs?\b/)]));
    // "San Paulo" is no SAN.
    expect(summaries(search("SAN")).some((s) => /San Paulo/.test(s))).toBe(false);
  });

  it("finds a CA Owner under its Bugzilla spellings, in words and as a filter", () => {
    const isrg = search("ISRG");
    expect(isrg.length).toBeGreaterThan(20);
    expect(summaries(isrg).filter((s) => s.startsWith("Let's Encrypt:")).length).toBeGreaterThan(20);
    const digicert = search("Digicert", { owner: { name: "DigiCert", which: "this" } });
    expect(summaries(digicert)).toEqual(expect.arrayContaining([expect.stringMatching(/^DigiCert:/), expect.stringMatching(/^Digicert:/)]));
    const others = search("OCSP", { owner: { name: "Let's Encrypt", which: "others" } });
    expect(others.length).toBeGreaterThan(50);
    expect(others.every((m) => !caNamesOf(m.bug.summary).some((n) => canonicalCaKey(n) === canonicalCaKey("ISRG")))).toBe(true);
  });

  it("keeps the date window, category and state the filters ask for", () => {
    const all = search("OCSP");
    const recent = search("OCSP", { since: "2024-03-06" });
    expect(recent.length).toBeGreaterThan(0);
    expect(recent.length).toBeLessThan(all.length);
    expect(recent.every((m) => m.bug.date >= "2024-03-06")).toBe(true);
    expect(all.some((m) => m.bug.date < "2024-03-06")).toBe(true);
    expect(search("", { category: "crl-failure" }).every((m) => m.bug.tags.includes("crl-failure"))).toBe(true);
    const open = search("", { state: "open" });
    expect(open.length).toBeGreaterThan(10);
    expect(open.every((m) => m.bug.resolution === "")).toBe(true);
  });

  it("ranks the bug whose title is the query first", () => {
    for (const bug of [index.byId.get(1446080), index.byId.get(1906467)]) {
      if (!bug) throw new Error("bug missing from the snapshot");
      expect(search(bug.summary)[0]).toMatchObject({ bug, exactTitle: true });
      expect(search(bug.summary.replace(/^[^:]*:\s*/, "").toLowerCase())[0].bug).toBe(bug);
    }
  });

  it("matches the last word as a prefix while typing", () => {
    expect(search("businessCateg")).toEqual([]);
    const typing = search("businessCateg", {}, { typing: true });
    expect(typing.length).toBeGreaterThan(5);
    expect(summaries(typing).every((s) => /businessCategory/i.test(s))).toBe(true);
  });

  it("lists bugs newest first when there are no words", () => {
    const listed = search("", {}, { limit: 5 });
    expect(ids(listed)).toEqual([...ids(listed)].sort((a, b) => b - a));
  });

  it("counts likely matches for a report's title in its two-year window", () => {
    const draft = exampleDraft("full-misissuance-revocation-delay");
    const hints = { title: draft.title, nonComplianceStart: draft.summary.nonComplianceStart };
    const count = likelyRelatedCount(index, hints, Date.UTC(2025, 9, 1));
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThan(likelyRelatedCount(index, { ...hints, nonComplianceStart: "2017-01-01T00:00Z" }, 0) ?? 0);
    expect(count).toBeLessThan(100);
    expect(likelyRelatedCount(index, { ...hints, title: "" }, 0)).toBeNull();
  });
});

describe("building the index in slices", () => {
  it("gives the same results as building it at once, with progress, and stops when cancelled", async () => {
    const list = snapshotList();
    const pause = () => Promise.resolve();
    const progress: number[] = [];
    const index = await buildIncidentIndexInSlices(list, { sliceMs: 1, onProgress: (done) => progress.push(done), pause });
    if (!index) throw new Error("not built");
    expect(progress.length).toBeGreaterThan(1);
    expect(progress.at(-1)).toBe(list.bugs.length);
    const whole = buildIncidentIndex(list);
    for (const q of ["revocation delayed", "SAN", "OCSP"]) {
      expect(searchIncidents(index, q).map((m) => [m.bug.id, m.score])).toEqual(searchIncidents(whole, q).map((m) => [m.bug.id, m.score]));
    }
    const controller = new AbortController();
    expect(await buildIncidentIndexInSlices(list, { sliceMs: 1, signal: controller.signal, onProgress: () => controller.abort(), pause })).toBeNull();
  });
});
