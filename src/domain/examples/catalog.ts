/**
 * The examples' names and one-line descriptions, without their drafts: what the
 * Start screen lists. The drafts themselves (`index.ts`) load when one is picked.
 */
export const EXAMPLE_IDS = [
  "full-misissuance-revocation-delay",
  "full-no-certificates",
  "preliminary-third-party",
  "closure",
] as const;
export type ExampleId = (typeof EXAMPLE_IDS)[number];

export type ExampleInfo = { id: ExampleId; name: string; description: string };

const INFO = {
  "full-misissuance-revocation-delay": {
    name: "Full report: misissued certificates, revocation delayed",
    description: "EV certificates with an invalid businessCategory; 41 revocations delayed for a payment network and hospitals.",
  },
  "full-no-certificates": {
    name: "Full report: no certificates affected",
    description: "An issuing CA's CRL expired for six hours after a scheduler change; certificate counts are N/A.",
  },
  "preliminary-third-party": {
    name: "Preliminary report by a third party",
    description: "A community member reports certificates valid for 399 days, found in CT logs.",
  },
  closure: {
    name: "Closure summary",
    description: "Closing the expired-CRL incident: every action item Complete or Canceled.",
  },
} satisfies Record<ExampleId, Omit<ExampleInfo, "id">>;

/** The examples, in the order to offer them. */
export const EXAMPLE_INFO: readonly ExampleInfo[] = EXAMPLE_IDS.map((id) => ({ id, ...INFO[id] }));
