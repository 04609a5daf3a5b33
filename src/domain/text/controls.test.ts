import { describe, expect, it } from "vitest";
import { escapeControls, escapeForTerminal, escapeJsonForTerminal } from "./controls.ts";

describe("text for a terminal", () => {
  it("shows controls as \\XX and bidi controls and line separators as \\uXXXX, other text as it is", () => {
    expect(escapeControls("a\u001b[2J\u009b\u202e")).toBe("a\\1B[2J\\9B\u202e");
    expect(escapeForTerminal("a\u001b[2J\u009b\u202eb\u2028c\u2066\u061c é")).toBe("a\\1B[2J\\9B\\u202Eb\\u2028c\\u2066\\u061C é");
  });

  it("keeps JSON the same value while escaping what JSON.stringify leaves raw", () => {
    const value = { s: "x\u007f\u0085\u009b\u200e\u202a\u2029\u001b é" };
    const json = escapeJsonForTerminal(JSON.stringify(value));
    expect(json).toBe('{"s":"x\\u007F\\u0085\\u009B\\u200E\\u202A\\u2029\\u001b é"}');
    expect(JSON.parse(json)).toEqual(value);
  });
});
