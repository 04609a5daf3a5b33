/**
 * The CA Program's whiteboard categories, in words. Tags not listed here
 * are shown as written.
 */
const CATEGORY_LABELS: ReadonlyMap<string, string> = new Map(Object.entries({
  "dv-misissuance": "DV misissuance",
  "ov-misissuance": "OV misissuance",
  "ev-misissuance": "EV misissuance",
  "iv-misissuance": "IV misissuance",
  "smime-misissuance": "S/MIME misissuance",
  "ca-misissuance": "CA certificate misissuance",
  "leaf-revocation-delay": "Revocation delay",
  "ca-revocation-delay": "CA certificate revocation delay",
  "ocsp-failure": "OCSP failure",
  "crl-failure": "CRL failure",
  "disclosure-failure": "Disclosure failure",
  "policy-failure": "Policy failure",
  "audit-finding": "Audit finding",
  "audit-failure": "Audit failure",
  "audit-delay": "Audit delay",
  "auditor-compliance": "Auditor compliance",
  uncategorized: "Uncategorized",
}));

export function categoryLabel(tag: string): string {
  return CATEGORY_LABELS.get(tag) ?? tag;
}

/** The categories that occur in a list, most used first. */
export function categoriesIn(bugs: readonly { tags: readonly string[] }[]): Array<{ tag: string; count: number }> {
  const counts = new Map<string, number>();
  for (const bug of bugs) for (const tag of bug.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return [...counts].map(([tag, count]) => ({ tag, count })).sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
}
