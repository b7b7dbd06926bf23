import { describe, expect, it } from 'vitest';
import { renderRunOfShowDocx } from './run-of-show-docx.ts';
import { readDocx, scheduledTitles, seminarMission, smallestWorkshop } from './test-helpers.ts';

describe('renderRunOfShowDocx', () => {
  it('prints the title block, every sequence with its computed times, and its details (fr)', async () => {
    const { mission, workshop } = seminarMission('fr');
    const buffer = await renderRunOfShowDocx(mission, workshop, 'fr');
    const { text, files } = await readDocx(buffer);

    expect(buffer.subarray(0, 2).toString()).toBe('PK');
    expect(files).toContain('word/footer1.xml');
    for (const fact of [
      workshop.title,
      'Déroulé détaillé',
      mission.title,
      'Association Horizons Solidaires',
      'jeudi 8 avril 2027 – vendredi 9 avril 2027',
      'Maison des associations, salle des Tilleuls',
      'Participants attendus\u00a0: 18',
      'Claire Martin, Julien Roux (facilitation graphique)',
      workshop.objective,
      'Jour 1 — jeudi 8 avril 2027 (09:00–17:30)',
      'Jour 2 — vendredi 9 avril 2027 (09:00–17:30)',
    ]) {
      expect(text).toContain(fact);
    }
    const lines = text.split('\n');
    for (const { time, title } of scheduledTitles(workshop)) {
      expect(lines).toContain(time);
      expect(text).toContain(title);
    }
    expect(lines).toContain('09:00–09:15');
    expect(text).toContain('Entretiens croisés (Appreciative Inquiry) – A interviewe B');
  });

  it('keeps French accents and punctuation, numbers questions and marks facilitator notes', async () => {
    const { mission, workshop } = seminarMission('fr');
    const { text } = await readDocx(await renderRunOfShowDocx(mission, workshop, 'fr'));
    expect(text).toContain(
      '3. Nous sommes en 2031 et l’association a réussi au-delà de vos espérances : que voyez-vous ? Quels sont vos trois vœux ?',
    );
    expect(text).toContain('« racontez-moi »');
    expect(text).toContain('Notes du facilitateur (ne pas diffuser)');
    expect(text).toContain('Mêmes questions que le premier entretien.');
    for (const label of [
      'Consigne aux participants',
      'Rôles',
      'Matériel',
      'Productions à récolter',
      'Intervieweur\u00a0: Pose les questions',
    ]) {
      expect(text).toContain(label);
    }
    for (const form of [
      'En binômes',
      'Groupes de 4',
      'Tables de 6',
      'Tables de 5',
      'Plénière',
      'Individuel',
    ]) {
      expect(text.split('\n')).toContain(form);
    }
    expect(text).toContain('Déplacement libre');
  });

  it('shades breaks and tags them', async () => {
    const { mission, workshop } = seminarMission('fr');
    const { xml, text } = await readDocx(await renderRunOfShowDocx(mission, workshop, 'fr'));
    expect(text.split('\n')).toContain('Pause');
    expect(text).not.toContain('Pause (Pause)');
    expect(text).toContain('Déjeuner (Pause)');
    expect(xml).toContain('w:fill="E7E6E6"');
  });

  it('uses English labels for an English mission', async () => {
    const { mission, workshop } = seminarMission('en');
    const { text } = await readDocx(await renderRunOfShowDocx(mission, workshop, 'en'));
    expect(text).toContain('Seminar: strategic project 2027–2031');
    expect(text).toContain('Detailed run of show');
    expect(text).toMatch(/Day 1 — Thursday,? 8 April 2027 \(09:00–17:30\)/);
    expect(text).toContain('Facilitator notes (do not share)');
    expect(text).toContain('Expected participants: 18');
    for (const word of ['In pairs', 'Tables of 5', 'Plenary', 'Free movement', 'Outputs to harvest']) {
      expect(text).toContain(word);
    }
    expect(text).not.toContain('Notes du facilitateur');
  });

  it('renders the smallest workshop: one day, one sequence', async () => {
    const { mission, workshop } = seminarMission('fr');
    const small = smallestWorkshop(workshop, { remote: true, place: '' });
    const { text } = await readDocx(await renderRunOfShowDocx(mission, small, 'fr'));
    expect(text).toContain('Accueil, cadre de la démarche et inclusion');
    expect(text).toContain('Lieu\u00a0: À distance');
    expect(text).not.toContain('Jour 2');
    expect(text).not.toContain('Entretiens croisés');
  });

  it('warns when a day runs past its planned end', async () => {
    const { mission, workshop } = seminarMission('fr');
    const late = smallestWorkshop(workshop, { days: [{ date: '2027-04-08', start: '09:00', end: '09:10' }] });
    const { text } = await readDocx(await renderRunOfShowDocx(mission, late, 'fr'));
    expect(text).toContain('Attention : la journée finit à 09:15, 5 min après l’horaire prévu.');
  });
});
