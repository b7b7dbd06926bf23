/**
 * The proceedings as data: one section per session, by slot then space (OS-60), with its report,
 * participants from check-ins and proposals. The server renders DOCX and PDF with translated
 * labels; core gives no labels, only the content.
 */
import { type CheckIn, foldCheckIns } from './check-ins.ts';
import { type ProposalOption, proposalsForVote } from './convergence.ts';
import type { SessionReport } from './report.ts';
import type { BreakoutSpace, OpenSpaceAgenda, OpenSpaceSession, TimeSlot } from './types.ts';

export interface NamedPerson {
  id: string;
  /** null when the name is unknown: the renderer writes its own "anonymous". */
  name: string | null;
}

export interface ProceedingsSection {
  session: { id: string; title: string; description: string | null };
  convener: NamedPerson;
  slot: TimeSlot | null;
  space: BreakoutSpace | null;
  report: SessionReport | null;
  participants: NamedPerson[];
  proposals: ProposalOption[];
}

export interface Proceedings {
  sections: ProceedingsSection[];
  summary: {
    sessions: number;
    reports: number;
    /** Sessions on the wall without a report yet. */
    missingReports: string[];
    /** Distinct people who checked in anywhere. */
    participants: number;
    keyPoints: number;
    proposals: number;
    nextSteps: number;
    photos: number;
  };
}

export interface ProceedingsInput {
  sessions: readonly OpenSpaceSession[];
  agenda: OpenSpaceAgenda;
  slots: readonly TimeSlot[];
  spaces: readonly BreakoutSpace[];
  reports: readonly SessionReport[];
  checkIns: readonly CheckIn[];
  names: Readonly<Record<string, string>>;
}

export function compileProceedings(input: ProceedingsInput): Proceedings {
  const person = (id: string): NamedPerson => ({
    id,
    name: Object.hasOwn(input.names, id) ? (input.names[id] ?? null) : null,
  });
  // OS-63: one report per session, the last filed wins.
  const reports = new Map(input.reports.map((r) => [r.sessionId, r]));
  const visited = new Map<string, Set<string>>();
  for (const a of foldCheckIns(input.checkIns, input.agenda).attendance) {
    const people = visited.get(a.sessionId) ?? new Set();
    for (const p of a.visited) people.add(p);
    visited.set(a.sessionId, people);
  }
  const slotRank = new Map(input.slots.map((s, i) => [s.id, i]));
  const spaceRank = new Map(input.spaces.map((s, i) => [s.id, i]));
  const where = new Map(input.agenda.map((p) => [p.sessionId, p]));
  const rank = (id: string) => {
    const p = where.get(id);
    const big = Number.MAX_SAFE_INTEGER;
    return [p ? (slotRank.get(p.slotId) ?? big) : big, p ? (spaceRank.get(p.spaceId) ?? big) : big];
  };
  // OS-60: sessions on the wall by slot then space; reported sessions off the wall come last.
  const shown = input.sessions
    .map((s, order) => ({ s, order, key: rank(s.id) }))
    .filter(({ s }) => where.has(s.id) || reports.has(s.id))
    .sort(
      (a, b) => (a.key[0] ?? 0) - (b.key[0] ?? 0) || (a.key[1] ?? 0) - (b.key[1] ?? 0) || a.order - b.order,
    );
  const byName = (a: NamedPerson, b: NamedPerson) =>
    (a.name ?? '\uffff').localeCompare(b.name ?? '\uffff') || (a.id < b.id ? -1 : 1);
  const sections = shown.map(({ s }): ProceedingsSection => {
    const p = where.get(s.id);
    const report = reports.get(s.id) ?? null;
    return {
      session: { id: s.id, title: s.title, description: s.description ?? null },
      convener: person(s.convenerId),
      slot: input.slots.find((x) => x.id === p?.slotId) ?? null,
      space: input.spaces.find((x) => x.id === p?.spaceId) ?? null,
      report,
      participants: [...(visited.get(s.id) ?? [])].map(person).sort(byName),
      proposals: report ? proposalsForVote([report]) : [],
    };
  });
  const filed = sections.flatMap((x) => (x.report ? [x.report] : []));
  const sum = (f: (r: SessionReport) => number) => filed.reduce((n, r) => n + f(r), 0);
  return {
    sections,
    summary: {
      sessions: sections.length,
      reports: filed.length,
      missingReports: sections.filter((x) => x.report === null).map((x) => x.session.id),
      participants: new Set([...visited.values()].flatMap((people) => [...people])).size,
      keyPoints: sum((r) => r.keyPoints.length),
      proposals: sections.reduce((n, x) => n + x.proposals.length, 0),
      nextSteps: sum((r) => r.nextSteps.length),
      photos: sum((r) => r.photoIds.length),
    },
  };
}
