/**
 * Parses dropped certificates and CRLs off the main thread, so the page stays
 * responsive on a 50 MB drop, and reports progress per file and every few
 * hundred certificates.
 */
import { buildAppendix } from "../domain/appendix/appendix.ts";
import { readFile, readFileHashingInBatches, type InputResult } from "../domain/appendix/input.ts";
import { webPlatform, webSha256Batch } from "../domain/appendix/platform.ts";
import type { ParseRequest, WorkerMessage } from "./workerProtocol.ts";

function post(message: WorkerMessage): void {
  self.postMessage(message);
}

const platform = webPlatform();
// crypto.subtle in batches where the page has it (a secure context), else SHA-256 in JavaScript.
const batchSha256 = webSha256Batch();

self.onmessage = async (event: MessageEvent<ParseRequest>) => {
  const { id, files, policy } = event.data;
  const input: InputResult = { certificates: [], crls: [], problems: [] };
  for (const [i, file] of files.entries()) {
    const progress = (items: number) => post({ type: "progress", id, file: file.name, filesDone: i, filesTotal: files.length, items });
    progress(0);
    if (batchSha256) await readFileHashingInBatches(file, input, batchSha256, progress, platform);
    else readFile(file, input, progress, platform);
  }
  const result = buildAppendix(input, policy);
  post({
    type: "done",
    id,
    rows: result.rows,
    types: [...result.typesByHash],
    crls: result.crls,
    duplicates: result.duplicates,
    crlMatches: result.crlMatches,
    problems: result.problems,
    problemsNotListed: result.problemsNotListed,
  });
};
