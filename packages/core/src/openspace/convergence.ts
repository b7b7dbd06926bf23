/**
 * Convergence: every report's proposals become options of one dot vote (OS-70), and the chosen
 * ones become action-plan rows (OS-71).
 */
import type { SessionReport } from './report.ts';

export interface ProposalOption {
  /** Stable: the same session and text give the same id, whatever the order of reports. */
  id: string;
  /** The proposal, cut to 200 characters (a vote option's label limit). */
  label: string;
  /** The full text. */
  text: string;
  sessionId: string;
}

/** FNV-1a with two offsets: 64 bits of id, so two proposals never share one in practice. */
function hash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x01000193 + 2) >>> 0;
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}

/** OS-70: proposals in report order; the same text twice in one session is one option. */
export function proposalsForVote(
  reports: readonly Pick<SessionReport, 'sessionId' | 'proposals'>[],
): ProposalOption[] {
  const options = new Map<string, ProposalOption>();
  for (const report of reports) {
    for (const raw of report.proposals) {
      const text = raw.trim().replace(/\s+/g, ' ');
      if (text === '') continue;
      const id = `p-${hash(`${report.sessionId}\u0000${text.toLowerCase()}`)}`;
      if (options.has(id)) continue;
      const label = text.length > 200 ? `${text.slice(0, 199)}…` : text;
      options.set(id, { id, label, text, sessionId: report.sessionId });
    }
  }
  return [...options.values()];
}

export interface ActionPlanRow {
  proposalId: string;
  action: string;
  sessionId: string;
  /** A first owner to confirm: the convener of the session the proposal came from. */
  suggestedOwnerId: string | null;
}

/** OS-71: one row per chosen proposal, in the order chosen; unknown ids are skipped. */
export function actionPlanRows(
  chosenIds: readonly string[],
  options: readonly ProposalOption[],
  convenerOf: (sessionId: string) => string | undefined = () => undefined,
): ActionPlanRow[] {
  const byId = new Map(options.map((o) => [o.id, o]));
  const rows: ActionPlanRow[] = [];
  for (const id of new Set(chosenIds)) {
    const o = byId.get(id);
    if (!o) continue;
    rows.push({
      proposalId: id,
      action: o.text,
      sessionId: o.sessionId,
      suggestedOwnerId: convenerOf(o.sessionId) ?? null,
    });
  }
  return rows;
}
