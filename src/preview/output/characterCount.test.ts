import { describe, expect, it } from "vitest";
import { BUGZILLA_MAX_CHARS, BUGZILLA_WARN_CHARS } from "../../domain/render/bugzilla.ts";
import { characterCount } from "./characterCount.ts";

describe("characterCount", () => {
  it("counts as Bugzilla does and formats with separators", () => {
    expect(characterCount("héllo 🙂\r\n\n  ")).toEqual({ count: 7, level: "ok", text: "7 / 65,535 characters" });
  });

  it("warns past the warning threshold and errors past the maximum", () => {
    expect(characterCount("x".repeat(BUGZILLA_WARN_CHARS)).level).toBe("ok");
    expect(characterCount("x".repeat(BUGZILLA_WARN_CHARS + 1)).level).toBe("warn");
    expect(characterCount("x".repeat(BUGZILLA_MAX_CHARS)).level).toBe("warn");
    const over = characterCount("x".repeat(BUGZILLA_MAX_CHARS + 1));
    expect(over.level).toBe("error");
    expect(over.text).toBe("65,536 / 65,535 characters");
  });
});
