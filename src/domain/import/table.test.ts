import { describe, expect, it } from "vitest";
import { splitRow } from "./table.ts";

describe("splitRow", () => {
  it("splits at unescaped pipes and unescapes the cells", () => {
    expect(splitRow("| [1900129](https://bugzilla.mozilla.org/show_bug.cgi?id=1900129) | 2024-05-01 | A \\| B |")).toEqual([
      "[1900129](https://bugzilla.mozilla.org/show_bug.cgi?id=1900129)",
      "2024-05-01",
      "A | B",
    ]);
    expect(splitRow("a|b")).toEqual(["a", "b"]);
    expect(splitRow("| a \\|")).toEqual(["a |"]);
  });
});
