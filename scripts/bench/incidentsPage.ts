/**
 * `npm run bench:incidents-page`: large inputs within the limits, in the app
 * (a production build in Chromium), issue 26: "Use a newer list" with 10,000
 * bugs (the most the finder reads, about 2 MB) and a draft file with a
 * 52 MB text or a million timeline entries (refused, with the place named).
 * Prints, per input, the time until the app answers, the main thread's
 * longest task and longest gap between frames, and the JS heap. Never fails.
 */
import { cpus } from "node:os";
import { fileURLToPath } from "node:url";
import { compactListJson } from "../../src/domain/incidents/compactList.ts";
import { emptyDraft } from "../../src/domain/draft/newDraft.ts";
import { snapshotList } from "../../src/test/incidentList.ts";
import { installPageProbe, pageProbeReport } from "./pageProbe.ts";
import { measureEachFile } from "./served.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

function bugList(n: number): string {
  const real = snapshotList();
  const bugs = Array.from({ length: n }, (_, i) => {
    const bug = real.bugs[i % real.bugs.length];
    return { id: i + 1, summary: `${bug.summary} v${i}`, creation_time: `${bug.date}T00:00:00Z`, status: bug.status, resolution: bug.resolution, whiteboard: bug.tags.map((t) => `[${t}]`).join(" ") };
  });
  return JSON.stringify({ retrieved: real.retrieved, bugs });
}

const INPUTS = [
  { name: "list-1688.json", kind: "list", what: "Use a newer list, the real list's 1,688 bugs", text: () => compactListJson(snapshotList()), done: /Using list-1688\.json/ },
  { name: "list-10000.json", kind: "list", what: "Use a newer list, 10,000 bugs", text: () => bugList(10_000), done: /Using list-10000\.json/ },
  { name: "long-text.json", kind: "draft", what: "Import draft, a 52 MB text", text: () => JSON.stringify({ ...emptyDraft(), title: "x".repeat(52 * 2 ** 20) }), done: /cannot be opened/ },
  {
    name: "timeline.json",
    kind: "draft",
    what: "Import draft, 1,000,000 timeline entries",
    text: () => JSON.stringify({ ...emptyDraft(), timeline: Array.from({ length: 1_000_000 }, (_, i) => ({ id: `t${i}`, at: "", event: "" })) }),
    done: /cannot be opened/,
  },
] as const;

console.log(`bench:incidents-page: ${cpus().length} CPUs`);
await measureEachFile(ROOT, 4196, INPUTS, (input) => input.text(), async ({ url, browser }, input, path) => {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(`${url}?example=full-no-certificates`);
  let chooser;
  if (input.kind === "list") {
    await page.getByRole("navigation", { name: "Steps" }).getByRole("button", { name: /^\d+ Related Incidents/ }).click();
    await page.getByRole("list", { name: "Matching bugs" }).waitFor({ timeout: 120_000 });
    chooser = page.getByLabel("Newer list of bugs (from ccadb-report incidents refresh)");
  } else {
    chooser = page.getByLabel("Import draft file");
  }
  await installPageProbe(page);
  const started = Date.now();
  await chooser.setInputFiles(path);
  const answer = page.getByText(input.done).first();
  await answer.waitFor({ timeout: 600_000 });
  const shownMs = Date.now() - started;
  const said = input.kind === "draft" ? await page.getByRole("list", { name: "Problems" }).textContent() : await answer.textContent();
  const measured = await pageProbeReport(page);
  console.log(`${input.what}: answered after ${shownMs} ms (${(said ?? "").slice(0, 110)}); main thread: ${measured}`);
  await page.close();
});
