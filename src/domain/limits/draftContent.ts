/**
 * A draft file's content against `DRAFT_CONTENT_LIMITS`, after JSON parsing
 * and before the schema: a 52 MB string or a million timeline entries is
 * refused with one sentence naming where, instead of freezing the page that
 * would render it. Drafts already stored are never refused (this is for files).
 */
import { formatPath, type Problem } from "../draft/problems.ts";
import { formatCount } from "../text/formatCount.ts";
import { DRAFT_CONTENT_LIMITS } from "./inputLimits.ts";

const CERTIFICATES = "appendix.certificates";

/** The first content limit the value goes over, as a problem at its path, or null. */
export function draftContentProblem(value: unknown): Problem | null {
  const limits = DRAFT_CONTENT_LIMITS;
  let total = 0;
  // Iterative, paths built only for a problem: a file may hold a million small values.
  const stack: { node: unknown; path: PropertyKey[]; inRows: boolean }[] = [{ node: value, path: [], inRows: false }];
  for (let item = stack.pop(); item; item = stack.pop()) {
    const { node, path, inRows } = item;
    if (typeof node === "string") {
      if (node.length > limits.textChars) {
        return { path: formatPath(path), message: `holds ${formatCount(node.length)} characters: one text of a draft file may hold ${formatCount(limits.textChars)} (a whole report fits in 65,535); the file was not read` };
      }
      if (!inRows && (total += node.length) > limits.totalTextChars) {
        return { path: formatPath(path), message: `the draft's texts hold more than ${formatCount(limits.totalTextChars)} characters outside the certificate rows (a whole report fits in 65,535); the file was not read` };
      }
    } else if (Array.isArray(node)) {
      const rows = formatPath(path) === CERTIFICATES;
      const max = rows ? limits.certificateRows : limits.listItems;
      if (node.length > max) {
        return { path: formatPath(path), message: `has ${formatCount(node.length)} entries: a draft file may have ${formatCount(max)} (real reports have tens); the file was not read` };
      }
      for (let i = node.length - 1; i >= 0; i--) stack.push({ node: node[i], path: [...path, i], inRows: inRows || rows });
    } else if (node !== null && typeof node === "object") {
      for (const [key, item] of Object.entries(node)) stack.push({ node: item, path: [...path, key], inRows });
    }
  }
  return null;
}
