/**
 * Words and phrases that mean the same thing in CA incidents. Each group is
 * one meaning; a spelling matches whatever its letters are separated by, so
 * "subject alt name" also matches `subjectAltName` and "subject-alt-name".
 * A trailing "s" is optional. Used both ways: a bug that says "SAN" is found
 * by "subjectAltName", and the other way round.
 */
export const TERM_ALIASES: readonly (readonly string[])[] = [
  ["SAN", "subject alternative name", "subject alt name", "subjectAltName extension"],
  ["CRL", "certificate revocation list", "revocation list"],
  ["OCSP", "online certificate status protocol"],
  ["organizationName", "organization name", "organisation name", "O field"],
  ["organizationalUnitName", "organizational unit", "organisational unit", "OU"],
  ["commonName", "common name", "CN"],
  ["countryName", "country name", "country code"],
  ["stateOrProvinceName", "state or province", "state name", "province name"],
  ["localityName", "locality name", "locality"],
  ["serialNumber", "serial number", "serial"],
  ["businessCategory", "business category"],
  ["jurisdictionCountryName", "jurisdiction country"],
  ["EKU", "extended key usage", "extKeyUsage"],
  ["keyUsage", "key usage"],
  ["AIA", "authority information access"],
  ["CDP", "CRL distribution point", "CRLDP", "cRLDistributionPoints"],
  ["EV", "extended validation"],
  ["OV", "organization validation", "organization validated", "organisation validated"],
  ["DV", "domain validation", "domain validated"],
  ["DCV", "domain control validation", "domain control verification"],
  ["CAA", "certification authority authorization", "CAA record"],
  ["CT", "certificate transparency"],
  ["SCT", "signed certificate timestamp"],
  ["CPS", "certification practice statement", "certificate practice statement"],
  ["CP", "certificate policy"],
  ["BR", "baseline requirements", "TLS BR", "BRs"],
  ["S/MIME", "SMIME", "secure mime"],
  ["precertificate", "precert", "pre-certificate"],
  ["misissuance", "mis-issuance", "misissued", "mis-issued", "misissue"],
  ["revocation delay", "delayed revocation", "late revocation", "revocation delayed", "revoked late", "delayed revoking"],
  ["RSA key", "RSA public key"],
  ["ECDSA", "elliptic curve"],
  ["TLD", "top level domain"],
  ["IDN", "internationalized domain name", "punycode"],
  ["audit", "audit report", "audit statement"],
  ["CCADB", "common CA database"],
  ["HSM", "hardware security module"],
  ["IP address", "IP addresses", "iPAddress"],
  ["dNSName", "DNS name"],
  ["rfc822Name", "email address"],
];
