/**
 * Real certificates and CRLs for tests, made with the `openssl` command in a
 * temporary directory. EC P-256 keys keep it fast: one CA key and one leaf key
 * sign everything.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export type LeafSpec = {
  /** File base name. */
  name: string;
  /** OpenSSL `-subj` syntax, e.g. "/O=Example/CN=example.com". */
  subject: string;
  /** `-set_serial` argument: decimal, "0x..." hex, or negative. */
  serial: string;
  days?: number;
  dnsNames?: string[];
  policies?: string[];
  /** Adds the critical CT poison extension: a precertificate. */
  poison?: boolean;
  /** No extensions at all: `openssl x509 -req` then writes a version 1 certificate. */
  v1?: boolean;
  /** How OpenSSL encodes name strings: utf8only (UTF8String), pkix (BMPString), default (T61String for Latin-1). */
  stringMask?: "utf8only" | "pkix" | "default";
  multiValueRdn?: boolean;
};

/** Many certificates from one `openssl ca` run: one process instead of two per certificate. */
export type BatchSpec = {
  /** File base name; the certificates land in `${name}.pem`, in CSR order. */
  name: string;
  /** CSR paths from `csr()`, one certificate each; a CSR may repeat. Their subjectAltName is copied. */
  csrs: string[];
  /** Serial of the first certificate in hex; the others count up from it. */
  firstSerialHex: string;
  notBefore: Date;
  notAfter: Date;
  policies?: string[];
  /** Adds the critical CT poison extension: precertificates. */
  poison?: boolean;
};

export type CrlEntrySpec = { serialHex: string; revokedAt: Date; reason?: string };

export class OpenSslFactory {
  readonly dir = mkdtempSync(join(tmpdir(), "ccadb-appendix-"));
  readonly caPem: string;

  constructor(caSubject = "/C=US/O=Test CA, Inc./CN=Test Issuing CA") {
    this.run(["ecparam", "-name", "prime256v1", "-genkey", "-noout", "-out", "ca.key"]);
    this.run(["ecparam", "-name", "prime256v1", "-genkey", "-noout", "-out", "leaf.key"]);
    this.write("req.cnf", "[req]\ndistinguished_name=dn\n[dn]\n");
    this.run(["req", "-config", "req.cnf", "-x509", "-new", "-key", "ca.key", "-subj", caSubject, "-utf8", "-days", "3650", "-out", "ca.pem"]);
    this.caPem = this.path("ca.pem");
  }

  path(name: string): string {
    return join(this.dir, name);
  }

