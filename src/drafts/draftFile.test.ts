import { describe, expect, it } from "vitest";
import { emptyDraft } from "../domain/draft/newDraft.ts";
import { exampleDraft } from "../domain/examples/index.ts";
import { draftFileName, draftJson, MAX_IMPORT_BYTES, readDraftFile } from "./draftFile.ts";

const file = (text: string, name = "d.json", size = text.length) => ({ name, size, text: async () => text });

describe("draft files", () => {
  it("exports 2-space JSON that imports back identical", async () => {
    const draft = exampleDraft("full-misissuance-revocation-delay");
    const json = draftJson(draft);
    expect(json).toMatch(/^\{\n {2}"format": "ccadb-incident-report-draft",\n/);
    const read = await readDraftFile(file(json));
    expect(read).toEqual({ ok: true, draft });
    expect(read.ok && draftJson(read.draft)).toBe(json);
  });

  it("names the file after the summary line", () => {
    expect(draftFileName({ caOwner: "Example CA", title: "OCSP: SHA-1 signed" })).toBe("example-ca-ocsp-sha-1-signed.json");
  });

  it("refuses a file over 20 MB without reading it", async () => {
    const read = await readDraftFile({ name: "big.json", size: MAX_IMPORT_BYTES + 1, text: () => Promise.reject(new Error("read")) });
    expect(read).toMatchObject({ ok: false, problems: [{ path: "", message: expect.stringMatching(/big\.json is 20\.0 MB: .*at most 20\.0 MB/) }] });
  });

  it("names every problem of a bad file with its path", async () => {
    expect(await readDraftFile(file("{ nope", "x.json"))).toMatchObject({ ok: false, problems: [{ message: expect.stringMatching(/x\.json is not valid JSON/) }] });
    const bad = { ...emptyDraft(), kind: "final", extra: 1, impact: { ...emptyDraft().impact, totalCertificates: "many" } };
    const read = await readDraftFile(file(JSON.stringify(bad)));
    expect(read.ok).toBe(false);
    const paths = read.ok ? [] : read.problems.map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(["kind", "", "impact.totalCertificates"]));
  });
});
