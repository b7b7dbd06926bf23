import { describe, expect, it } from 'vitest';
import { renderProgrammePdf } from './programme-pdf.ts';
import { readPdf, scheduledTitles, seminarMission, smallestWorkshop, squash } from './test-helpers.ts';

describe('renderProgrammePdf', () => {
  it('lists every sequence with its times, breaks included (fr)', async () => {
    const { mission, workshop } = seminarMission('fr');
    const { text, pages } = await readPdf(await renderProgrammePdf(mission, workshop, 'fr'));
    const flat = squash(text);
    expect(flat).toContain('Séminaire : projet stratégique 2027–2031 Programme');
    expect(flat).toContain('Dates : jeudi 8 avril 2027 – vendredi 9 avril 2027');
    expect(flat).toContain('Lieu : Maison des associations, salle des Tilleuls');
    expect(flat).toContain('Jour 2 — vendredi 9 avril 2027');
    expect(flat).toContain(`Page ${pages} sur ${pages}`);
    for (const { time, title } of scheduledTitles(workshop)) {
      expect(flat).toContain(`${time.replace('–', ' – ')} ${title}`);
    }
    expect(flat).toContain('12:00 – 13:15 Déjeuner');
  });

  it('never prints facilitator notes, instructions, questions or roles', async () => {
    const { mission, workshop } = seminarMission('fr');
    const flat = squash((await readPdf(await renderProgrammePdf(mission, workshop, 'fr'))).text);
    expect(flat).not.toContain('Notes du facilitateur');
    expect(flat).not.toContain('Consigne');
    for (const s of workshop.sequences) {
      if (s.facilitatorNotes) expect(flat).not.toContain(squash(s.facilitatorNotes).slice(0, 40));
      if (s.instructions) expect(flat).not.toContain(squash(s.instructions).slice(0, 40));
      for (const q of s.questions) expect(flat).not.toContain(squash(q).slice(0, 40));
    }
  });

  it('uses English words for an English mission', async () => {
    const { mission, workshop } = seminarMission('en');
    const flat = squash((await readPdf(await renderProgrammePdf(mission, workshop, 'en'))).text);
    expect(flat).toContain('Seminar: strategic project 2027–2031 Programme');
    expect(flat).toContain('Venue: Maison des associations, Tilleuls room');
    expect(flat).toContain('Page 1 of');
    expect(flat).not.toContain('Facilitator notes');
  });

  it('renders the smallest workshop, remote', async () => {
    const { mission, workshop } = seminarMission('fr');
    const small = smallestWorkshop(workshop, { remote: true, place: '' });
    const { text, pages } = await readPdf(await renderProgrammePdf(mission, small, 'fr'));
    const flat = squash(text);
    expect(pages).toBe(1);
    expect(flat).toContain('Lieu : À distance');
    expect(flat).toContain('09:00 – 09:15 Accueil, cadre de la démarche et inclusion');
    expect(flat).not.toContain('Jour 2');
  });
});