  run(args: string[]): string {
    return execFileSync("openssl", args, { cwd: this.dir, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  }

  write(name: string, text: string): string {
    writeFileSync(this.path(name), text);
    return this.path(name);
  }

  /** Makes a leaf certificate; returns the PEM file's path. */
  leaf(spec: LeafSpec): string {
    const config = `[req]\ndistinguished_name=dn\nstring_mask=${spec.stringMask ?? "utf8only"}\nutf8=yes\n[dn]\n`;
    this.write(`${spec.name}.req.cnf`, config);
    const reqArgs = ["req", "-config", `${spec.name}.req.cnf`, "-new", "-key", "leaf.key", "-subj", spec.subject, "-utf8", "-out", `${spec.name}.csr`];
    if (spec.multiValueRdn) reqArgs.push("-multivalue-rdn");
    this.run(reqArgs);
    const args = ["x509", "-req", "-in", `${spec.name}.csr`, "-CA", "ca.pem", "-CAkey", "ca.key", "-set_serial", spec.serial, "-days", String(spec.days ?? 90), "-out", `${spec.name}.pem`];
    if (!spec.v1) {
      const ext = ["basicConstraints=critical,CA:FALSE"];
      if (spec.dnsNames?.length) ext.push(`subjectAltName=${spec.dnsNames.map((n) => `DNS:${n}`).join(",")}`);
      if (spec.policies?.length) ext.push(`certificatePolicies=${spec.policies.join(",")}`);
      if (spec.poison) ext.push("1.3.6.1.4.1.11129.2.4.3=critical,DER:05:00");
      this.write(`${spec.name}.ext`, `[ext]\n${ext.join("\n")}\n`);
      args.push("-extfile", `${spec.name}.ext`, "-extensions", "ext");
    }
    this.run(args);
    return this.path(`${spec.name}.pem`);
  }

  /** A certificate request for the leaf key; returns its path. */
  csr(name: string, subject: string, dnsNames: string[] = []): string {
    this.write(`${name}.req.cnf`, "[req]\ndistinguished_name=dn\nstring_mask=utf8only\nutf8=yes\n[dn]\n");
    const args = ["req", "-config", `${name}.req.cnf`, "-new", "-key", "leaf.key", "-subj", subject, "-utf8", "-out", `${name}.csr`];
    if (dnsNames.length) args.push("-addext", `subjectAltName=${dnsNames.map((n) => `DNS:${n}`).join(",")}`);
    this.run(args);
    return this.path(`${name}.csr`);
  }

  /**
   * Signs every CSR of `spec` with the test CA in one `openssl ca` run (which,
   * unlike `x509 -req`, also takes dates in the past); returns the PEM
   * bundle's path and the serials in hex, lower case, in order.
   */
  batch(spec: BatchSpec): { path: string; serials: string[] } {
    const { name } = spec;
    const stamp = (d: Date) => d.toISOString().replace(/[-:T]/g, "").slice(0, 14) + "Z";
    const first = BigInt(`0x${spec.firstSerialHex}`);
    const serials = spec.csrs.map((_, i) => (first + BigInt(i)).toString(16));
    mkdirSync(this.path(`${name}.certs`), { recursive: true });
    this.write(`${name}.index`, "");
    // openssl ca wants an even number of hex digits.
    this.write(`${name}.serial`, `${serials[0].length % 2 ? "0" : ""}${serials[0]}\n`);
    const ext = ["basicConstraints=critical,CA:FALSE"];
    if (spec.policies?.length) ext.push(`certificatePolicies=${spec.policies.join(",")}`);
    if (spec.poison) ext.push("1.3.6.1.4.1.11129.2.4.3=critical,DER:05:00");
    this.write(
      `${name}.ca.cnf`,
      `[ca]\ndefault_ca=d\n[d]\ndatabase=${name}.index\nnew_certs_dir=${name}.certs\nserial=${name}.serial\n` +
        `default_md=sha256\npolicy=p\nunique_subject=no\ncopy_extensions=copy\nemail_in_dn=no\n[p]\ncommonName=optional\n[ext]\n${ext.join("\n")}\n`,
    );
    this.run([
      "ca", "-batch", "-notext", "-preserveDN", "-config", `${name}.ca.cnf`, "-extensions", "ext", "-keyfile", "ca.key", "-cert", "ca.pem",
      "-startdate", stamp(spec.notBefore), "-enddate", stamp(spec.notAfter), "-out", `${name}.last.pem`, "-infiles", ...spec.csrs,
    ]);
    // `-out` keeps only the last certificate; new_certs_dir has each one, named by its serial.
    const file = (serial: string) => this.path(`${name}.certs/${(serial.length % 2 ? "0" : "") + serial.toUpperCase()}.pem`);
    this.write(`${name}.pem`, serials.map((serial) => readFileSync(file(serial), "utf8")).join(""));
    return { path: this.path(`${name}.pem`), serials };
  }

  /** DER bytes of a PEM certificate file. */
  der(pemPath: string): Uint8Array {
    return new Uint8Array(execFileSync("openssl", ["x509", "-in", pemPath, "-outform", "DER"]));
  }

  /** A CRL from the test CA listing `entries`; returns the PEM path (the DER is next to it, `.der`). */
  crl(name: string, entries: CrlEntrySpec[]): string {
    const stamp = (d: Date) => d.toISOString().replace(/[-:T]/g, "").slice(2, 14) + "Z";
    const index = entries.map(
      (e) => `R\t${stamp(new Date(Date.now() + 86400_000 * 365))}\t${stamp(e.revokedAt)}${e.reason ? `,${e.reason}` : ""}\t${e.serialHex.toUpperCase()}\tunknown\t/CN=x\n`,
    );
    this.write(`${name}.index`, index.join(""));
    this.write(`${name}.crlnumber`, "01\n");
    this.write(
      `${name}.ca.cnf`,
      `[ca]\ndefault_ca=d\n[d]\ndatabase=${name}.index\ncrlnumber=${name}.crlnumber\ndefault_md=sha256\ndefault_crl_days=30\n`,
    );
    this.run(["ca", "-gencrl", "-config", `${name}.ca.cnf`, "-keyfile", "ca.key", "-cert", "ca.pem", "-out", `${name}.pem`]);
    this.run(["crl", "-in", `${name}.pem`, "-outform", "DER", "-out", `${name}.der`]);
    return this.path(`${name}.pem`);
  }

  read(path: string): Uint8Array {
    return new Uint8Array(readFileSync(path));
  }

  dispose(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
