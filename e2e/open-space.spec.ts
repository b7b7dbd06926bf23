/**
 * Open Space (Forum Ouvert) on the day, French UI: the facilitator sets a grid (2 slots × 2
 * spaces), three phones propose topics on the marketplace and one is proposed for someone
 * without a phone; phones mark interests; the scheduler fills the wall; a late topic is dragged
 * onto the wall (a convener clash, flagged) and moved by keyboard (the flag goes); the scheduler
 * runs again keeping the wall and says why the topic left over is not placed; phones check in
 * (presence counts on the console), a scribe and a convener file reports from their phones, the
 * reports reach the news wall, and the proceedings (Word, PDF) and the action plan (CSV) carry
 * them. axe finds nothing on the phone, the console and the wall; no CSP violation or error.
 */
import { readFileSync } from 'node:fs';
import { expect, type Locator, type Page, test } from '@playwright/test';
import JSZip from 'jszip';
import { extractText, getDocumentProxy } from 'unpdf';
import { expectCurrentActivity, voteDots } from './support/activities.ts';
import { expectNoAxeViolations, expectNoHorizontalScroll } from './support/axe.ts';
import { consoleUrl, setUpWorkshop } from './support/facilitator.ts';
import { connectionStatus, joinAs, newPhone, PHONE } from './support/participant.ts';
import { type Complaints, watchContext } from './support/watch.ts';

const BUDGET = 'Budget participatif';
const MOBILITY = 'Mobilité douce';
const CANTEEN = 'Cantine locale';
const LIBRARY = 'Bibliothèque de rue';
const GARDEN = 'Jardin partagé';
const BUDGET_PROPOSALS = ['Voter le budget en ligne', 'Ouvrir un atelier par quartier'];
const CANTEEN_PROPOSAL = 'Acheter aux producteurs locaux';

async function propose(phone: Page, title: string, description = ''): Promise<void> {
  const os = phone.getByTestId('open-space');
  await os.getByLabel('Titre du sujet').fill(title);
  if (description) await os.getByLabel('Description (facultative)').fill(description);
  await os.getByRole('button', { name: 'Proposer le sujet' }).click();
  await expect(os.getByTestId('os-propose-status')).toHaveText('Sujet proposé : vous l’animez.');
}

function topicOn(phone: Page, title: string): Locator {
  return phone.getByTestId('os-topic').filter({ hasText: title });
}

async function markInterest(phone: Page, title: string): Promise<Locator> {
  const toggle = topicOn(phone, title).getByRole('button', { name: /Ça m’intéresse/ });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  return toggle;
}

function cardOf(console: Page, title: string): Locator {
  return console.getByTestId('os-card').filter({ has: console.getByText(title, { exact: true }) });
}

/** The cell a card sits in, as `slot|space`. */
async function cellOf(console: Page, title: string): Promise<{ slot: string; space: string }> {
  const cell = console.getByTestId('os-cell').filter({ has: cardOf(console, title) });
  await expect(cell).toHaveCount(1);
  return {
    slot: (await cell.getAttribute('data-slot')) ?? '',
    space: (await cell.getAttribute('data-space')) ?? '',
  };
}

function cell(console: Page, slot: string, space: string): Locator {
  return console.locator(`[data-testid="os-cell"][data-slot="${slot}"][data-space="${space}"]`);
}

async function checkIn(phone: Page, title: string): Promise<void> {
  const here = phone
    .getByTestId('os-session')
    .filter({ hasText: title })
    .getByRole('button', { name: /J’y suis/ });
  await here.click();
  await expect(here).toHaveAttribute('aria-pressed', 'true');
  await expect(phone.getByTestId('os-checkin-status')).toHaveText('Présence enregistrée.');
}

/** A small PNG (8×8, one colour) standing in for a photo of a paperboard. */
const PAPERBOARD_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAgAAAAICAIAAABLbSncAAAAEklEQVR4nGP4z8CAFWEXHbQSACj/P8Fu7N9hAAAAAElFTkSuQmCC',
  'base64',
);

