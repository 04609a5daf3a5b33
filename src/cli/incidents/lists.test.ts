import { describe, expect, it } from "vitest";
import type { CliIo } from "../io.ts";
import { listFromFile } from "./lists.ts";

describe("a list given with --list", () => {
  it("is refused from its size, before it is read, naming it and the limit", async () => {
    const io: CliIo = {
      stdout: () => undefined,
      stderr: () => undefined,
      readFile: () => Promise.reject(new Error("must not be read")),
      fileSize: async () => 5 * 1024 * 1024,
    };
    expect(await listFromFile("big.json", io)).toEqual({ ok: false, message: "big.json is 5 MB: the limit for an incident list is 4 MB; nothing was read" });
  });

  it("is read as the app reads a newer list: UTF-16 is refused with the same message, never decoded into replacement characters", async () => {
    const utf16 = new Uint8Array([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00]);
    const io: CliIo = { stdout: () => undefined, stderr: () => undefined, readFile: async () => utf16, fileSize: async () => utf16.length };
    const result = await listFromFile("list.json", io);
    expect(result).toEqual({ ok: false, message: "list.json is UTF-16 text, not UTF-8: save it as UTF-8 (an incident list is a JSON file)" });
  });
});
