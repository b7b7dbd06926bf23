/**
 * An activity's results as the report prints them: a short summary, a table whose rows may carry
 * a bar (0–1, drawn as a chart in the PDF and as a bar of blocks in Word and Markdown), and
 * free lines (objections, answered questions). One shape for every activity kind, so the three
 * renderers stay simple and say the same thing.
 */
import { type ActivityState, type RoomState, tallyActivity } from '@cercle/core';
import type { PrintableProceedings } from '../openspace/proceedings-model.ts';
import type { ReportLabels } from './report-labels.ts';

export interface ResultRow {
  cells: string[];
  /** Share of the largest value, 0–1, for a bar chart. */
  bar?: number;
}

export interface ResultBlock {
  title: string;
  summary: string;
  table: { head: string[]; rows: ResultRow[] } | null;
  lines: string[];
}

const pct = (share: number) => `${Math.round(share * 100)} %`;
const round1 = (n: number | null) => (n === null ? '–' : n.toFixed(1).replace(/\.0$/, ''));

function barRows(values: { label: string; value: number; shown: string }[]): ResultRow[] {
  const max = Math.max(1, ...values.map((v) => v.value));
  return values.map((v) => ({ cells: [v.label, v.shown], bar: v.value / max }));
}

export function summariseActivity(activity: ActivityState, state: RoomState, l: ReportLabels): ResultBlock {
  const labelOf = new Map(activity.options.map((o) => [o.id, o.label]));
  const label = (id: string) => labelOf.get(id) ?? id;
  const result = tallyActivity(activity, state);
  const block: ResultBlock = { title: activity.title, summary: '', table: null, lines: [] };
  switch (result.kind) {
    case 'contributions':
    case 'words': {
      block.summary = l.contributions(result.count);
      const words = result.words.slice(0, 15);
      if (words.length > 0)
        block.table = {
          head: [l.words, ''],
          rows: barRows(words.map((w) => ({ label: w.word, value: w.count, shown: String(w.count) }))),
        };
      return block;
    }
    case 'reading':
      block.summary = l.contributions(result.count);
      block.lines = result.passages.slice(0, 10).map((p) => `« ${p.quote} » (${p.notes.length})`);
      return block;
    case 'form':
      block.summary = l.contributions(result.rows.length);
      block.table = {
        head: result.fields.map((f) => f.label),
        rows: result.rows.map((r) => ({ cells: r.values })),
      };
      return block;
    case 'qa':
      block.summary = l.contributions(result.questions.length);
      block.table = {
        head: [l.text, l.upvotes],
        rows: result.questions
          .filter((q) => !q.hidden)
          .map((q) => ({ cells: [`${q.text}${q.answered ? ` (${l.answered})` : ''}`, String(q.votes)] })),
      };
      return block;
    case 'poll':
    case 'scale': {
      const r = result.result;
      block.summary = l.voters(r.voters);
      if (r.kind === 'choice')
        block.table = {
          head: [l.option, l.result],
          rows: barRows(
            r.counts.map((c) => ({
              label: label(c.optionId),
              value: c.count,
              shown: `${c.count} (${pct(c.share)})`,
            })),
          ),
        };
      else {
        block.lines = [`${l.mean} : ${round1(r.mean)} — ${l.median} : ${round1(r.median)}`];
        block.table = {
          head: [l.option, l.result],
          rows: barRows(
            r.distribution.map((d) => ({ label: String(d.value), value: d.count, shown: String(d.count) })),
          ),
        };
      }
      return block;
    }
    case 'dots':
      block.summary = l.voters(result.result.voters);
      block.table = {
        head: [l.option, l.result],
        rows: barRows(
          [...result.result.totals]
            .sort((a, b) => b.dots - a.dots)
            .map((t) => ({ label: label(t.optionId), value: t.dots, shown: String(t.dots) })),
        ),
      };
      return block;
    case 'ranking':
      block.summary = l.voters(result.schulze.voters);
      block.table = {
        head: [l.rank, l.option],
        rows: result.schulze.ranking.map((r) => ({ cells: [String(r.rank), label(r.optionId)] })),
      };
      return block;
    case 'judgment': {
      block.summary = l.voters(result.result.voters);
      const profile = new Map(result.result.profiles.map((p) => [p.optionId, p]));
      block.table = {
        head: [l.rank, l.option, l.majorityGrade],
        rows: result.result.ranking.map((r) => {
          const grade = profile.get(r.optionId)?.majorityGrade;
          return {
            cells: [
              String(r.rank),
              label(r.optionId),
              grade === null || grade === undefined ? '–' : (result.grades[grade] ?? String(grade)),
            ],
          };
        }),
      };
      return block;
    }
    case 'consent': {
      const r = result.result;
      block.summary = `${l.voters(r.answered)} — ${r.adopted ? l.adopted : l.notAdopted}`;
      block.lines = [
        ...r.objections.map((o) => `${l.objection} : ${o.reason}`),
        ...r.concerns.filter((c) => c.reason).map((c) => `${l.concern} : ${c.reason}`),
      ];
      return block;
    }
    case 'grid': {
      block.summary = l.voters(result.result.voters);
      const axes = result.axes;
      block.table = {
        head: [l.option, axes?.x ?? 'x', axes?.y ?? 'y'],
        rows: result.result.items.map((i) => ({
          cells: [label(i.optionId), round1(i.meanX), round1(i.meanY)],
        })),
      };
      return block;
    }
  }
}

/** Open Space proceedings as blocks: one per breakout session, with its facts and its report. */
export function proceedingsBlocks(p: PrintableProceedings): ResultBlock[] {
  return p.sections.map((s) => ({
    title: `${p.subtitle} — ${s.heading}`,
    summary: s.facts.map(([k, v]) => `${k} : ${v}`).join(' — '),
    table: null,
    lines: [
      ...(s.reportTitle ? [s.reportTitle] : [p.words.noReport]),
      ...s.lists.flatMap((list) => list.items.map((item) => `${list.label} : ${item}`)),
    ],
  }));
}
