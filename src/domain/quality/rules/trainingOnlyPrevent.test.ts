import { describe, expect, it } from "vitest";
import type { ActionItem } from "../../draft/schema.ts";
import { actionItem, draftOf, rootCause } from "../testDrafts.ts";
import { trainingOnlyPrevent } from "./trainingOnlyPrevent.ts";

function full(items: ActionItem[]) {
  return draftOf("full", { rootCauses: [rootCause("rc1", { title: "Free-text field in the validation form" })], actionItems: items });
}

describe("training-only-prevent", () => {
  it("flags a cause whose only Prevent item is training, even beside a system Detect item", () => {
    const [w] = trainingOnlyPrevent(
      full([
        actionItem("a1", { kind: "Prevent", description: "Reminded staff to choose the category from the list", addresses: ["rc1"] }),
        actionItem("a2", { kind: "Detect", description: "Add a daily lint of issued certificates from CT logs", addresses: ["rc1"] }),
      ]),
    );
    expect(w.path).toBe("rootCauses[0].title");
    expect(w.message).toBe(
      "Contributing Factor #1 is prevented only by training or reminding staff (Action Item #1). Add a Prevent action item that changes the system so the mistake cannot be made: a required field, a pre-issuance lint, a removed manual step.",
    );
  });

  it.each([
    ["a system change beside the training", [actionItem("a1", { kind: "Prevent", description: "Refresher training for validation staff", addresses: ["rc1"] }), actionItem("a2", { kind: "Prevent", description: "Replace the free-text field with a drop-down of the four allowed values", addresses: ["rc1"] })]],
    ["training that removes the manual step", [actionItem("a1", { kind: "Prevent", description: "Retrain staff on the new form, which blocks free text in the field", addresses: ["rc1"] })]],
    ["a canceled training item", [actionItem("a1", { kind: "Prevent", description: "Retrain staff", addresses: ["rc1"], status: "Canceled" }), actionItem("a2", { kind: "Prevent", description: "Make the category a required choice", addresses: ["rc1"] })]],
    ["no Prevent item at all (prevent-or-mitigate's business)", [actionItem("a1", { kind: "Detect", description: "Retrain staff", addresses: ["rc1"] })]],
  ])("leaves %s alone", (_case, items) => {
    expect(trainingOnlyPrevent(full(items))).toEqual([]);
  });
});
