import { describe, expect, it } from "vitest";
import { actionItem, draftOf } from "../testDrafts.ts";
import { luckyWithoutAction } from "./luckyWithoutAction.ts";

const lessons = (gotLucky: { id: string; text: string }[]) => ({ wentWell: [], didNotGoWell: [], gotLucky, additional: [] });

describe("luckyWithoutAction", () => {
  it("warns on each lucky item no active action item addresses", () => {
    const draft = draftOf("full", {
      lessons: lessons([
        { id: "l1", text: "A researcher found it before anyone relied on it." },
        { id: "l2", text: "Only one subscriber used the profile." },
        { id: "l3", text: "The weekend freeze stopped further issuance." },
        { id: "l4", text: "  " },
      ]),
      actionItems: [actionItem("a1", { addresses: ["l2"] }), actionItem("a2", { addresses: ["l3"], status: "Canceled" })],
    });
    expect(luckyWithoutAction(draft)).toEqual([
      {
        rule: "lucky-without-action",
        path: "lessons.gotLucky[0].text",
        message: "“Where we got lucky #1” has no action item. Add one so that you do not rely on luck next time, or say why none is possible.",
        guideline:
          "“Items here SHOULD generally also have corresponding Action Items, so that the CA Owner doesn’t have to rely on luck in the future.” (CCADB Incident Reporting Guidelines v3.2, Lessons Learned)",
      },
      expect.objectContaining({ path: "lessons.gotLucky[2].text" }),
    ]);
  });

  it("does not warn when every lucky item is addressed, or the item is N/A", () => {
    const draft = draftOf("full", {
      lessons: lessons([{ id: "l1", text: "A researcher found it." }, { id: "l2", text: "N/A" }]),
      actionItems: [actionItem("a1", { addresses: ["l1"] })],
    });
    expect(luckyWithoutAction(draft)).toEqual([]);
  });

  it("only reviews Full reports", () => {
    expect(luckyWithoutAction(draftOf("preliminary", { lessons: lessons([{ id: "l1", text: "Lucky." }]) }))).toEqual([]);
  });
});
