import { describe, expect, it } from "vitest";
import { bugFromAddress, parseBugNumber } from "./bugNumber.ts";

describe("parseBugNumber", () => {
  it.each([
    ["1234567", 1234567],
    [" 1234567 ", 1234567],
    ["bug 1234567", 1234567],
    ["Bug 1234567", 1234567],
    ["BUG1234567", 1234567],
    ["Bug #1234567", 1234567],
    ["#1234567", 1234567],
    ["https://bugzilla.mozilla.org/show_bug.cgi?id=1234567", 1234567],
    ["http://bugzilla.mozilla.org/show_bug.cgi?id=1234567#c12", 1234567],
    ["https://bugzilla.mozilla.org/show_bug.cgi?format=default&id=1234567", 1234567],
    ["bugzilla.mozilla.org/show_bug.cgi?id=1234567", 1234567],
    ["https://bugzilla.mozilla.org/1234567", 1234567],
    ["https://bugzil.la/1234567", 1234567],
    ["<https://bugzilla.mozilla.org/show_bug.cgi?id=1234567>", 1234567],
    ["Bug 1234567.", 1234567],
  ])("reads %j as %d", (text, bug) => {
    expect(parseBugNumber(text)).toBe(bug);
  });

  it.each([
    "",
    "0",
    "bug",
    "abc",
    "-5",
    "12.5",
    "1234567890",
    "bug 6 months",
    "https://example.com/show_bug.cgi?id=1234567",
    "https://bugzilla.mozilla.org/buglist.cgi?id=1234567",
    "https://bugzilla.mozilla.org/show_bug.cgi?id=abc",
    "https://bugzilla.mozilla.org/attachment.cgi?id=1234567",
  ])("finds no bug in %j", (text) => {
    expect(parseBugNumber(text)).toBeNull();
  });

  it("tells an address that names no bug from text that is no address", () => {
    expect(bugFromAddress("https://bugzilla.mozilla.org/enter_bug.cgi")).toBe("");
    expect(bugFromAddress("1234567")).toBeUndefined();
  });
});
