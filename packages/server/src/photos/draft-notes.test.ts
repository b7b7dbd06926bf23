import { describe, expect, it } from 'vitest';
import {
  cleanText,
  draftNotesFrom,
  foldText,
  type RecognisedLine,
  type RecognisedWord,
} from './draft-notes.ts';

/** Words laid out left to right on one text line, 40 px high, 20 px per character. */
function line(y: number, x: number, text: string, confidence = 90): RecognisedLine {
  const words: RecognisedWord[] = [];
  let left = x;
  for (const token of text.split(' ')) {
    if (token === '') {
      left += 200; // an empty token is a wide gap, as between two notes on one row
      continue;
    }
    words.push({
      text: token,
      confidence,
      bbox: { x0: left, y0: y, x1: left + token.length * 20, y1: y + 40 },
    });
    left += token.length * 20 + 15;
  }
  return { words };
}

describe('draft notes from recognised lines', () => {
  it('OCR-2 cuts a line where two notes sit side by side, and joins the lines stacked on each note', () => {
    const lines = [
      line(100, 100, 'Écouter les équipes  Mieux partager'),
      line(150, 700, 'les décisions'),
      line(600, 100, 'Plus de temps'),
      line(650, 100, 'pour innover'),
    ];
    const notes = draftNotesFrom(lines, 'notes');
    expect(notes.map((n) => n.text)).toEqual([
      'Écouter les équipes',
      'Mieux partager les décisions',
      'Plus de temps pour innover',
    ]);
    expect(notes[2]?.box).toEqual({ x0: 100, y0: 600, x1: 350, y1: 690 });
  });

  it('OCR-2 keeps every line apart on a flipchart', () => {
    const lines = [line(100, 100, 'Plus de temps'), line(150, 100, 'pour innover')];
    expect(draftNotesFrom(lines, 'lines').map((n) => n.text)).toEqual(['Plus de temps', 'pour innover']);
  });

  it('OCR-2 drops noise: low confidence, no letters, bullets and stray strokes', () => {
    const lines = [
      line(100, 100, '~ —', 90),
      line(400, 100, 'gribouillis', 20),
      line(700, 100, '• Oser dire', 88),
    ];
    expect(draftNotesFrom(lines, 'notes').map((n) => n.text)).toEqual(['Oser dire']);
    expect(draftNotesFrom([], 'notes')).toEqual([]);
  });

  it('OCR-4 cleans and folds texts for comparison', () => {
    expect(cleanText('  - Écouter   les\néquipes |')).toBe('Écouter les équipes');
    expect(foldText('Écouter, les ÉQUIPES !')).toBe('ecouter les equipes');
  });
});
