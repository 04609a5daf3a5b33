/**
 * NUL characters (U+0000) in a draft's strings: no report can hold them
 * (terminals and Bugzilla drop or choke on them). A draft file with them
 * (written `\u0000`) is refused, naming each field, as the raw byte is
 * refused by `decodeTextFile`; typed or pasted into the app, they make the
 * report not ready, with the same message at the field.
 */
import { formatPath, type Problem } from "./problems.ts";

const MAX_LISTED = 20;

/** Every string value holding a NUL, by JSON path (the first 20). */
export function nulProblems(value: unknown): Problem[] {
  const problems: Problem[] = [];
  const walk = (node: unknown, path: PropertyKey[]) => {
    if (problems.length >= MAX_LISTED) return;
    if (typeof node === "string") {
      if (node.includes("\u0000")) problems.push({ path: formatPath(path), message: "holds an invisible NUL character (U+0000), which no report can hold: remove it" });
    } else if (Array.isArray(node)) {
      node.forEach((item, i) => walk(item, [...path, i]));
    } else if (node !== null && typeof node === "object") {
      for (const [key, item] of Object.entries(node)) {
        if (key.includes("\u0000")) problems.push({ path: formatPath(path), message: "has a key holding a NUL character (\\u0000)" });
        walk(item, [...path, key]);
      }
    }
  };
  walk(value, []);
  return problems;
}
