/**
 * `npm run bench:incidents`: the related incidents finder's costs. The bug
 * list the app fetches when the finder opens (bytes and gzip; target <= 60 KB
 * gzipped), the time to build the search index from it, and the search time
 * per keystroke over the whole list: p50/p95/max of 100 queries (words and
 * phrases of real bug titles, typed as prefixes, aliases, CA names), each run
 * as the finder runs it (prefix on the last word, two-year window). Target
 * (issue 14): p95 <= 50 ms. Then "Use a newer list" on long lists (issue 26):
 * reading (in the app, a worker's job), indexing at once (the old single
 * task) and in slices (the longest slice is the longest main-thread task).
 * Prints the figures; never fails.
 */
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { readIncidentListText } from "../../src/domain/incidents/readIncidentList.ts";
import { buildIncidentIndex, buildIncidentIndexInSlices, searchIncidents } from "../../src/domain/incidents/searchIndex.ts";
import type { IncidentList } from "../../src/domain/incidents/bug.ts";
import { rawWords } from "../../src/domain/incidents/terms.ts";
import { BUNDLED_LIST_PATH } from "../../src/test/incidentList.ts";

const TARGET_GZIP_KB = 60;
const TARGET_P95_MS = 50;
const QUERIES = 100;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (n: number) => `${n.toFixed(2)} ms`;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
}

/** A small deterministic generator, so every run times the same queries. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

const FIXED = ["SAN", "subjectAltName", "organization name", "revocation list", "ISRG", "Digicert OCSP", "Let's Encrypt CAA", "delayed revocation", "encoding", "precertificate"];

function queries(summaries: string[]): string[] {
  const next = random(14);
  const out = [...FIXED];
  while (out.length < QUERIES) {
    const words = rawWords(summaries[Math.floor(next() * summaries.length)]);
    if (words.length === 0) continue;
    const from = Math.floor(next() * words.length);
    const phrase = words.slice(from, from + 1 + Math.floor(next() * 4)).join(" ");
    // Half of them cut mid-word, as the author is still typing.
    out.push(next() < 0.5 ? phrase.slice(0, Math.max(2, phrase.length - Math.floor(next() * 4))) : phrase);
  }
  return out;
}

const text = readFileSync(BUNDLED_LIST_PATH, "utf8");
const gzip = gzipSync(text, { level: 9 }).length;
const read = readIncidentListText(text);
if (!read.ok) throw new Error(read.message);
const list = read.list;

// Warm up the JIT as a page that has opened the finder once has.
buildIncidentIndex(list);
const builds = Array.from({ length: 5 }, () => {
  const start = performance.now();
  buildIncidentIndex(list);
  return performance.now() - start;
}).sort((a, b) => a - b);
const index = buildIncidentIndex(list);

const asked = queries(list.bugs.map((b) => b.summary));
const since = "2024-03-06";
for (const q of asked.slice(0, 20)) searchIncidents(index, q, { since }, { typing: true });
const times = asked
  .map((q) => {
    const start = performance.now();
    searchIncidents(index, q, { since }, { typing: true });
    return performance.now() - start;
  })
  .sort((a, b) => a - b);
const p95 = percentile(times, 0.95);

console.log(`Bug list (${list.bugs.length} bugs up to ${list.retrieved}): ${kb(Buffer.byteLength(text))}, gzip ${kb(gzip)}  target <= ${TARGET_GZIP_KB} KB  ${gzip <= TARGET_GZIP_KB * 1024 ? "PASS" : "FAIL"}`);
console.log(`Index build (MiniSearch, stems and aliases): median ${ms(builds[2])}, best ${ms(builds[0])} of 5`);
console.log(`Search per keystroke, ${times.length} queries over the whole list: p50 ${ms(percentile(times, 0.5))}, p95 ${ms(p95)}, max ${ms(times[times.length - 1])}  target p95 <= ${TARGET_P95_MS} ms  ${p95 <= TARGET_P95_MS ? "PASS" : "FAIL"}`);

/** The real list's bugs, repeated with new ids and a word of their own, to `n` bugs, as the REST file `incidents refresh` writes. */
function longList(n: number): { text: string; list: IncidentList } {
  const bugs = Array.from({ length: n }, (_, i) => {
    const bug = list.bugs[i % list.bugs.length];
    return { ...bug, id: i + 1, summary: `${bug.summary} v${i}` };
  });
  const rest = bugs.map((b) => ({ id: b.id, summary: b.summary, creation_time: `${b.date}T00:00:00Z`, status: b.status, resolution: b.resolution, whiteboard: b.tags.map((t) => `[${t}]`).join(" ") }));
  return { text: JSON.stringify({ bugs: rest }), list: { retrieved: list.retrieved, bugs } };
}

async function longestSlice(l: IncidentList): Promise<{ longest: number; total: number; slices: number }> {
  let longest = 0;
  let slices = 0;
  let resumed = performance.now();
  const start = resumed;
  await buildIncidentIndexInSlices(l, {
    onProgress: () => {
      longest = Math.max(longest, performance.now() - resumed);
      slices++;
    },
    pause: () =>
      new Promise((resolve) =>
        setTimeout(() => {
          resumed = performance.now();
          resolve();
        }, 0),
      ),
  });
  return { longest, total: performance.now() - start, slices };
}

console.log("\nUse a newer list (the real list has 1,688 bugs; the app reads at most 10,000):");
for (const n of [list.bugs.length, 10_000, 84_000]) {
  const long = longList(n);
  const readStart = performance.now();
  const read2 = readIncidentListText(long.text);
  const readMs = performance.now() - readStart;
  const buildStart = performance.now();
  buildIncidentIndex(long.list);
  const onceMs = performance.now() - buildStart;
  const sliced = await longestSlice(long.list);
  const over = n > 10_000 ? " (over the new limit: refused before indexing)" : "";
  console.log(
    `  ${n.toLocaleString("en")} bugs, ${(Buffer.byteLength(long.text) / 1024 / 1024).toFixed(2)} MB${over}: read ${ms(readMs)} (${read2.ok ? "in a worker" : read2.message.slice(0, 60)}); ` +
      `index at once ${ms(onceMs)} (one task); in slices ${ms(sliced.total)}, ${sliced.slices} slices, longest ${ms(sliced.longest)}`,
  );
}
