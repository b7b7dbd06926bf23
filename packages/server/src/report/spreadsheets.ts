/**
 * The harvest's raw data as CSV and XLSX, one row per contribution. A cell a spreadsheet could
 * take for a formula (starting with = + - @, a tab or a carriage return) is prefixed with an
 * apostrophe in CSV (OWASP's advice); in XLSX every cell is typed as text, which no spreadsheet
 * evaluates.
 */
import type { HarvestItem, HarvestMark, Locale } from '@cercle/core';
import ExcelJS from 'exceljs';
import { REPORT_LABELS } from './report-labels.ts';

export interface SheetInput {
  locale: Locale;
  items: readonly HarvestItem[];
  marks: ReadonlyMap<string, HarvestMark>;
  clusterNames: ReadonlyMap<string, string>;
}

function rowsOf(input: SheetInput): { head: string[]; rows: string[][] } {
  const l = REPORT_LABELS[input.locale];
  const head = [
    'id',
    l.time,
    'workshop',
    'sequence',
    'activity',
    'column',
    'table',
    l.author,
    l.text,
    l.cluster,
    l.tags,
    'verbatim',
    'duplicate_of',
  ];
  const rows = input.items
    .filter((i) => !i.hidden)
    .map((i) => {
      const mark = input.marks.get(i.key);
      return [
        i.key,
        new Date(i.at).toISOString(),
        i.workshopTitle ?? i.sessionTitle,
        i.sequenceTitle ?? '',
        i.activityTitle ?? '',
        i.column ?? '',
        i.place ? l.tablePlace(i.place.title, i.place.round + 1, i.place.table + 1) : '',
        i.author,
        i.text,
        mark?.clusterId ? (input.clusterNames.get(mark.clusterId) ?? '') : '',
        (mark?.tags ?? []).join(', '),
        mark?.verbatim ? 'yes' : '',
        mark?.duplicateOf ?? '',
      ];
    });
  return { head, rows };
}

/** A value a spreadsheet will show as text, never run. */
export function neutralise(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

const quote = (value: string) => (/[",\r\n;]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** RFC 4180 CSV, UTF-8 with a byte-order mark so Excel reads accents right, CRLF line ends. */
export function harvestCsv(input: SheetInput): string {
  const { head, rows } = rowsOf(input);
  const lines = [head, ...rows].map((r) => r.map((c) => quote(neutralise(c))).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export async function harvestXlsx(input: SheetInput): Promise<Buffer> {
  const { head, rows } = rowsOf(input);
  const book = new ExcelJS.Workbook();
  book.creator = 'Cercle';
  const sheet = book.addWorksheet(
    REPORT_LABELS[input.locale].annex.slice(0, 31).replace(/[:\\/?*[\]]/g, ' '),
  );
  sheet.addRow(head).font = { bold: true };
  for (const row of rows) {
    const added = sheet.addRow(row);
    added.eachCell((cell) => {
      cell.numFmt = '@';
    });
  }
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  sheet.getColumn(8).width = 60;
  return Buffer.from(await book.xlsx.writeBuffer());
}
