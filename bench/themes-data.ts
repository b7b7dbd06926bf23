/**
 * Reading the labelled short-text sets in ../shared/data/text/ (RFC 4180 CSV: quoted fields
 * may hold commas, doubled quotes and newlines). Bench-only: the core never reads files.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { here } from './lib.ts';

export const DATA_DIR = join(here, '..', '..', 'shared', 'data', 'text');

export interface LabelledSet {
  name: string;
  texts: string[];
  labels: number[];
  labelNames: string[];
}

export function parseCsv(content: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < content.length; i++) {
    const c = content[i];
    if (quoted) {
      if (c === '"' && content[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && content[i + 1] === '\n') i++;
      row.push(field);
      field = '';
      if (row.length > 1 || row[0] !== '') rows.push(row);
      row = [];
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** Reads `file`, checks the header names `textColumn` and `labelColumn`. Null when absent. */
export function readLabelledSet(file: string, textColumn: string, labelColumn: string): LabelledSet | null {
  const path = join(DATA_DIR, file);
  if (!existsSync(path)) return null;
  const [header, ...rows] = parseCsv(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
  if (!header) throw new Error(`${file}: empty file`);
  const t = header.indexOf(textColumn);
  const l = header.indexOf(labelColumn);
  if (t < 0 || l < 0)
    throw new Error(`${file}: header ${header.join(',')} lacks ${textColumn} or ${labelColumn}`);
  const names = new Map<string, number>();
  const texts: string[] = [];
  const labels: number[] = [];
  for (const row of rows) {
    if (row.length !== header.length) throw new Error(`${file}: a row has ${row.length} fields`);
    const name = row[l]!;
    if (!names.has(name)) names.set(name, names.size);
    texts.push(row[t]!);
    labels.push(names.get(name)!);
  }
  return { name: file, texts, labels, labelNames: [...names.keys()] };
}
