import { describe, expect, it } from "vitest";
import { commentHeaderOf, markCommentHeaders } from "./commentHeaders.ts";
import { toLines } from "./lines.ts";

describe("the page's comment headers", () => {
  it("give the comment number (Description is 0) and the time when it is a date and time with a zone", () => {
    expect(commentHeaderOf("Comment 2 • 2025-03-14 16:30:00 UTC")).toEqual({ comment: 2, at: "2025-03-14T16:30:00Z" });
    expect(commentHeaderOf("Description • 2025-03-03 10:12 +01:00")).toEqual({ comment: 0, at: "2025-03-03T10:12+01:00" });
    expect(commentHeaderOf("Comment 4 • 2 days ago")).toEqual({ comment: 4 });
    expect(commentHeaderOf("Comment 4 • 2025-03-14 16:30")).toEqual({ comment: 4 });
    expect(commentHeaderOf("Comments are welcome")).toBeNull();
  });

  it("in Markdown, mark only a full header (with its bullet) and the name above it: a line saying \"Comment 3\" is the report's", () => {
    const marked = markCommentHeaders(toLines("Example CA\nComment 3 • 1 day ago\n\n## Full Incident Report\nComment 3\nComment 3 of the bug says so."));
    expect(marked.map((l) => l.boundary === true)).toEqual([true, true, false, false, false, false]);
  });
});
