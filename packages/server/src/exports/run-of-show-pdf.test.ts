import { describe, expect, it } from 'vitest';
import { renderRunOfShowPdf } from './run-of-show-pdf.ts';
import { readPdf, scheduledTitles, seminarMission, smallestWorkshop, squash } from './test-helpers.ts';

describe('renderRunOfShowPdf', () => {
  it('is an A4 PDF with every sequence, its computed times and page numbers (fr)', async () => {
    const { mission, workshop } = seminarMission('fr');
    const buffer = await renderRunOfShowPdf(mission, workshop, 'fr');
    expect(buffer.subarray(0, 5).toString()).toBe('%PDF-');
    expect(buffer.toString('latin1')).toMatch(/\/MediaBox \[0 0 595\.2\d* 841\.8\d*\]/);
    const { text, pages } = await readPdf(buffer);
    const flat = squash(text);
    expect(pages).toBeGreaterThan(2);
    expect(flat).toContain(workshop.title);
    expect(flat).toContain('Jour 1 — jeudi 8 avril 2027 (09:00–17:30)');
    expect(flat).toContain(`Page 1 sur ${pages}`);
    for (const { time, title } of scheduledTitles(workshop)) {
      expect(flat).toContain(`${time} ${title}`);
    }
  });

  it('keeps accents extractable and prints the details with facilitator notes', async () => {
    const { mission, workshop } = seminarMission('fr');
    const flat = squash((await readPdf(await renderRunOfShowPdf(mission, workshop, 'fr'))).text);
    for (const snippet of [
      'Entretiens croisés (Appreciative Inquiry)',
      'Quels sont vos trois vœux ?',
      'fier·e',
      '« racontez-moi »',
      'Scénarios à 5 ans – Écriture des scénarios',
      'Importance × incertitude',
      'Notes du facilitateur (ne pas diffuser)',
      'Mêmes questions que le premier entretien.',
      'Productions à récolter',
      'En binômes',
      'Déplacement libre',
      'Déjeuner (Pause)',
    ]) {
      expect(flat).toContain(snippet);
    }
  });

  it('uses English labels for an English mission', async () => {
    const { mission, workshop } = seminarMission('en');
    const { text, pages } = await readPdf(await renderRunOfShowPdf(mission, workshop, 'en'));
    const flat = squash(text);
    expect(flat).toContain('Seminar: strategic project 2027–2031');
    expect(flat).toContain('Facilitator notes (do not share)');
    expect(flat).toContain(`Page 1 of ${pages}`);
    expect(flat).toContain('Lunch (Break)');
    expect(flat).not.toContain('Notes du facilitateur');
  });

  it('renders the smallest workshop on one page', async () => {
    const { mission, workshop } = seminarMission('fr');
    const { text, pages } = await readPdf(
      await renderRunOfShowPdf(mission, smallestWorkshop(workshop), 'fr'),
    );
    expect(pages).toBe(1);
    expect(squash(text)).toContain('09:00–09:15 Accueil, cadre de la démarche et inclusion');
    expect(text).not.toContain('Jour 2');
  });
});
