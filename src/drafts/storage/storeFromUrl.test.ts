import { describe, expect, it } from "vitest";
import { storageFlag } from "./storeFromUrl.ts";

describe("storage test flags", () => {
  it("work where they are enabled (dev server, end-to-end build)", () => {
    expect(storageFlag("?storage=fail", true)).toBe("fail");
    expect(storageFlag("?example=large&storage=full", true)).toBe("full");
    expect(storageFlag("?storage=memory", true)).toBe("memory");
    expect(storageFlag("?storage=other", true)).toBeNull();
  });

  it("are ignored in a production build: drafts always go to IndexedDB", () => {
    for (const flag of ["fail", "full", "memory"]) expect(storageFlag(`?storage=${flag}`, false)).toBeNull();
  });
});
