/**
 * Parses dropped certificates and CRLs off the main thread, so the page stays
 * responsive on a 50 MB drop, and reports progress per file and every few
 * hundred certificates.
 */
import { buildAppendix } from "../domain/appendix/appendix.ts";
import { readFile, type InputResult } from "../domain/appendix/input.ts";
import { webPlatform } from "../domain/appendix/platform.ts";
import type { ParseRequest, WorkerMessage } from "./workerProtocol.ts";

function post(message: WorkerMessage): void {
  self.postMessage(message);
}

const platform = webPlatform();

self.onmessage = (event: MessageEvent<ParseRequest>) => {
  const { id, files, policy } = event.data;
  const input: InputResult = { certificates: [], crls: [], problems: [] };
  files.forEach((file, i) => {
    const progress = (items: number) => post({ type: "progress", id, file: file.name, filesDone: i, filesTotal: files.length, items });
    progress(0);
    readFile(file, input, progress, platform);
  });
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
