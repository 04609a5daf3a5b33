import { describe, expect, it } from "vitest";
import { readDraftFile as readInCli } from "../cli/readDraftFile.ts";
import type { CliIo } from "../cli/io.ts";
import { MAX_JSON_DEPTH } from "../domain/limits/jsonDepth.ts";
import { emptyDraft } from "../domain/draft/newDraft.ts";
import { checkReadiness } from "../domain/draft/readiness.ts";
import { exampleDraft } from "../domain/examples/index.ts";
import { INPUT_LIMITS } from "../domain/limits/inputLimits.ts";
import { draftFileName, draftJson, readDraftFile } from "./draftFile.ts";

const bytesOf = (content: string | Uint8Array) => (typeof content === "string" ? new TextEncoder().encode(content) : content);

/** A chosen file as the browser hands it over. */
const file = (content: string | Uint8Array, name = "d.json") => {
  const bytes = bytesOf(content);
  return { name, size: bytes.length, arrayBuffer: async () => bytes.slice().buffer };
};

/** The same file read by `ccadb-report validate`. */
const cliIo = (content: string | Uint8Array): CliIo => ({
  stdout: () => undefined,
  stderr: () => undefined,
  readFile: async () => bytesOf(content),
  fileSize: async () => bytesOf(content).length,
});

const json = JSON.stringify(exampleDraft("preliminary-third-party"));
const utf16 = (text: string, bom: boolean) => {
  const units = new Uint8Array(text.length * 2 + (bom ? 2 : 0));
  if (bom) units.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) units[(bom ? 2 : 0) + i * 2] = text.charCodeAt(i);
  return units;
};
const invalidUtf8 = new Uint8Array([...new TextEncoder().encode(json.slice(0, 40)), 0xc3, 0x28, ...new TextEncoder().encode(json.slice(40))]);

describe("draft files", () => {
  it("exports 2-space JSON that imports back identical", async () => {
    const draft = exampleDraft("full-misissuance-revocation-delay");
    const text = draftJson(draft);
    expect(text).toMatch(/^\{\n {2}"format": "ccadb-incident-report-draft",\n/);
    const read = await readDraftFile(file(text));
    expect(read).toEqual({ ok: true, draft });
    expect(read.ok && draftJson(read.draft)).toBe(text);
  });

  it("names the file after the summary line", () => {
    expect(draftFileName({ caOwner: "Example CA", title: "OCSP: SHA-1 signed" })).toBe("example-ca-ocsp-sha-1-signed.json");
  });

  it("refuses a file over the draft file limit without reading it", async () => {
    const big = { name: "big.json", size: INPUT_LIMITS.draftFile.bytes + 1, arrayBuffer: () => Promise.reject(new Error("read")) };
    const read = await readDraftFile(big);
    expect(read).toMatchObject({ ok: false, problems: [{ path: "", message: expect.stringMatching(/^big\.json is 64\.1 MB: the limit for a draft file is 64 MB; nothing was read/) }] });
  });

  it("names every problem of a bad file with its path", async () => {
    expect(await readDraftFile(file("{ nope", "x.json"))).toMatchObject({ ok: false, problems: [{ message: expect.stringMatching(/x\.json is not valid JSON/) }] });
    const bad = { ...emptyDraft(), kind: "final", extra: 1, impact: { ...emptyDraft().impact, totalCertificates: "many" } };
    const read = await readDraftFile(file(JSON.stringify(bad)));
    expect(read.ok).toBe(false);
    const paths = read.ok ? [] : read.problems.map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(["kind", "", "impact.totalCertificates"]));
  });

  it.each([
    ["UTF-16 with a byte order mark", utf16(json, true), /^d\.json is UTF-16 text, not UTF-8: save it as UTF-8/],
    ["UTF-16 without a byte order mark", utf16(json, false), /^d\.json looks like UTF-16 text/],
    ["bytes that are not UTF-8", invalidUtf8, /^d\.json is not UTF-8 text: a draft is a JSON file$/],
    ["a NUL byte", `${json.slice(0, 20)}\u0000${json.slice(20)}`, /^d\.json holds a NUL character \(U\+0000\) at line 1, column 21/],
  ])("refuses %s, with the message the CLI gives", async (_, content, message) => {
    const read = await readDraftFile(file(content));
    expect(read).toMatchObject({ ok: false, problems: [{ path: "", message: expect.stringMatching(message) }] });
    expect(await readInCli("d.json", cliIo(content))).toEqual(read);
  });

  it("refuses a NUL written as \\u0000 in a field, naming the field", async () => {
    const content = JSON.stringify({ ...exampleDraft("preliminary-third-party"), title: "a\u0000b" });
    const read = await readDraftFile(file(content));
    expect(read).toMatchObject({ ok: false, problems: [{ path: "title", message: expect.stringMatching(/NUL character/) }] });
    expect(await readInCli("d.json", cliIo(content))).toEqual(read);
  });

  it("refuses JSON nested deeper than a draft can be, before parsing it", async () => {
    const deep = json.replace('"title":', `"extra":${"[".repeat(100_000)}${"]".repeat(100_000)},"title":`);
    const read = await readDraftFile(file(deep));
    expect(read).toMatchObject({ ok: false, problems: [{ message: expect.stringMatching(new RegExp(`^d\\.json nests JSON arrays and objects more than ${MAX_JSON_DEPTH} levels deep \\(at line 1, column \\d+\\)`)) }] });
    expect(await readInCli("d.json", cliIo(deep))).toEqual(read);
    // Brackets inside strings are text, not nesting.
    expect((await readDraftFile(file(JSON.stringify({ ...exampleDraft("preliminary-third-party"), title: "[".repeat(1000) })))).ok).toBe(true);
  });

  it("quotes at most 80 characters of an offending value", async () => {
    const long = "x".repeat(100_000);
    const draft = exampleDraft("preliminary-third-party");
    for (const bad of [{ ...draft, format: long }, { ...draft, [long]: 1 }]) {
      const read = await readDraftFile(file(JSON.stringify(bad)));
      expect(read.ok).toBe(false);
      for (const problem of read.ok ? [] : read.problems) expect(problem.message).toMatch(/"x{80}…"/);
    }
    const full = exampleDraft("full-no-certificates");
    const readiness = checkReadiness({ ...full, summary: { ...full.summary, ccadbId: long } });
    expect(readiness.find((p) => p.path === "summary.ccadbId")?.message).toMatch(/got "x{80}…"$/);
  });
});
