/**
 * Whom a CA Owner notifies directly of an incident not yet public (a
 * security-sensitive report), besides the bug itself. Each entry carries the
 * address and the words of the policy that asks for it, as published; an
 * address not found in a published policy is not listed (Mozilla's Root
 * Store Policy incorporates the CCADB guidelines; no address for Apple's
 * Root Certificate Program was found in a published text).
 */
export const ROOT_PROGRAM_IDS = ["ccadb", "chrome", "microsoft"] as const;
export type RootProgramId = (typeof ROOT_PROGRAM_IDS)[number];

export type RootProgramNotice = {
  program: string;
  address: string;
  /** What the notice must carry, in a few words. */
  what: string;
  /** The policy's words, quoted. */
  quote: string;
  source: string;
};

export const ROOT_PROGRAM_NOTICES = {
  ccadb: {
    program: "CCADB",
    address: "incident-reporting@ccadb.org",
    what: "an email once the security-sensitive bug is open (and the address on the bug's CC list)",
    quote: "After opening a security-sensitive incident in Bugzilla, also email incident-reporting [at] ccadb [dot] org.",
    source: "CCADB Incident Reporting Guidelines v3.2, How do I submit a security-sensitive incident report?",
  },
  chrome: {
    program: "Chrome Root Program",
    address: "chrome-root-program@google.com",
    what: "a description of the incident and an initial timeline for public disclosure",
    quote:
      "When a CA owner becomes aware of or suspects an incident, they must notify chrome-root-program@google.com with a description of the incident. […] If the CA owner has not yet disclosed this incident, this notification should include an initial timeline for public disclosure.",
    source: "Chrome Root Program Policy v1.3, 7. Responding to Incidents (archived text; the current policy is at https://g.co/chrome/root-policy)",
  },
  microsoft: {
    program: "Microsoft Trusted Root Program",
    address: "msroot@microsoft.com",
    what: "a prompt notice with an initial public disclosure timeline",
    quote:
      "If a Program Participant has not yet publicly disclosed an incident in Bugzilla, the Participant MUST promptly notify msroot [at] microsoft.com and MUST provide an initial public disclosure timeline.",
    source: "Microsoft Trusted Root Program Requirements 2.1.18 (github.com/TrustedRootProgram/Program-Requirements, March 2026)",
  },
} as const satisfies Record<RootProgramId, RootProgramNotice>;

/** Whether the draft owes these notices: a CA Owner's report of an incident not yet public. */
export function owesRootProgramNotices(draft: { securitySensitive?: boolean; author: string }): boolean {
  return draft.securitySensitive === true && draft.author === "ca-owner";
}
