import { describe, expect, it } from "vitest";
import { wordList } from "./wordList.ts";

describe("wordList", () => {
  it("joins words for a sentence", () => {
    expect(wordList([], "and")).toBe("");
    expect(wordList(["A"], "and")).toBe("A");
    expect(wordList(["A", "B"], "or")).toBe("A or B");
    expect(wordList(["A", "B", "C"], "and")).toBe("A, B and C");
  });
});
