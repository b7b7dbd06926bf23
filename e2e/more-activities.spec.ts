/**
 * More live activities (French UI): the facilitator sets join questions, two phones join and
 * answer them (one with a nickname made of HTML, which must stay literal text everywhere and
 * run nothing), then a scale, a scoring grid, a word cloud with a note deleted for good, and
 * an annotated reading of a pasted text; reactions and a ready check. Every result is checked
 * exactly on the wall; axe finds nothing on the console, the phones and the wall; no dialog,
 * CSP violation, page error or console error anywhere.
 */
import { expect, type Locator, type Page, test } from '@playwright/test';
import {
  activityForm,
  ballotStatus,
  closeActivity,
  showResultsOnWall,
  submitActivity,
} from './support/activities.ts';
import { expectNoAxeViolations, expectNoHorizontalScroll } from './support/axe.ts';
import { consoleUrl, setUpWorkshop } from './support/facilitator.ts';
import {
  chooseNickname,
  connectionStatus,
  enterCode,
  newPhone,
  outboxItem,
  PHONE,
} from './support/participant.ts';
import { type Complaints, watchContext } from './support/watch.ts';

const HTML_NICKNAME = '<script>alert(1)</script><b>x</b>';
const AMINA = 'Amina';

// ---- Join questions ----
const SERVICE = { label: 'Service', options: ['Ventes', 'Finance', 'RH'] } as const;
const SITE = 'Site';

// ---- Reading ----
const CHARTER = [
  'Charte de nos réunions',
  '',
  'Article 1. Chacun parle à son tour. Le temps de parole est partagé.',
  '',
  'Article 2. Les décisions se prennent par consentement : une objection doit être motivée.',
].join('\n');
const B_PASSAGE = 'Chacun parle à son tour.';
const A_PASSAGE_1 = 'parle à son tour. Le temps de parole';
const A_PASSAGE_2 = 'Les décisions se prennent par consentement';

/** The console's form, filled for one of the new kinds (the shared helper knows the older ones). */
async function fillActivity(page: Page, kind: string, title: string): Promise<Locator> {
  const form = activityForm(page);
  await form.getByLabel('Type d’activité').selectOption(kind);
  await form.getByLabel('Titre', { exact: true }).fill(title);
  return form;
}

async function expectActivity(page: Page, kind: string, title: string): Promise<void> {
  const activity = page.getByTestId('activity');
  await expect(activity).toHaveAttribute('data-kind', kind);
  await expect(activity).toHaveAttribute('data-status', 'open');
  await expect(activity.getByRole('heading', { level: 2, name: title, exact: true })).toBeVisible();
}

