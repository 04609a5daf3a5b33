/**
 * The whole pipeline, shared by the CLI and the Web Worker: files in, rows
 * (with revocation) and problems out.
 */
import type { CertificateRow } from "../draft/schema.ts";
import type { CertificateType } from "./certificateTypes.ts";
import { rowHash } from "./crtsh.ts";
import type { ParsedCrl } from "./crl.ts";
import type { InputResult } from "./input.ts";
import type { Problem } from "./problems.ts";
import { applyRevocation, type RevocationPolicy } from "./revocation.ts";
import { buildEntries } from "./rows.ts";

export type AppendixResult = {
  rows: CertificateRow[];
  /** Each row's certificate types, by `rowHash`. */
  typesByHash: Map<string, CertificateType[]>;
  crls: ParsedCrl[];
  duplicates: number;
  crlMatches: number;
  problems: Problem[];
  /** Problems counted but not listed (see `InputResult`). */
  problemsNotListed: number;
};

export function buildAppendix(input: InputResult, policy: RevocationPolicy): AppendixResult {
  const { entries, duplicates, problems } = buildEntries(input.certificates);
  const { rows, matched } = applyRevocation(
    entries.map((entry) => entry.row),
    input.crls,
    policy,
  );
  const typesByHash = new Map<string, CertificateType[]>();
  entries.forEach((entry) => typesByHash.set(rowHash(entry.row), entry.types));
  return { rows, typesByHash, crls: input.crls, duplicates, crlMatches: matched, problems: [...input.problems, ...problems], problemsNotListed: input.problemsNotListed ?? 0 };
}
