/**
 * The action plan as CSV (OS-71): one row per proposal kept, with the session it came from and
 * its convener as the first owner to confirm. Opens in a spreadsheet, so cells that a
 * spreadsheet would run as a formula are quoted as text.
 */
import {
  type ActionPlanRow,
  actionPlanRows,
  type Locale,
  type OpenSpaceState,
  proposalsForVote,
} from '@cercle/core';

const HEADERS: Record<Locale, string[]> = {
  fr: ['Proposition', 'Action', 'Session', 'Responsable pressenti'],
  en: ['Proposal', 'Action', 'Session', 'Suggested owner'],
};

/** RFC 4180 quoting; a leading = + - @ (or tab, carriage return) is defused with an apostrophe. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) || safe !== value ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Rows for the chosen proposals (all of them, in report order, when none are chosen). */
export function actionPlanOf(
  os: OpenSpaceState,
  names: Readonly<Record<string, string>>,
  chosen?: readonly string[],
): { row: ActionPlanRow; session: string; owner: string }[] {
  const options = proposalsForVote(os.reports);
  const topics = new Map(os.topics.map((t) => [t.id, t]));
  const rows = actionPlanRows(
    chosen ?? options.map((o) => o.id),
    options,
    (id) => topics.get(id)?.convenerId,
  );
  return rows.map((row) => {
    const topic = topics.get(row.sessionId);
    const ownerId = row.suggestedOwnerId ?? '';
    return {
      row,
      session: topic?.title ?? row.sessionId,
      owner: (Object.hasOwn(names, ownerId) ? names[ownerId] : undefined) ?? topic?.convenerName ?? '',
    };
  });
}

export function renderActionPlanCsv(
  os: OpenSpaceState,
  names: Readonly<Record<string, string>>,
  locale: Locale,
  chosen?: readonly string[],
): string {
  const lines = [
    HEADERS[locale],
    ...actionPlanOf(os, names, chosen).map((r) => [r.row.proposalId, r.row.action, r.session, r.owner]),
  ];
  // A byte-order mark so spreadsheet software reads the accents as UTF-8.
  return `\uFEFF${lines.map((cells) => cells.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
