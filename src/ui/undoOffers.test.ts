import { describe, expect, it } from "vitest";
import { liveOffers, nextExpiry, withOffer, withoutOffer, withoutOwner, type UndoOffer } from "./undoOffers.ts";
import { UNDO_MS } from "./undo.ts";

const taken: string[] = [];
const offer = (id: number, at: number, owner = "list"): UndoOffer => ({ id, owner, message: `Item ${id} removed.`, note: "", at, undo: () => taken.push(`item ${id}`) });

describe("Undo offers", () => {
  it("keeps two removals a second apart, each for its own ten seconds", () => {
    let offers = withOffer([], offer(1, 0));
    offers = withOffer(offers, offer(2, 1_000));
    expect(offers.map((o) => o.id)).toEqual([2, 1]);
    expect(liveOffers(offers, 9_999, null).map((o) => o.id)).toEqual([2, 1]);
    expect(nextExpiry(offers, null)).toBe(UNDO_MS);
    expect(liveOffers(offers, UNDO_MS, null).map((o) => o.id)).toEqual([2]);
    expect(liveOffers(offers, UNDO_MS + 1_000, null)).toEqual([]);
  });

  it("takes one back without the other", () => {
    const offers = withOffer(withOffer([], offer(1, 0)), offer(2, 1_000));
    offers[1].undo();
    expect(taken).toEqual(["item 1"]);
    expect(withoutOffer(offers, 1).map((o) => o.id)).toEqual([2]);
  });

  it("keeps the offer focus is in past its time, and times the others", () => {
    const offers = withOffer(withOffer([], offer(1, 0)), offer(2, 1_000));
    expect(liveOffers(offers, 60_000, 1).map((o) => o.id)).toEqual([1]);
    expect(nextExpiry(offers, 1)).toBe(1_000 + UNDO_MS);
    expect(nextExpiry([offers[1]], 1)).toBeNull();
  });

  it("withdraws only the offers of the component that replaced them", () => {
    const offers = withOffer(withOffer([], offer(1, 0, "impact")), offer(2, 1_000, "list"));
    expect(withoutOwner(offers, "impact").map((o) => o.id)).toEqual([2]);
  });
});
