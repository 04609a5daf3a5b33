/**
 * `ccadb-report bug` on a busy incident: 300 comments, every tenth a Full
 * report (the large example's size, rendered by this tool) or an update,
 * served by the local Bugzilla of the tests. Prints the best of 3 runs of the
 * whole read (requests, paging, parsing) and of the record alone (the
 * importer run over every comment), with the answer's size.
 * Run: npm run bench:bug
 */
import { loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import { readBug } from "../../src/domain/bugzilla/fetchBug.ts";
import { readBugRecord } from "../../src/domain/bugzilla/readBugRecord.ts";
import { readBugAnswer, readCommentsAnswer } from "../../src/domain/bugzilla/restShapes.ts";
import { largeDraft } from "../../src/domain/examples/largeDraft.ts";
import { renderReport } from "../../src/domain/render/render.ts";
import { CA, ROOT_PROGRAM, comment, restBug } from "../../src/test/bmoBug.ts";
import { startBmo } from "../../src/test/bmoServer.ts";

const BUG = 1999999;
const COMMENTS = 300;
const RUNS = 3;

const report = renderReport(largeDraft());
const start = Date.parse("2025-01-01T00:00Z");
const comments = Array.from({ length: COMMENTS }, (_, i) => {
  const at = new Date(start + i * 3_600_000).toISOString().replace(".000Z", "Z");
  if (i % 10 === 0) return comment(BUG, i, CA, at, i % 20 === 0 ? report : "## Update (2025-01-02)\n\n### Action Items\n\nAction Item #1 is now complete.");
  return comment(BUG, i, i % 2 === 0 ? CA : ROOT_PROGRAM, at, `Comment ${i}: when will action item ${i % 7} be complete?`);
});
const fake = restBug(BUG, comments);

async function best(run: () => Promise<unknown>): Promise<number> {
  let fastest = Number.POSITIVE_INFINITY;
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await run();
    fastest = Math.min(fastest, performance.now() - t);
  }
  return fastest;
}

const server = await startBmo(new Map([[BUG, fake]]));
try {
  const bytes = JSON.stringify({ bugs: { [BUG]: { comments } } }).length;
  const whole = await best(async () => {
    const result = await readBug(BUG, { fetch, base: `${server.origin}/bmo/` });
    if (!result.ok) throw new Error(result.failure.message);
  });
  const bug = readBugAnswer({ bugs: [fake.bug] }, BUG);
  const read = readCommentsAnswer({ bugs: { [BUG]: { comments } } }, BUG);
  if (!bug.ok || !read.ok) throw new Error("unreadable");
  const record = await best(async () => readBugRecord({ bug: bug.bug, comments: read.comments, now: Date.now() }));
  console.log(`bug with ${COMMENTS} comments (${COMMENTS / 20} Full reports of ${Math.round(report.length / 1024)} KB, ${COMMENTS / 20} updates), comments answer ${(bytes / 1024 / 1024).toFixed(1)} MB`);
  console.log(`  whole read over local HTTP: ${whole.toFixed(0)} ms (best of ${RUNS})`);
  console.log(`  record from the comments:   ${record.toFixed(0)} ms (best of ${RUNS})`);
  console.log(`  load average: ${loadavg().map((n) => n.toFixed(2)).join(" ")}`);
} finally {
  server.close();
}
