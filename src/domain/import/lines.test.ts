import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_BLANK_RUN, toLines } from "./lines.ts";

/** The lines as `split` on every line ending gives them, numbered: toLines' reference when no blank run is long. */
const splitLines = (text: string) => text.split(/\r\n|\n|\r/).map((line, i) => ({ n: i + 1, text: line }));

describe("toLines", () => {
  it("numbers lines as pasted, whatever the line endings", () => {
    expect(toLines("a\r\nb\rc\nd")).toEqual([
      { n: 1, text: "a" },
      { n: 2, text: "b" },
      { n: 3, text: "c" },
      { n: 4, text: "d" },
    ]);
  });

  it("gives the lines `split` gives, on any mix of text and line endings", () => {
    const piece = fc.constantFrom("a", " ", "\t", "\n", "\r", "\r\n", "\n\r", "```", "x y", "\u2028");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join("");
        expect(toLines(text)).toEqual(splitLines(text));
      }),
      { numRuns: 2000 },
    );
  });

  it("reads a run of more blank lines than MAX_BLANK_RUN as that many, numbers kept", () => {
    const lines = toLines(`a${"\n".repeat(MAX_BLANK_RUN + 1000)}b`);
    expect(lines).toHaveLength(MAX_BLANK_RUN + 2);
    expect(lines[lines.length - 1]).toEqual({ n: MAX_BLANK_RUN + 1001, text: "b" });
  });

  it("keeps every blank line inside fenced code, where they are content", () => {
    const code = `\`\`\`${"\n".repeat(MAX_BLANK_RUN + 10)}x\n\`\`\`\n`;
    expect(toLines(code)).toHaveLength(MAX_BLANK_RUN + 13);
  });
});
