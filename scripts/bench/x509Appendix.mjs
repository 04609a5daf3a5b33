#!/usr/bin/env node
/**
 * The reference for `bench:certs`' whole-process figure: a plain Node script
 * doing the Appendix's job with Node's OpenSSL-backed X509Certificate. Reads
 * PEM files, decodes each CERTIFICATE block, skips exact duplicates, and
 * writes one CSV line per certificate (SHA-256, subject, issuer, validity,
 * serial, SAN) to stdout. Usage: node scripts/bench/x509Appendix.mjs FILE...
 */
import { X509Certificate } from "node:crypto";
import { readFileSync } from "node:fs";

const BLOCK = /-----BEGIN CERTIFICATE-----([^-]+)-----END CERTIFICATE-----/g;
const field = (value) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

const seen = new Set();
const lines = ["SHA-256,Subject,Issuer,Not before,Not after,Serial,SAN"];
for (const path of process.argv.slice(2)) {
  for (const [, base64] of readFileSync(path, "latin1").matchAll(BLOCK)) {
    const certificate = new X509Certificate(Buffer.from(base64, "base64"));
    const hash = certificate.fingerprint256;
    if (seen.has(hash)) continue;
    seen.add(hash);
    const values = [hash, certificate.subject, certificate.issuer, certificate.validFrom, certificate.validTo, certificate.serialNumber, certificate.subjectAltName ?? ""];
    lines.push(values.map(field).join(","));
  }
}
process.stdout.write(lines.join("\r\n") + "\r\n");
