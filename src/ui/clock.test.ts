import { describe, expect, it } from "vitest";
import { nowFromSearch } from "./clock.ts";

describe("nowFromSearch", () => {
  it("reads a DateTime with an offset, or a Date from 00:00 UTC", () => {
    expect(nowFromSearch("?now=2025-09-20T12:00Z")).toBe(Date.parse("2025-09-20T12:00:00Z"));
    expect(nowFromSearch("?example=x&now=2025-09-20T14:00%2B02:00")).toBe(Date.parse("2025-09-20T12:00:00Z"));
    expect(nowFromSearch("?now=2025-09-20")).toBe(Date.parse("2025-09-20T00:00:00Z"));
  });
  it("follows the real clock without the flag or with an unreadable one", () => {
    expect(nowFromSearch("")).toBeNull();
    expect(nowFromSearch("?now=tomorrow")).toBeNull();
    expect(nowFromSearch("?now=2025-09-20T12:00")).toBeNull();
  });
});