async function fileReport(
  phone: Page,
  session: string,
  lists: { keyPoints: string[]; proposals: string[]; nextSteps: string[] },
  photo?: Buffer,
): Promise<void> {
  const form = phone.getByTestId('os-report-form');
  await form.getByLabel('Session', { exact: true }).selectOption({ label: session });
  // The title starts as the session's.
  await expect(form.getByLabel('Titre du compte rendu')).toHaveValue(session);
  await form.getByLabel('Points clés').fill(lists.keyPoints.join('\n'));
  await form.getByLabel('Propositions').fill(lists.proposals.join('\n'));
  await form.getByLabel('Prochaines étapes').fill(lists.nextSteps.join('\n'));
  if (photo) {
    // A text file is refused with a sentence (before any upload); the photo is uploaded and shown.
    const input = form.getByLabel('Ajouter une photo');
    await input.setInputFiles({
      name: 'notes.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('pas une photo'),
    });
    await expect(form.getByTestId('os-photo-error')).toContainText('n’est pas une photo lisible');
    await input.setInputFiles({ name: 'paperboard.png', mimeType: 'image/png', buffer: photo });
    await expect(form.getByTestId('os-photo-status')).toHaveText('Photo ajoutée.');
    await expect(form.getByRole('img', { name: 'Photo 1 du compte rendu' })).toBeVisible();
  }
  await form.getByRole('button', { name: 'Envoyer le compte rendu' }).click();
  await expect(form.getByTestId('os-report-status')).toHaveText('Compte rendu envoyé.');
}

async function download(console: Page, name: string): Promise<Buffer> {
  const [file] = await Promise.all([
    console.waitForEvent('download'),
    console.getByRole('link', { name, exact: true }).click(),
  ]);
  return readFileSync(await file.path());
}

