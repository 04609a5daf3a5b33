/**
 * 10,000 real certificates for the benchmark, made once with `openssl ca`
 * (one CA key, 100 CSRs each signed 100 times in a single process, so it
 * takes seconds, not minutes) and cached under node_modules/.cache.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const CSRS = 100;
const CA_CONFIG = `[ca]
default_ca=d
[d]
dir=.
database=index.txt
serial=serial
new_certs_dir=out
default_md=sha256
policy=p
copy_extensions=copy
unique_subject=no
default_days=397
x509_extensions=ext
[p]
commonName=supplied
organizationName=optional
countryName=optional
[ext]
basicConstraints=critical,CA:FALSE
keyUsage=critical,digitalSignature
extendedKeyUsage=serverAuth
certificatePolicies=2.23.140.1.2.2
`;

function openssl(dir: string, args: string[]): void {
  // `openssl ca` reports each certificate on stderr: room for 10,000 of them.
  execFileSync("openssl", args, { cwd: dir, stdio: ["ignore", "ignore", "pipe"], maxBuffer: 256 * 1024 * 1024 });
}

/** The PEM bundle of `count` certificates (count a multiple of 100), from the cache when there. */
export function benchCertificates(count: number, cacheDir: string): string {
  const cached = join(cacheDir, `certs-${count}.pem`);
  if (existsSync(cached)) return readFileSync(cached, "utf8");
  const dir = mkdtempSync(join(tmpdir(), "ccadb-bench-"));
  try {
    process.stderr.write(`generating ${count} certificates with openssl (once; cached in ${cacheDir})...\n`);
    writeFileSync(join(dir, "ca.cnf"), CA_CONFIG);
    writeFileSync(join(dir, "req.cnf"), "[req]\ndistinguished_name=dn\n[dn]\n");
    writeFileSync(join(dir, "index.txt"), "");
    writeFileSync(join(dir, "serial"), "7A3C0000000000000001\n");
    mkdirSync(join(dir, "out"));
    openssl(dir, ["ecparam", "-name", "prime256v1", "-genkey", "-noout", "-out", "ca.key"]);
    openssl(dir, ["ecparam", "-name", "prime256v1", "-genkey", "-noout", "-out", "leaf.key"]);
    openssl(dir, ["req", "-config", "req.cnf", "-x509", "-new", "-key", "ca.key", "-subj", "/C=US/O=Bench CA/CN=Bench Issuing CA R1", "-days", "3650", "-out", "ca.pem"]);
    for (let i = 0; i < CSRS; i++) {
      const host = `host${i}.bench.example`;
      const sans = [host, `www.${host}`, ...(i % 3 === 0 ? [`api.${host}`] : [])].map((n) => `DNS:${n}`).join(",");
      openssl(dir, ["req", "-config", "req.cnf", "-new", "-key", "leaf.key", "-subj", `/C=US/O=Bench Customer ${i}/CN=${host}`, "-addext", `subjectAltName=${sans}`, "-out", `${i}.csr`]);
    }
    const infiles = Array.from({ length: count }, (_, i) => `${i % CSRS}.csr`);
    openssl(dir, ["ca", "-batch", "-notext", "-config", "ca.cnf", "-keyfile", "ca.key", "-cert", "ca.pem", "-infiles", ...infiles]);
    const out = join(dir, "out");
    const pem = readdirSync(out)
      .sort()
      .map((file) => readFileSync(join(out, file), "utf8"))
      .join("");
    mkdirSync(cacheDir, { recursive: true });
    writeFileSync(cached, pem);
    return pem;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
