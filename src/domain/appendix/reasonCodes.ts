/** CRL reasonCode names (RFC 5280 §5.3.1); 7 is unused. */
export const REASON_CODE_NAMES: Readonly<Record<number, string>> = {
  0: "unspecified",
  1: "keyCompromise",
  2: "cACompromise",
  3: "affiliationChanged",
  4: "superseded",
  5: "cessationOfOperation",
  6: "certificateHold",
  8: "removeFromCRL",
  9: "privilegeWithdrawn",
  10: "aACompromise",
};

export const REASON_NAMES: readonly string[] = Object.values(REASON_CODE_NAMES);
