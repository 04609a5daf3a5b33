/** Node's and the browser's base64 and SHA-256 give what the portable JavaScript reference gives, on any input. */
import { createHash } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { portablePlatform, webPlatform } from "../domain/appendix/platform.ts";
import { nodePlatform } from "./appendixPlatform.ts";

const PLATFORMS = { node: nodePlatform, web: webPlatform() };
const encode = (text: string) => new TextEncoder().encode(text);
/** Base64 as PEM files have it: wrapped lines, CRLF, stray spaces, padding, and sometimes a character that is not base64. */
const base64ish = fc
  .array(fc.constantFrom(..."ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", "\n", "\r\n", " ", "=", "-", "!", "é"), { maxLength: 200 })
  .map((parts) => parts.join(""));

describe.each(Object.entries(PLATFORMS))("the %s platform", (_, platform) => {
  it("decodes base64 as the portable decoder does, or leaves the error to it", () => {
    fc.assert(
      fc.property(base64ish, fc.nat(5), (text, skip) => {
        const bytes = encode(`xx${text}yy`);
        const end = bytes.length - 2;
        const start = Math.min(2 + skip, end);
        const expected = portablePlatform.base64(bytes, start, end);
        const actual = platform.base64(bytes, start, end);
        if (actual === null) expect(expected === null || !/^[a-z0-9+/=\s]*$/i.test(text)).toBe(true);
        else expect(expected === null ? null : [...expected]).toEqual([...actual]);
      }),
      { numRuns: 300 },
    );
  });

  it("decodes real base64 of any bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (data) => {
        const text = Buffer.from(data).toString("base64").replace(/.{64}/g, "$&\r\n");
        const bytes = encode(text);
        expect([...(platform.base64(bytes, 0, bytes.length) ?? [])]).toEqual([...data]);
      }),
      { numRuns: 200 },
    );
  });

  it("hashes with SHA-256", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (data) => {
        expect(platform.sha256Hex(data)).toBe(createHash("sha256").update(data).digest("hex"));
        expect(portablePlatform.sha256Hex(data)).toBe(platform.sha256Hex(data));
      }),
      { numRuns: 100 },
    );
  });
});
