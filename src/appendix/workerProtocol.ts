/** Messages between the Appendix step and its parsing Web Worker. */
import type { CertificateRow } from "../domain/draft/schema.ts";
import type { CertificateType } from "../domain/appendix/certificateTypes.ts";
import type { ParsedCrl } from "../domain/appendix/crl.ts";
import type { Problem } from "../domain/appendix/problems.ts";
import type { RevocationPolicy } from "../domain/appendix/revocation.ts";

export type WorkerFile = { name: string; bytes: Uint8Array };

export type ParseRequest = { id: number; files: WorkerFile[]; policy: RevocationPolicy };

export type ParseProgress = { type: "progress"; id: number; file: string; filesDone: number; filesTotal: number; items: number };

export type ParseDone = {
  type: "done";
  id: number;
  rows: CertificateRow[];
  types: Array<[string, CertificateType[]]>;
  crls: ParsedCrl[];
  duplicates: number;
  crlMatches: number;
  problems: Problem[];
  problemsNotListed: number;
};

export type WorkerMessage = ParseProgress | ParseDone;
