import { useState, type ReactNode } from "react";
import { useFormContext } from "react-hook-form";
import type { ImpactSuggestion } from "../../domain/appendix/impact.ts";
import { applyImpactChanges, fillsOnly, impactChanges, type ImpactChange, type ImpactField } from "../../domain/appendix/impactChanges.ts";
import type { Draft } from "../../domain/draft/schema.ts";
import { ImpactApplyPanel } from "../../appendix/ImpactApplyPanel.tsx";
import { useUndoOffer } from "../../ui/useUndoOffer.tsx";
import type { DraftForm } from "../form/draftForm.ts";

type Impact = Draft["impact"];
type Proposal = { suggestion: ImpactSuggestion; changes: ImpactChange[] };

const SET = { shouldDirty: true, shouldValidate: false } as const;

/**
 * "Apply to Impact" for the Appendix step: empty fields are filled at once;
 * anything typed is shown against the suggestion and replaced only when
 * ticked; what was applied can be undone.
 */
export function useApplyImpact(): { propose(s: ImpactSuggestion): void; panel: ReactNode } {
  const { getValues, setValue } = useFormContext<DraftForm>();
  const [proposal, setProposal] = useState<Proposal | null>(null);
  // Applied: an Undo offer; nothing applied: just what happened.
  const undo = useUndoOffer();
  const [unchanged, setUnchanged] = useState("");

  function write(impact: Impact) {
    setValue("impact.totalCertificates", impact.totalCertificates, SET);
    setValue("impact.remainingValidCertificates", impact.remainingValidCertificates, SET);
    setValue("impact.affectedCertificateTypes", impact.affectedCertificateTypes, SET);
    setValue("impact.asWritten", impact.asWritten, SET);
  }

  function apply(suggestion: ImpactSuggestion, changes: ImpactChange[], fields: ImpactField[]) {
    setProposal(null);
    const previous: Impact = structuredClone(getValues("impact"));
    const applied = changes.filter((c) => fields.includes(c.field) && (c.state === "fill" || c.state === "replace"));
    const unknown = changes.filter((c) => c.state === "unknown").map((c) => `${c.label} left as it is (${c.reason ?? "unknown"})`);
    if (applied.length === 0) {
      setUnchanged(["Impact not changed.", ...unknown].join(" "));
      return;
    }
    write(applyImpactChanges(previous, suggestion, fields));
    const message = `Impact updated: ${applied.map((c) => `${c.label} ${c.current === "" ? "set to" : "changed to"} ${c.suggested}`).join("; ")}.`;
    undo.offer([message, ...unknown.map((u) => `${u}.`)].join(" "), () => write(previous));
  }

  function propose(suggestion: ImpactSuggestion) {
    undo.withdraw();
    setUnchanged("");
    const changes = impactChanges(getValues("impact"), suggestion);
    if (changes.some((c) => c.state === "replace")) setProposal({ suggestion, changes });
    else apply(suggestion, changes, fillsOnly(changes));
  }

  const status = unchanged ? (
    <p role="status" className="text-sm">
      {unchanged}
    </p>
  ) : null;
  const panel = proposal ? (
    <ImpactApplyPanel changes={proposal.changes} onApply={(fields) => apply(proposal.suggestion, proposal.changes, fields)} onCancel={() => setProposal(null)} />
  ) : (
    status
  );
  return { propose, panel };
}
