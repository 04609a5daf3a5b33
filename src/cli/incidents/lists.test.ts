import { describe, expect, it } from "vitest";
import type { CliIo } from "../io.ts";
import { listFromFile } from "./lists.ts";

describe("a list given with --list", () => {
  it("is refused from its size, before it is read, naming it and the limit", async () => {
    const io: CliIo = {
      stdout: () => undefined,
      stderr: () => undefined,
      readFile: () => Promise.reject(new Error("must not be read")),
      fileSize: async () => 17 * 1024 * 1024,
    };
    expect(await listFromFile("big.json", io)).toEqual({ ok: false, message: "big.json is 17 MB: the limit for an incident list is 16 MB; nothing was read" });
  });
});