test('scale, grid, word cloud, reading, reactions, ready check and join questions', async ({ browser }) => {
  test.setTimeout(300_000);
  const dialogs: string[] = [];

  // ---- Set-up (API), console and wall (UI) ----
  const staff = await browser.newContext();
  const staffComplaints = await watchContext(staff);
  const page = await staff.newPage();
  const workshop = await setUpWorkshop(page.request);
  const { code } = workshop;
  await page.goto(consoleUrl(workshop));
  await expect(connectionStatus(page)).toHaveText('Connecté');
  const wall = await staff.newPage();
  for (const p of [page, wall]) p.on('dialog', (d) => dialogs.push(d.message()));
  await wall.goto(`/wall/${code}`);
  await expect(wall.getByTestId('join-code')).toHaveText(code);

  // ---- Join questions: a required choice and a free answer ----
  const questions = page.getByRole('form', { name: 'Questions à l’arrivée' });
  await questions.getByRole('button', { name: 'Ajouter une question' }).click();
  await questions.getByLabel('Intitulé de la question 1').fill(SERVICE.label);
  await questions
    .getByLabel('Réponses possibles de la question 1 (facultatif)')
    .fill(SERVICE.options.join(', '));
  await questions.getByLabel('Réponse obligatoire à la question 1').check();
  await questions.getByRole('button', { name: 'Ajouter une question' }).click();
  await questions.getByLabel('Intitulé de la question 2').fill(SITE);
  await questions.getByRole('button', { name: 'Enregistrer les questions' }).click();
  await expect(questions.getByText('Questions enregistrées.')).toBeVisible();
  const saved = await page.request.get(
    `/api/organisations/${workshop.orgId}/live-sessions/${workshop.sessionId}`,
  );
  expect(((await saved.json()) as { session: { joinQuestions: unknown } }).session.joinQuestions).toEqual([
    { key: 'q1', label: SERVICE.label, options: [...SERVICE.options], required: true },
    { key: 'q2', label: SITE, options: [], required: false },
  ]);

  // ---- Two phones join, answering the questions ----
  const phoneContexts = await Promise.all([newPhone(browser), newPhone(browser)]);
  const phoneComplaints: Complaints[] = await Promise.all(phoneContexts.map((c) => watchContext(c)));
  const [a, b] = await Promise.all(phoneContexts.map((c) => c.newPage()));
  if (!a || !b) throw new Error('two phones');
  for (const p of [a, b]) p.on('dialog', (d) => dialogs.push(d.message()));

  await enterCode(a, code);
  const service = a.getByLabel('Service (obligatoire)');
  await expect(service).toBeVisible();
  await expect(service.locator('option')).toHaveText(['Choisir…', ...SERVICE.options]);
  await a.getByLabel('Pseudonyme').fill(AMINA);
  await a.getByRole('button', { name: 'Entrer', exact: true }).click();
  // Nothing sent: the required question says what it needs and takes the focus.
  await expect(service).toHaveAccessibleDescription('Répondez à cette question.');
  await expect(service).toBeFocused();
  await expectNoAxeViolations(a);
  await service.selectOption('Ventes');
  await a.getByLabel(SITE, { exact: true }).fill('Lyon');
  await chooseNickname(a, AMINA);

  await enterCode(b, code);
  await b.getByLabel('Service (obligatoire)').selectOption('RH');
  await chooseNickname(b, HTML_NICKNAME);

  // The server checks the answers too, naming the question it refuses.
  const refused = await page.request.post(`/api/join/${code}`, {
    data: { nickname: 'Zoé', attributes: { q1: 'Compta' } },
  });
  expect(refused.status()).toBe(400);
  expect(((await refused.json()) as { message: string }).message).toMatch(/^attributes\.q1: /);

  // ---- Roster: answers and counts, the HTML nickname as text ----
  const roster = page.getByTestId('roster');
  await roster.getByRole('button', { name: 'Actualiser la liste' }).click();
  await expect(roster.getByTestId('roster-row')).toHaveCount(2);
  await expect(roster.getByRole('heading', { name: 'Participants (2)' })).toBeVisible();
  const rowOf = (nickname: string) =>
    roster
      .getByTestId('roster-row')
      .filter({ has: page.getByRole('rowheader', { name: nickname, exact: true }) });
  await expect(rowOf(AMINA).getByRole('cell')).toHaveText(['Ventes', 'Lyon']);
  await expect(rowOf(HTML_NICKNAME).getByRole('cell')).toHaveText(['RH', '—']);
  await expect(roster.locator('script, b')).toHaveCount(0);
  const serviceCounts = roster.locator('[data-testid="answer-counts"][data-question="q1"] li');
  await expect(serviceCounts).toHaveText(['Ventes : 1', 'Finance : 0', 'RH : 1']);
  await expect(roster.locator('[data-testid="answer-counts"][data-question="q2"] li')).toHaveText([
    'Lyon : 1',
    'Sans réponse : 1',
  ]);

  // ---- Scale 1–5 with end labels ----
  let form = await fillActivity(page, 'scale', 'Notre énergie');
  await form.getByLabel('Valeur basse', { exact: true }).fill('1');
  await form.getByLabel('Valeur haute', { exact: true }).fill('5');
  await form.getByLabel('Sens de la valeur basse (facultatif)').fill('Épuisé');
  await form.getByLabel('Sens de la valeur haute (facultatif)').fill('En forme');
  const scale = await submitActivity(page, 'Notre énergie');
  for (const p of [a, b]) await expectActivity(p, 'scale', 'Notre énergie');
  await expect(a.getByRole('button', { name: '1 – Épuisé', exact: true })).toBeVisible();
  await a.getByRole('button', { name: '5 – En forme', exact: true }).click();
  await a.getByRole('button', { name: '4', exact: true }).click();
  await expect(a.getByRole('button', { name: '4', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect(a.getByRole('button', { name: '5 – En forme', exact: true })).toHaveAttribute(
    'aria-pressed',
    'false',
  );
  await b.getByRole('button', { name: '1 – Épuisé', exact: true }).click();
  for (const p of [a, b]) await expect(ballotStatus(p)).toHaveAttribute('data-state', 'sent');
  await expectNoAxeViolations(a);
  await expectNoHorizontalScroll(a, PHONE.width);
  await expect(wall.getByTestId('wall-activity')).toContainText('Votes reçus : 2');
  await showResultsOnWall(scale);
  const scaleBars = wall.getByTestId('result-bar');
  await expect(scaleBars).toHaveCount(5);
  for (const [value, count] of [
    [1, 1],
    [2, 0],
    [3, 0],
    [4, 1],
    [5, 0],
  ]) {
    await expect(wall.locator(`[data-testid="result-bar"][data-option="${value}"]`)).toHaveAttribute(
      'data-value',
      String(count),
    );
  }
  await expect(wall.locator('[data-testid="result-bar"][data-option="5"]')).toContainText('5 : En forme');
  await expect(wall.getByTestId('scale-mean')).toHaveText('Moyenne : 2,5 · Médiane : 2,5');
  await expectNoAxeViolations(wall);
  await closeActivity(page, scale);

  // ---- Scoring grid: two items on importance × urgency ----
  form = await fillActivity(page, 'grid', 'Nos chantiers');
  await form.getByLabel('Éléments à placer').fill('Recruter\nFormer');
  await form.getByLabel('Axe horizontal (par exemple Importance)').fill('Importance');
  await form.getByLabel('Axe vertical (par exemple Urgence)').fill('Urgence');
  const grid = await submitActivity(page, 'Nos chantiers');
  const place = async (p: Page, item: string, x: number, y: number) => {
    const group = p.getByRole('group', { name: `Placer « ${item} »`, exact: true });
    await group.getByLabel('Importance', { exact: true }).selectOption(String(x));
    await group.getByLabel('Urgence', { exact: true }).selectOption(String(y));
  };
  for (const p of [a, b]) await expectActivity(p, 'grid', 'Nos chantiers');
  // One axis only: the phone says which item is not placed and sends nothing.
  await a
    .getByRole('group', { name: 'Placer « Former »', exact: true })
    .getByLabel('Importance', { exact: true })
    .selectOption('2');
  await a.getByRole('button', { name: 'Envoyer mon vote', exact: true }).click();
  await expect(a.getByRole('alert')).toHaveText('Choisissez une valeur sur les deux axes pour : Former.');
  await expect(ballotStatus(a)).toHaveAttribute('data-state', 'none');
  await place(a, 'Recruter', 5, 4);
  await place(a, 'Former', 2, 1);
  await a.getByRole('button', { name: 'Envoyer mon vote', exact: true }).click();
  await place(b, 'Recruter', 3, 2);
  await b.getByRole('button', { name: 'Envoyer mon vote', exact: true }).click();
  for (const p of [a, b]) await expect(ballotStatus(p)).toHaveAttribute('data-state', 'sent');
  await expectNoAxeViolations(b);
  await expectNoHorizontalScroll(b, PHONE.width);
  await showResultsOnWall(grid);
  const gridRow = (id: string) => wall.locator(`[data-testid="grid-row"][data-option="${id}"]`);
  // Recruter: (5,4) and (3,2) → (4,3), high × high on 1–5; Former: (2,1) alone → low × low.
  await expect(gridRow('o1')).toHaveAttribute('data-mean-x', '4');
  await expect(gridRow('o1')).toHaveAttribute('data-mean-y', '3');
  await expect(gridRow('o1')).toHaveAttribute('data-quadrant', 'high-x-high-y');
  await expect(gridRow('o1').getByRole('cell')).toHaveText(['4', '3', '2', 'Importance haut, Urgence haut']);
  await expect(gridRow('o2').getByRole('cell')).toHaveText(['2', '1', '1', 'Importance bas, Urgence bas']);
  await expect(wall.getByTestId('grid-point')).toHaveCount(2);
  await expect(wall.locator('svg.grid-svg')).toContainText('Importance');
  await expect(wall.locator('svg.grid-svg')).toContainText('Urgence');
  await expectNoAxeViolations(wall);
  await closeActivity(page, grid);

  // ---- Word cloud, and a note deleted for good ----
  await fillActivity(page, 'words', 'Un mot pour cette matinée');
  const words = await submitActivity(page, 'Un mot pour cette matinée');
  const sendWords = async (p: Page, text: string) => {
    await p.getByLabel('Quelques mots').fill(text);
    await p.getByRole('button', { name: 'Envoyer', exact: true }).click();
    await expect(outboxItem(p, text)).toHaveAttribute('data-status', 'sent');
  };
  for (const p of [a, b]) await expectActivity(p, 'words', 'Un mot pour cette matinée');
  await expect(a.getByLabel('Quelques mots')).toHaveAttribute('maxlength', '60');
  await sendWords(a, 'Écoute');
  await sendWords(a, 'bienveillance');
  await sendWords(b, 'écoute');
  await sendWords(b, 'Appelez le 0612345678');
  await expect(words.getByTestId('contribution')).toHaveCount(4);
  const leak = words.getByTestId('contribution').filter({ hasText: '0612345678' });
  await leak
    .getByRole('button', { name: 'Supprimer définitivement : Appelez le 0612345678', exact: true })
    .click();
  const confirm = leak.getByRole('button', { name: 'Oui, supprimer définitivement', exact: true });
  await expect(confirm).toBeFocused();
  await expectNoAxeViolations(page);
  await confirm.click();
  await expect(words.getByTestId('contribution')).toHaveCount(3);
  await expect(page.getByText('Contribution supprimée définitivement.')).toBeVisible();
  await showResultsOnWall(words);
  const cloud = wall.getByTestId('cloud-word');
  await expect(cloud).toHaveCount(2);
  await expect(wall.locator('[data-testid="cloud-word"][data-word="écoute"]')).toHaveAttribute(
    'data-count',
    '2',
  );
  await expect(wall.locator('[data-testid="cloud-word"][data-word="bienveillance"]')).toHaveAttribute(
    'data-count',
    '1',
  );
  await expect(wall.getByTestId('wall-activity')).toContainText('Contributions : 3');
  await expect(wall.getByTestId('wall-activity')).not.toContainText('0612345678');
  await expectNoAxeViolations(wall);
  await closeActivity(page, words);

  // ---- Reading: a pasted text, a selected passage, a typed one, notes ----
  form = await fillActivity(page, 'reading', 'Lecture de la charte');
  await form.getByLabel('Titre du document').fill('Charte des réunions');
  await form.getByLabel('Texte du document').fill(CHARTER);
  await form.getByRole('button', { name: 'Ajouter le document' }).click();
  await expect(form.getByText('Document ajouté : Charte des réunions.')).toBeVisible();
  await expect(form.getByLabel('Document à lire').locator('option:checked')).toHaveText(
    `Charte des réunions (${CHARTER.length} caractères)`,
  );
  const reading = await submitActivity(page, 'Lecture de la charte');
  for (const p of [a, b]) {
    await expectActivity(p, 'reading', 'Lecture de la charte');
    await expect(p.getByTestId('reading-text')).toHaveText(CHARTER, { useInnerText: false });
  }
  // B selects a passage in the text, as a finger or a mouse would.
  await b.getByTestId('reading-text').evaluate((root, passage) => {
    const node = root.firstChild as Text;
    const start = (node.textContent ?? '').indexOf(passage);
    const range = document.createRange();
    range.setStart(node, start);
    range.setEnd(node, start + passage.length);
    const selection = document.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
  }, B_PASSAGE);
  await expect(b.getByLabel('Passage choisi')).toHaveValue(B_PASSAGE);
  await b.getByLabel('Votre note en marge').fill('On le rappelle en ouverture');
  await b.getByRole('button', { name: 'Ajouter la note', exact: true }).click();
  await expect(outboxItem(b, 'On le rappelle en ouverture')).toHaveAttribute('data-status', 'sent');
  await expect(b.getByTestId('reading-text').locator('mark')).toHaveText(B_PASSAGE);
  // A copies passages into the field instead (keyboard-only reading).
  await a.getByLabel('Passage choisi').fill('Cette phrase n’existe pas');
  await a.getByLabel('Votre note en marge').fill('Note perdue');
  await a.getByRole('button', { name: 'Ajouter la note', exact: true }).click();
  await expect(a.getByLabel('Passage choisi')).toHaveAccessibleDescription(
    'Ce passage n’est pas dans le texte : copiez-le tel quel.',
  );
  for (const [passage, note] of [
    [A_PASSAGE_1, 'Un bâton de parole ?'],
    [A_PASSAGE_2, 'Et si personne ne se prononce ?'],
  ] as const) {
    await a.getByLabel('Passage choisi').fill(passage);
    await a.getByLabel('Votre note en marge').fill(note);
    await a.getByRole('button', { name: 'Ajouter la note', exact: true }).click();
    await expect(outboxItem(a, note)).toHaveAttribute('data-status', 'sent');
  }
  await expectNoAxeViolations(a);
  await expectNoHorizontalScroll(a, PHONE.width);
  await showResultsOnWall(reading);
  // B's passage and A's first overlap: one passage with two notes, first; then A's second.
  const passages = wall.getByTestId('passage');
  await expect(passages).toHaveCount(2);
  const bStart = CHARTER.indexOf(B_PASSAGE);
  const a1Start = CHARTER.indexOf(A_PASSAGE_1);
  const a2Start = CHARTER.indexOf(A_PASSAGE_2);
  await expect(passages.nth(0)).toHaveAttribute('data-start', String(bStart));
  await expect(passages.nth(0)).toHaveAttribute('data-end', String(a1Start + A_PASSAGE_1.length));
  await expect(passages.nth(0)).toHaveAttribute('data-notes', '2');
  await expect(passages.nth(0).locator('blockquote')).toHaveText(A_PASSAGE_1);
  await expect(passages.nth(0).getByTestId('passage-note')).toHaveText([
    `On le rappelle en ouverture — ${HTML_NICKNAME}`,
    `Un bâton de parole ? — ${AMINA}`,
  ]);
  await expect(passages.nth(1)).toHaveAttribute('data-start', String(a2Start));
  await expect(passages.nth(1)).toHaveAttribute('data-end', String(a2Start + A_PASSAGE_2.length));
  await expect(passages.nth(1).getByTestId('passage-note')).toHaveText([
    `Et si personne ne se prononce ? — ${AMINA}`,
  ]);
  await expect(wall.locator('.passages script, .passages b')).toHaveCount(0);
  await expectNoAxeViolations(wall);

  // ---- Reactions: counted on the console and the wall ----
  await a.getByRole('button', { name: 'Bravo', exact: true }).click();
  await expect(a.getByText('Réaction envoyée : Bravo.')).toBeVisible();
  await b.getByRole('button', { name: 'D’accord', exact: true }).click();
  await expect(b.getByText('Réaction envoyée : D’accord.')).toBeVisible();
  for (const where of [page, wall]) {
    await expect(where.locator('[data-testid="reaction-count"][data-reaction="applause"]')).toContainText(
      'Bravo1',
    );
    await expect(where.locator('[data-testid="reaction-count"][data-reaction="agree"]')).toContainText(
      'D’accord1',
    );
    await expect(where.locator('[data-testid="reaction-count"][data-reaction="love"]')).toContainText(
      'J’adore0',
    );
  }

  // ---- Ready check: one ready, one not yet; a phone remembers its answer ----
  const readyCheck = page.getByTestId('ready-check');
  await readyCheck.getByRole('button', { name: 'Demander qui est prêt' }).click();
  for (const p of [a, b]) await expect(p.getByTestId('ready-banner')).toBeVisible();
  await a.getByRole('button', { name: 'Prêt·e', exact: true }).click();
  await expect(a.getByRole('button', { name: 'Prêt·e', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await b.getByRole('button', { name: 'Pas encore', exact: true }).click();
  await expect(b.getByRole('button', { name: 'Pas encore', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(readyCheck.getByTestId('ready-tally')).toHaveText('Prêt·es : 1 sur 2 connecté·es');
  await expect(readyCheck).toContainText('Pas encore : 1');
  await expectNoAxeViolations(b);
  await a.reload();
  await expect(connectionStatus(a)).toHaveText('Connecté');
  await expect(a.getByRole('button', { name: 'Prêt·e', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await readyCheck.getByRole('button', { name: 'Clore la vérification' }).click();
  for (const p of [a, b]) await expect(p.getByTestId('ready-banner')).toHaveCount(0);

  // ---- The HTML nickname stayed text everywhere; accessibility and complaints ----
  await expect(b.getByText(`en tant que ${HTML_NICKNAME}`)).toBeVisible();
  await closeActivity(page, reading);
  await expectNoAxeViolations(page);
  await expectNoAxeViolations(wall);
  expect(dialogs).toEqual([]);
  for (const complaints of [staffComplaints, ...phoneComplaints]) {
    expect(complaints.csp).toEqual([]);
    expect(complaints.pageErrors).toEqual([]);
    expect(complaints.consoleErrors).toEqual([]);
  }

  await Promise.all(phoneContexts.map((c) => c.close()));
  await staff.close();
});
