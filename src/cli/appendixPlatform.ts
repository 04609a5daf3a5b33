/** Node's base64 and SHA-256 for the certificate reader: native code, no per-byte JavaScript. */
import { createHash, hash } from "node:crypto";
import { PLAIN_BASE64, type AppendixPlatform } from "../domain/appendix/platform.ts";

// crypto.hash (one call, no Hash object) is in Node 20.12+; createHash elsewhere.
const sha256Hex: (bytes: Uint8Array) => string =
  typeof hash === "function" ? (bytes) => hash("sha256", bytes, "hex") : (bytes) => createHash("sha256").update(bytes).digest("hex");

export const nodePlatform: AppendixPlatform = {
  base64(bytes, start, end) {
    const text = Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start).toString("latin1");
    if (!PLAIN_BASE64.test(text)) return null;
    // Node decodes a last group of one character as the portable decoder does (drops it).
    return Buffer.from(text, "base64");
  },
  sha256Hex,
};
