/** The mission report as Markdown: for pasting into a wiki or an e-mail, and for diffing. */
import type { ReportModel } from './report-model.ts';
import type { ResultBlock } from './summarise.ts';

/** Text that cannot start Markdown syntax or break a table cell. */
function inline(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/([*_`[\]<>#|])/g, '\\$1')
    .replace(/\r?\n/g, ' ');
}

function table(head: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.map(inline).join(' | ')} |`;
  return [line(head), `| ${head.map(() => '---').join(' | ')} |`, ...rows.map(line)].join('\n');
}

const bar = (share: number) => '█'.repeat(Math.max(share > 0 ? 1 : 0, Math.round(share * 20)));

function block(b: ResultBlock): string {
  const parts = [`#### ${inline(b.title)}`, '', `_${inline(b.summary)}_`];
  if (b.table)
    parts.push(
      '',
      table(
        b.table.head.concat(b.table.rows.some((r) => r.bar !== undefined) ? [''] : []),
        b.table.rows.map((r) => (r.bar === undefined ? r.cells : [...r.cells, bar(r.bar)])),
      ),
    );
  if (b.lines.length > 0) parts.push('', ...b.lines.map((line) => `- ${inline(line)}`));
  return parts.join('\n');
}

export function renderReportMarkdown(m: ReportModel): string {
  const l = m.labels;
  const out: string[] = [`# ${inline(m.title)}`, '', `**${l.report}**`, ''];
  for (const [k, v] of m.cover) out.push(`- **${inline(k)}** : ${inline(v)}`);
  out.push('', `_${m.generatedOn}_`);
  if (m.introduction) out.push('', `## ${l.introduction}`, '', ...m.introduction.split(/\n{2,}/).map(inline));
  if (m.context) {
    out.push('', `## ${l.context}`, '', inline(m.context.text));
    if (m.context.goals.length > 0)
      out.push('', `### ${l.goals}`, '', ...m.context.goals.map((g) => `- ${inline(g)}`));
  }
  if (m.programme) out.push('', `## ${l.programme}`, '', table(m.programme.head, m.programme.rows));
  if (m.workshops) {
    out.push('', `## ${l.workshops}`);
    for (const w of m.workshops) {
      out.push('', `### ${inline(w.title)} (${inline(w.dates)})`);
      if (w.sessions.length === 0) out.push('', `_${l.noLiveSession}_`);
      for (const s of w.sessions) {
        out.push('', `**${inline(s.heading)}**`);
        for (const b of s.blocks) out.push('', block(b));
      }
    }
  }
  if (m.photos) {
    out.push('', `## ${l.photos}`, '');
    if (m.photos.length === 0) out.push(`_${l.noPhotos}_`);
    // Markdown carries no images: the captions say what the Word and PDF versions show.
    for (const p of m.photos)
      out.push(`- ${inline([p.caption, p.workshopTitle].filter(Boolean).join(' — ') || l.photos)}`);
  }
  if (m.themes) {
    out.push('', `## ${l.themes}`);
    if (m.themes.length === 0) out.push('', `_${l.noThemes}_`);
    for (const t of m.themes) {
      out.push('', `### ${inline(t.name)} — ${l.themeCount(t.count)}`);
      if (t.keyTerms.length > 0) out.push('', `${l.keyTerms} : ${inline(t.keyTerms.join(', '))}`);
      for (const v of t.verbatims)
        out.push('', `> ${inline(v.text)}`, `> — ${inline(v.author)}, ${inline(v.source)}`);
    }
  }
  if (m.annex) out.push('', `## ${l.annex}`, '', table(m.annex.head, m.annex.rows));
  return `${out.join('\n')}\n`;
}