test('Open Space: marketplace, agenda wall, law of two feet, reports and proceedings', async ({
  browser,
}) => {
  test.setTimeout(300_000);
  const dialogs: string[] = [];

  // ---- Console and wall ----
  // A tall screen: the card and the cell it is dragged to are both in view (a drag that has to
  // scroll the page on the way is not one Chromium's drag emulation starts).
  const staff = await browser.newContext({ viewport: { width: 1280, height: 2400 } });
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

  // ---- The grid: 2 time slots × 2 spaces (it starts the Open Space) ----
  const panel = page.getByTestId('os-console');
  await expect(panel.getByRole('heading', { level: 2, name: 'Forum ouvert' })).toBeVisible();
  await panel.locator('summary', { hasText: 'Créneaux et espaces' }).click();
  const grid = panel.getByRole('form', { name: 'Créneaux et espaces' });
  await grid.getByLabel('Créneau 1 : nom').fill('Matin');
  await grid.getByLabel('Créneau 1 : début').fill('09:30');
  await grid.getByLabel('Créneau 1 : fin').fill('10:30');
  await grid.getByRole('button', { name: 'Ajouter un créneau' }).click();
  await grid.getByLabel('Créneau 2 : nom').fill('Après-midi');
  await grid.getByLabel('Espace 1 : nom').fill('Agora');
  await grid.getByLabel('Espace 1 : capacité').fill('30');
  await grid.getByRole('button', { name: 'Ajouter un espace' }).click();
  await grid.getByLabel('Espace 2 : nom').fill('Serre');
  // A wrong capacity is named before anything is sent.
  await grid.getByLabel('Espace 2 : capacité').fill('-3');
  await grid.getByRole('button', { name: 'Enregistrer la grille' }).click();
  await expect(grid.getByRole('alert')).toHaveText(
    'Espace 2 : la capacité est un nombre entier de 0 à 10 000.',
  );
  await expect(grid.getByLabel('Espace 2 : capacité')).toBeFocused();
  await grid.getByLabel('Espace 2 : capacité').fill('12');
  await grid.getByRole('button', { name: 'Enregistrer la grille' }).click();
  await expect(panel.getByTestId('os-grid-status')).toHaveText('Grille enregistrée.');

  // ---- Three phones propose topics; one for Denise, who has no phone ----
  const phoneContexts = await Promise.all([newPhone(browser), newPhone(browser), newPhone(browser)]);
  const phoneComplaints: Complaints[] = await Promise.all(phoneContexts.map((c) => watchContext(c)));
  const [amina, bruno, chloe] = await Promise.all(phoneContexts.map((c) => c.newPage()));
  if (!amina || !bruno || !chloe) throw new Error('three phones');
  for (const p of [amina, bruno, chloe]) p.on('dialog', (d) => dialogs.push(d.message()));
  await joinAs(amina, code, 'Amina');
  await joinAs(bruno, code, 'Bruno');
  await joinAs(chloe, code, 'Chloé');
  await expect(amina.getByRole('heading', { level: 2, name: 'Forum ouvert' })).toBeVisible();
  await propose(amina, BUDGET, 'Comment décider ensemble des dépenses du quartier ?');
  await propose(bruno, MOBILITY);
  await propose(chloe, CANTEEN);
  await panel.getByText('Proposer pour quelqu’un sans téléphone').click();
  await panel.getByLabel('Nom de la personne qui anime').fill('Denise');
  await panel.getByLabel('Titre du sujet').fill(LIBRARY);
  await panel.getByRole('button', { name: 'Proposer le sujet' }).click();
  await expect(panel.getByTestId('os-proxy-status')).toHaveText('Sujet proposé pour Denise.');
  for (const phone of [amina, bruno, chloe]) await expect(phone.getByTestId('os-topic')).toHaveCount(4);
  await expect(topicOn(bruno, LIBRARY)).toContainText('Animé par Denise');
  await expect(topicOn(amina, BUDGET)).toContainText('Vous animez ce sujet');
  await expect(topicOn(amina, BUDGET).getByRole('button')).toHaveCount(0);

  // ---- Interests (toggle buttons), counted on the console ----
  await markInterest(bruno, BUDGET);
  await markInterest(chloe, BUDGET);
  await markInterest(amina, MOBILITY);
  await markInterest(bruno, CANTEEN);
  const changedMind = await markInterest(chloe, LIBRARY);
  await changedMind.click();
  await expect(changedMind).toHaveAttribute('aria-pressed', 'false');
  // Phones are sent the counts after every change (others' interests stay with the staff).
  await expect(topicOn(bruno, BUDGET).getByTestId('os-interest-count')).toHaveText('2 personnes intéressées');
  await expect(topicOn(amina, BUDGET).getByTestId('os-interest-count')).toHaveText('2 personnes intéressées');
  const adminTopic = (title: string) => panel.getByTestId('os-admin-topic').filter({ hasText: title });
  await expect(adminTopic(BUDGET).getByTestId('os-admin-interest')).toHaveText('2 personnes intéressées');
  await expect(adminTopic(LIBRARY).getByTestId('os-admin-interest')).toHaveText('0 personne intéressée');
  await expectNoAxeViolations(amina);
  await expectNoHorizontalScroll(amina, PHONE.width);

  // ---- The scheduler fills the wall ----
  await panel.getByRole('button', { name: 'Calculer le programme' }).click();
  await expect(panel.getByTestId('os-schedule-status')).toHaveText('Programme calculé.');
  await expect(panel.getByTestId('os-last-run')).toBeVisible();
  await expect(panel.getByTestId('os-card')).toHaveCount(4);
  const wallAgenda = wall.getByTestId('os-wall-agenda');
  for (const title of [BUDGET, MOBILITY, CANTEEN, LIBRARY]) await expect(wallAgenda).toContainText(title);
  await expect(wallAgenda).toContainText('Animé par Denise');
  await expect(amina.getByTestId('os-my-agenda')).toContainText(BUDGET);
  await expect(amina.getByTestId('os-my-agenda')).toContainText(MOBILITY);

  // ---- A late topic, dragged onto the wall next to its convener's other session: flagged ----
  await propose(amina, GARDEN);
  const offWall = panel.getByTestId('os-offwall');
  await expect(offWall.getByTestId('os-card')).toHaveCount(1);
  await expect(offWall).toContainText(GARDEN);
  const budgetAt = await cellOf(page, BUDGET);
  const besideBudget = page.locator(
    `[data-testid="os-cell"][data-slot="${budgetAt.slot}"]:not([data-space="${budgetAt.space}"])`,
  );
  const displaced = (
    (await besideBudget.getByTestId('os-card').locator('.os-card-title').textContent()) ?? ''
  ).trim();
  // The wall opened last is the front tab; the facilitator drags on the console.
  await page.bringToFront();
  await cardOf(page, GARDEN).dragTo(besideBudget, { sourcePosition: { x: 12, y: 12 } });
  await expect(besideBudget).toContainText(GARDEN);
  await expect(offWall).toContainText(displaced);
  for (const title of [BUDGET, GARDEN])
    await expect(cardOf(page, title).getByTestId('os-flag')).toHaveText(
      '⚠ Personne qui anime déjà prise sur ce créneau',
    );

  // ---- Moved by keyboard to the other slot: the clash is gone ----
  const gardenAt = await cellOf(page, GARDEN);
  const otherSlot = gardenAt.slot === 'slot1' ? 'slot2' : 'slot1';
  const traded = (
    (await cell(page, otherSlot, gardenAt.space).locator('.os-card-title').textContent()) ?? ''
  ).trim();
  const pickUp = cardOf(page, GARDEN).getByRole('button', { name: `Déplacer au clavier : ${GARDEN}` });
  await pickUp.focus();
  await page.keyboard.press('Enter');
  const announce = page.getByTestId('os-announce');
  await expect(announce).toContainText(`Déplacement de « ${GARDEN} »`);
  await expect(cell(page, gardenAt.slot, gardenAt.space).getByRole('button')).toBeFocused();
  await page.keyboard.press(otherSlot === 'slot2' ? 'ArrowDown' : 'ArrowUp');
  await expect(cell(page, otherSlot, gardenAt.space).getByRole('button')).toBeFocused();
  await expect(announce).toContainText(`occupée par « ${traded} »`);
  await page.keyboard.press('Enter');
  await expect(cell(page, otherSlot, gardenAt.space)).toContainText(GARDEN);
  await expect(cell(page, gardenAt.slot, gardenAt.space)).toContainText(traded);
  await expect(announce).toContainText(`« ${GARDEN} » déplacé vers`);
  await expect(
    cardOf(page, GARDEN).getByRole('button', { name: `Déplacer au clavier : ${GARDEN}` }),
  ).toBeFocused();
  await expect(panel.getByTestId('os-flag')).toHaveCount(0);

  // ---- "Move to…" and "Take off the wall", then back as it was ----
  const SLOT_LABEL: Record<string, string> = { slot1: 'Matin (09:30–10:30)', slot2: 'Après-midi' };
  const SPACE_NAME: Record<string, string> = { space1: 'Agora', space2: 'Serre' };
  const gardenCell = `${SLOT_LABEL[otherSlot]} · ${SPACE_NAME[gardenAt.space]}`;
  const displacedCard = cardOf(page, displaced);
  await displacedCard
    .getByLabel(`Déplacer « ${displaced} » vers`)
    .selectOption({ label: `${gardenCell} (${GARDEN})` });
  await displacedCard.getByRole('button', { name: `Déplacer : ${displaced}` }).click();
  await expect(cell(page, otherSlot, gardenAt.space)).toContainText(displaced);
  await expect(offWall).toContainText(GARDEN);
  await cardOf(page, displaced)
    .getByRole('button', { name: `Retirer du mur : ${displaced}` })
    .click();
  await expect(panel.getByTestId('os-move-status')).toHaveText(`« ${displaced} » retiré du mur.`);
  await expect(cell(page, otherSlot, gardenAt.space)).toContainText('Libre');
  await cardOf(page, GARDEN).getByLabel(`Déplacer « ${GARDEN} » vers`).selectOption({ label: gardenCell });
  await cardOf(page, GARDEN)
    .getByRole('button', { name: `Déplacer : ${GARDEN}` })
    .click();
  await expect(cell(page, otherSlot, gardenAt.space)).toContainText(GARDEN);
  await expect(offWall.getByTestId('os-card')).toHaveCount(1);
  await expect(offWall).toContainText(displaced);

  // ---- The scheduler again, keeping the wall: the topic left over has no free cell ----
  await panel.getByLabel('Garder les sessions déjà sur le mur à leur place').check();
  await panel.getByRole('button', { name: 'Calculer le programme' }).click();
  await expect(panel.getByTestId('os-unplaced')).toHaveText(`${displaced} — plus aucune case libre`);
  await expect(cell(page, otherSlot, gardenAt.space)).toContainText(GARDEN);
  await expectNoAxeViolations(page);

  // ---- Law of two feet: phones check in, the console counts ----
  await checkIn(amina, BUDGET);
  await checkIn(bruno, BUDGET);
  await checkIn(chloe, CANTEEN === displaced ? GARDEN : CANTEEN);
  await expect(amina.getByTestId('os-slot').filter({ hasText: BUDGET }).getByTestId('os-where')).toHaveText(
    `Vous êtes à « ${BUDGET} » (${budgetAt.space === 'space1' ? 'Agora' : 'Serre'}).`,
  );
  await expect(cardOf(page, BUDGET).getByTestId('os-present')).toHaveText('2 présent·es');
  await expect(chloe.getByTestId('os-session').filter({ hasText: BUDGET })).toContainText('2 présent·es');
  await expect(wallAgenda.getByTestId('os-wall-cell').filter({ hasText: BUDGET })).toContainText(
    '2 présent·es',
  );

  // ---- Reports: Bruno as scribe of Budget, Chloé as convener of Cantine ----
  await expect(chloe.getByTestId('os-report-form').getByLabel('Session', { exact: true })).not.toContainText(
    BUDGET,
  );
  await fileReport(
    bruno,
    BUDGET,
    {
      keyPoints: ['Un budget par quartier'],
      proposals: BUDGET_PROPOSALS,
      nextSteps: ['Rediger la charte du budget'],
    },
    PAPERBOARD_PNG,
  );
  await fileReport(chloe, CANTEEN, {
    keyPoints: ['Des repas faits sur place'],
    proposals: [CANTEEN_PROPOSAL],
    nextSteps: ['Visiter une ferme'],
  });
  const news = wall.getByTestId('os-report');
  await expect(news).toHaveCount(2);
  await expect(news.first()).toContainText(CANTEEN_PROPOSAL);
  await expect(news.nth(1)).toContainText(BUDGET_PROPOSALS[1]!);
  await expect(news.nth(1)).toContainText('Déposé par Bruno');
  await expect(amina.getByTestId('os-report')).toHaveCount(2);
  await expectNoAxeViolations(bruno);
  await expectNoAxeViolations(wall);
  await expectNoAxeViolations(page);

  // ---- Proceedings (Word, PDF) and action plan (CSV) ----
  const docx = await download(page, 'Télécharger les actes (Word)');
  expect(docx.subarray(0, 2).toString('latin1')).toBe('PK');
  const zip = await JSZip.loadAsync(docx);
  // Bruno's photo is embedded in the Budget report.
  expect(Object.keys(zip.files).filter((f) => /^word\/media\/.+\.jpe?g$/.test(f))).toHaveLength(1);
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  const docxText = [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('\n');
  for (const text of [BUDGET, CANTEEN, ...BUDGET_PROPOSALS, CANTEEN_PROPOSAL, 'Bruno', 'Amina'])
    expect(docxText).toContain(text);
  const pdf = await download(page, 'Télécharger les actes (PDF)');
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const { text: pdfText } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), {
    mergePages: true,
  });
  const flat = pdfText.replace(/\s+/g, ' ');
  for (const text of [BUDGET, CANTEEN, ...BUDGET_PROPOSALS, CANTEEN_PROPOSAL]) expect(flat).toContain(text);
  const csv = (await download(page, 'Télécharger le plan d’action (CSV)')).toString('utf8');
  const rows = csv
    .replace(/^\uFEFF/, '')
    .trim()
    .split(/\r\n/);
  expect(rows[0]).toBe('Proposition,Action,Session,Responsable pressenti');
  for (const proposal of [...BUDGET_PROPOSALS, CANTEEN_PROPOSAL])
    expect(rows.some((r) => r.includes(proposal))).toBe(true);
  expect(rows.find((r) => r.includes(BUDGET_PROPOSALS[0]!))).toContain(`${BUDGET},Amina`);

  // ---- Convergence: a dot vote over the proposals, then the action plan of the kept ones ----
  const convergence = page.getByRole('region', { name: 'Convergence : voter sur les propositions' });
  await expect(convergence).toContainText('3 propositions issues des comptes rendus.');
  await convergence.getByLabel('Gommettes par participant').fill('2');
  await convergence.getByRole('button', { name: 'Ouvrir le vote par gommettes' }).click();
  const VOTE = 'Vote sur les propositions du forum';
  await Promise.all([amina, bruno, chloe].map((p) => expectCurrentActivity(p, 'dots', VOTE)));
  const [online, perDistrict] = BUDGET_PROPOSALS as [string, string];
  await voteDots(amina, { [CANTEEN_PROPOSAL]: 2 });
  await voteDots(bruno, { [CANTEEN_PROPOSAL]: 1, [perDistrict]: 1 });
  await voteDots(chloe, { [perDistrict]: 1 });
  const ranked = convergence.getByRole('listitem');
  await expect(convergence).toContainText('3 votants');
  await expect(ranked.first()).toContainText(`${CANTEEN_PROPOSAL}3 gommettes`);
  await expect(ranked.nth(1)).toContainText(`${perDistrict}2 gommettes`);
  await expect(ranked.nth(2)).toContainText(`${online}0 gommette`);
  // The most voted are kept (those with dots); the facilitator may change that before downloading.
  await expect(convergence.getByRole('checkbox', { name: online })).not.toBeChecked();
  const kept = (await download(page, 'Télécharger le plan d’action (2 retenues, CSV)')).toString('utf8');
  const keptRows = kept
    .replace(/^\uFEFF/, '')
    .trim()
    .split(/\r\n/);
  expect(keptRows).toHaveLength(3);
  expect(keptRows[1]).toContain(CANTEEN_PROPOSAL);
  expect(keptRows[2]).toContain(perDistrict);
  await expectNoAxeViolations(page);

  // ---- No dialog, CSP violation, page error or console error anywhere ----
  expect(dialogs).toEqual([]);
  for (const complaints of [staffComplaints, ...phoneComplaints]) {
    expect(complaints.csp).toEqual([]);
    expect(complaints.pageErrors).toEqual([]);
    expect(complaints.consoleErrors).toEqual([]);
  }
  await Promise.all(phoneContexts.map((c) => c.close()));
  await staff.close();
});
