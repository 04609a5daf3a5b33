import { describe, expect, it } from "vitest";
import { actionItem, draftOf, rootCause } from "../testDrafts.ts";
import { trainingNotSystemic } from "./trainingNotSystemic.ts";

const paths = (d: Parameters<typeof trainingNotSystemic>[0]) => trainingNotSystemic(d).map((w) => w.path);

describe("trainingNotSystemic", () => {
  it.each([
    "The root cause was human error.",
    "A lack of training for validation staff.",
    "The operator was not properly trained on the new profile.",
    "An operator error during the key ceremony.",
    "An employee made a mistake when entering the date.",
  ])("flags a root cause resting on a person: %s", (description) => {
    const draft = draftOf("full", { rootCauses: [rootCause("rc1", { description })] });
    expect(paths(draft)).toEqual(["rootCauses[0].description"]);
    expect(trainingNotSystemic(draft)[0].message).toMatch(/^Contributing Factor #1 rests on “/);
  });

  it("accepts a human-error cause answered by a system change", () => {
    const draft = draftOf("full", {
      rootCauses: [rootCause("rc1", { description: "Human error: the date was typed by hand." })],
      actionItems: [actionItem("a1", { addresses: ["rc1"], description: "Automate the date entry from the order system" })],
    });
    expect(paths(draft)).toEqual([]);
  });

  it("still flags the cause when the only action addressing it is training", () => {
    const draft = draftOf("full", {
      rootCauses: [rootCause("rc1", { description: "Lack of training." })],
      actionItems: [actionItem("a1", { addresses: ["rc1"], description: "Training has been improved" })],
    });
    expect(paths(draft)).toEqual(["rootCauses[0].description", "actionItems[0].description"]);
  });

  it.each([
    "Training has been improved",
    "Retrain the validation team",
    "Provide additional training to operators",
    "Reminded all staff of the procedure",
    "Hold an awareness session for engineers",
  ])("flags a training-only action item: %s", (description) => {
    const draft = draftOf("full", { actionItems: [actionItem("a1", { description })] });
    expect(paths(draft)).toEqual(["actionItems[0].description"]);
  });

  it.each([
    "We removed the manual step that relied on training",
    "Replace the manual entry with a dropdown; training material updated to match",
    "Add a pre-issuance lint that blocks the field",
    "Implement an automated check of the profile before signing",
    "Document the reasons for the field in the profile",
  ])("does not flag: %s", (description) => {
    const draft = draftOf("full", {
      rootCauses: [rootCause("rc1", { description: "The profile relied on manual review." })],
      actionItems: [actionItem("a1", { description, addresses: ["rc1"] })],
    });
    expect(paths(draft)).toEqual([]);
  });

  it("ignores canceled items and preliminary reports", () => {
    const canceled = draftOf("full", { actionItems: [actionItem("a1", { description: "Retrain staff", status: "Canceled" })] });
    expect(paths(canceled)).toEqual([]);
    const preliminary = draftOf("preliminary", {
      summary: { ...draftOf("preliminary").summary, incidentDescription: "Human error." },
      rootCauses: [rootCause("rc1", { description: "Human error." })],
    });
    expect(paths(preliminary)).toEqual([]);
  });

  it("reads the Closure summary's root causes and remediation", () => {
    const closure = draftOf("closure", {
      closure: { incidentDescription: "", rootCauses: "Human error.", remediationDescription: "Training has been improved.", commitmentSummary: "N/A" },
    });
    expect(paths(closure)).toEqual(["closure.rootCauses", "closure.remediationDescription"]);
    const fixed = draftOf("closure", {
      closure: { incidentDescription: "", rootCauses: "Human error.", remediationDescription: "We automated the step.", commitmentSummary: "N/A" },
    });
    expect(paths(fixed)).toEqual([]);
  });
});
