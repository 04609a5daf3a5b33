import { describe, expect, it } from "vitest";
import { deepListAt, MAX_LIST_DEPTH, reportTextProblem, utf8Length } from "./reportInput.ts";

const stairs = (levels: number, indent = "  ") => Array.from({ length: levels }, (_, i) => `${indent.repeat(i)}- level ${i + 1}`).join("\n");

describe("what the importer accepts", () => {
  it("counts UTF-8 bytes as a file would hold them", () => {
    expect(utf8Length("aé€😀")).toBe(1 + 2 + 3 + 4);
    expect(utf8Length("😀")).toBe(new TextEncoder().encode("😀").length);
  });

  it("refuses text over 1 MB, naming it and the limit", () => {
    expect(reportTextProblem("x".repeat(1024 * 1024), "the pasted text")).toBeNull();
    expect(reportTextProblem("é".repeat(600 * 1024), "The pasted text")).toBe("The pasted text is 1.2 MB: the limit for a Markdown report is 1 MB; nothing was read");
  });

  it("refuses pasted text holding a NUL, as a file with one is refused", () => {
    expect(reportTextProblem("## Full Incident Report\n\na\u0000b", "The pasted text")).toBe(
      "The pasted text holds a NUL character (U+0000) at line 3, column 2, which no report can hold (a report is Markdown or plain text)",
    );
  });

  it("bounds list nesting: stairs of indentation, markers on one line, tabs", () => {
    expect(deepListAt(stairs(MAX_LIST_DEPTH))).toBeNull();
    expect(deepListAt(stairs(MAX_LIST_DEPTH + 1))).not.toBeNull();
    expect(deepListAt(`${"- ".repeat(MAX_LIST_DEPTH + 1)}x`)).toBe(1);
    // Whatever the line endings: CR alone is a line break too.
    expect(deepListAt(stairs(MAX_LIST_DEPTH + 1).replaceAll("\n", "\r"))).toBe(MAX_LIST_DEPTH + 1);
    expect(deepListAt(stairs(MAX_LIST_DEPTH + 1, "\t"))).not.toBeNull();
    expect(reportTextProblem(`# Report\n\n${stairs(40)}`, "r.md")).toBe("r.md nests lists more than 32 levels deep (at line 35): no incident report nests that deep, so it was not read");
  });

  it("does not count what only looks like lists: fenced code, a list that ended", () => {
    expect(deepListAt(`\`\`\`\n${stairs(100)}\n\`\`\`\n`)).toBeNull();
    expect(deepListAt(Array.from({ length: 100 }, () => stairs(20)).join("\n\nText.\n\n"))).toBeNull();
  });
});
