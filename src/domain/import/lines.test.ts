import { describe, expect, it } from "vitest";
import { MAX_BLANK_RUN, toLines } from "./lines.ts";

describe("toLines", () => {
  it("numbers lines as pasted, whatever the line endings", () => {
    expect(toLines("a\r\nb\rc\nd")).toEqual([
      { n: 1, text: "a" },
      { n: 2, text: "b" },
      { n: 3, text: "c" },
      { n: 4, text: "d" },
    ]);
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
