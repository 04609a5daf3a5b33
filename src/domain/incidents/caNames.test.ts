import { describe, expect, it } from "vitest";
import { bugNamesOwner, caNamesOf, canonicalCaKey, ownerKeys } from "./caNames.ts";

describe("caNamesOf", () => {
  it("reads the CA names before the colon or dash, each side of a slash", () => {
    expect(caNamesOf("DigiCert / Verizon: Misissued certificates")).toEqual(["DigiCert / Verizon", "DigiCert", "Verizon"]);
    expect(caNamesOf("Let's Encrypt: CAA Rechecking bug")).toEqual(["Let's Encrypt"]);
    expect(caNamesOf("NETLOCK - Unavailability of the document repository")).toEqual(["NETLOCK"]);
    expect(caNamesOf("[meta] Delayed Revocation")).toEqual([]);
    expect(caNamesOf("Private keys for certificates exposed through their web server")).toEqual([]);
  });
});

describe("CA Owner spellings", () => {
  it("treat case, punctuation, brands and renames as one CA Owner", () => {
    expect(canonicalCaKey("Digicert")).toBe(canonicalCaKey("DigiCert"));
    expect(canonicalCaKey("D-TRUST")).toBe(canonicalCaKey("D-Trust"));
    expect(canonicalCaKey("ISRG")).toBe(canonicalCaKey("Let's Encrypt"));
    expect(canonicalCaKey("Internet Security Research Group")).toBe(canonicalCaKey("Let’s Encrypt"));
    expect(canonicalCaKey("Certum")).toBe(canonicalCaKey("Asseco DS / Certum"));
    expect(canonicalCaKey("DigiCert")).not.toBe(canonicalCaKey("Sectigo"));
  });

  it("match a report's CA Owner, written its own way, against bug summaries", () => {
    const owner = ownerKeys("Internet Security Research Group (ISRG)");
    expect(bugNamesOwner("Let's Encrypt: CAA Rechecking bug", owner)).toBe(true);
    expect(bugNamesOwner("DigiCert: OCSP NextUpdate", owner)).toBe(false);
    expect(bugNamesOwner("DigiCert / Verizon: Misissued certificates", ownerKeys("Digicert, Inc."))).toBe(true);
  });
});
