/**
 * Designing a mission, as a new facilitator does it (French UI): sign up, create an
 * organisation, create a mission from the "2-day seminar" template, then in the run-of-show
 * builder, with the keyboard only: reorder (Move down, Move to…), retime a sequence until a
 * warning shows, fix it; the changes are saved and survive a reload. Then the exports (DOCX,
 * PDFs, calendar) and the archive, imported into a second, independent Cercle instance.
 * axe-core finds no violation on the pages of the journey. A file that is not an archive is
 * refused with a readable message.
 */
import { readFileSync } from 'node:fs';
import { type Download, expect, type Locator, type Page, test } from '@playwright/test';
import JSZip from 'jszip';
import { expectNoAxeViolations } from './support/axe.ts';
import { createOrganisationInUi, newAccount, signUpInUi, unique } from './support/facilitator.ts';
import { startSecondServer } from './support/second-server.ts';
import { watchContext } from './support/watch.ts';

const TEMPLATE = /Projet stratégique d’une association \(séminaire de 2 jours\)/;
const MISSION_TITLE = 'Projet stratégique 2027–2031';
const STEP_TITLE = 'Séminaire stratégique (2 jours)';
const WORKSHOP_TITLE = 'Séminaire : projet stratégique 2027–2031';
const SEQUENCE_COUNT = 43;
/** "Participants attendus : 18", or with the registrations once the dashboard has them. */
const EXPECTS_18 = /^Participants( attendus : 18| : \d+ inscrits sur 18 attendus)$/;

const S = {
  welcome: 'Accueil, cadre de la démarche et inclusion',
  pairs: 'Entretiens croisés (Appreciative Inquiry) – Formation des binômes',
  aInterviewsB: 'Entretiens croisés (Appreciative Inquiry) – A interviewe B',
  swap: 'Entretiens croisés (Appreciative Inquiry) – On inverse les rôles',
  quartets: 'Entretiens croisés (Appreciative Inquiry) – Quatuors : récits croisés',
  patterns: 'Entretiens croisés (Appreciative Inquiry) – Récolte des motifs',
  plenaryShare: 'Entretiens croisés (Appreciative Inquiry) – Partage en plénière',
  break: 'Pause',
  read: 'Le diagnostic partagé – Lire',
  discuss: 'Le diagnostic partagé – Discuter',
  apply: 'Le diagnostic partagé – Appliquer',
  pooling: 'Mise en commun : forces et fragilités de l’association',
} as const;

/** The first twelve sequences once "pairs" went down one place and "pooling" moved to position 9. */
const REORDERED = [
  S.welcome,
  S.aInterviewsB,
  S.pairs,
  S.swap,
  S.quartets,
  S.patterns,
  S.plenaryShare,
  S.break,
  S.pooling,
  S.read,
  S.discuss,
  S.apply,
];

/** The next Monday after today (the templates keep their workshops on weekdays). */
function nextMonday(): string {
  const now = new Date();
  const d = new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()));
  d.setUTCDate(d.getUTCDate() + ((8 - d.getUTCDay()) % 7 || 7));
  return d.toISOString().slice(0, 10);
}

function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Keyboard activation: focus the control, then Enter (no mouse). */
async function press(control: Locator, key = 'Enter'): Promise<void> {
  await control.focus();
  await expect(control).toBeFocused();
  await control.page().keyboard.press(key);
}

function row(page: Page, title: string): Locator {
  return page
    .getByTestId('sequence-row')
    .filter({ has: page.getByTestId('sequence-title').getByText(title, { exact: true }) });
}

async function expectFirstTitles(page: Page, titles: readonly string[]): Promise<void> {
  await expect
    .poll(async () => (await page.getByTestId('sequence-title').allTextContents()).slice(0, titles.length))
    .toEqual(titles);
}

async function download(page: Page, link: Locator): Promise<{ file: Download; body: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), link.click()]);
  expect(await file.failure()).toBeNull();
  return { file, body: readFileSync((await file.path())!) };
}

test('a mission from a template: keyboard-only run of show, exports, archive into another instance', async ({
  browser,
}) => {
  // About 30 s alone, twice that next to another worker; the headroom is for slow CI machines.
  test.setTimeout(300_000);
  const context = await browser.newContext();
  const complaints = await watchContext(context);
  const page = await context.newPage();

  // ---- 1. Sign up, organisation, mission from the seminar template ----
  await signUpInUi(page, newAccount());
  const orgName = unique('Coopérative Horizons');
  const orgId = await createOrganisationInUi(page, orgName);
  await expect(page.getByText('Aucune mission pour l’instant.')).toBeVisible();

  const startsOn = nextMonday();
  const fromTemplate = page.getByRole('region', { name: 'À partir d’un modèle' });
  await fromTemplate.getByRole('radio', { name: TEMPLATE }).check();
  await fromTemplate.getByLabel('Date de début').fill(startsOn);
  await fromTemplate.getByLabel('Langue de la mission').selectOption('fr');
  await fromTemplate.getByRole('button', { name: 'Créer à partir du modèle' }).click();

  await expect(page).toHaveURL(/\/org\/[0-9a-f-]+\/missions\/[^/]+$/);
  const dashboardUrl = new URL(page.url()).pathname;
  await expect(page.getByRole('heading', { level: 1, name: MISSION_TITLE })).toBeVisible();
  const steps = page.getByTestId('mission-step');
  await expect(steps.first()).toBeVisible();
  for (const kind of ['interviews', 'deliverable', 'workshop']) {
    await expect(steps.and(page.locator(`[data-kind="${kind}"]`)).first()).toBeVisible();
  }
  const seminar = steps.filter({ has: page.getByRole('heading', { name: STEP_TITLE }) });
  await expect(seminar).toHaveAttribute('data-kind', 'workshop');
  await expect(seminar.getByTestId('step-participants')).toHaveText(EXPECTS_18);
  await expect(seminar.getByRole('button', { name: `Animer en direct « ${STEP_TITLE} »` })).toBeVisible();
  await expectNoAxeViolations(page);

  // ---- 2. The run of show, with its computed times ----
  await press(seminar.getByRole('link', { name: `Modifier le déroulé de « ${STEP_TITLE} »` }));
  await expect(page).toHaveURL(/\/workshops\/[^/]+$/);
  const builderUrl = new URL(page.url()).pathname;
  await expect(page.getByRole('heading', { level: 1, name: `Déroulé : ${WORKSHOP_TITLE}` })).toBeVisible();
  await expect(page.getByTestId('sequence-row')).toHaveCount(SEQUENCE_COUNT);
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
  await expect(page.getByTestId('warning')).toHaveCount(0);
  const time = (title: string) => row(page, title).getByTestId('sequence-time');
  await expect(time(S.welcome)).toHaveText('09:00–09:15');
  await expect(time(S.pairs)).toHaveText('09:15–09:20');
  await expect(time(S.aInterviewsB)).toHaveText('09:20–09:30');
  await expectNoAxeViolations(page);

  // ---- 3. Reorder with the keyboard ----
  const announcer = page.getByTestId('announcer');
  const down = page.getByRole('button', { name: `Descendre « ${S.pairs} »` });
  await press(down);
  await expect(announcer).toHaveText(`« ${S.pairs} » déplacé en position 3 sur ${SEQUENCE_COUNT}`);
  await expectFirstTitles(page, [S.welcome, S.aInterviewsB, S.pairs]);
  await expect(down).toBeFocused(); // focus follows the moved sequence
  await expect(time(S.aInterviewsB)).toHaveText('09:15–09:25');
  await expect(time(S.pairs)).toHaveText('09:25–09:30');

  await press(page.getByRole('button', { name: `Déplacer vers… « ${S.pooling} »` }));
  const position = page.getByLabel(`Nouvelle position de « ${S.pooling} »`);
  await expect(position).toBeFocused();
  await expect(position).toHaveValue('11');
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowUp');
  await expect(position).toHaveValue('8');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Déplacer', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(announcer).toHaveText(`« ${S.pooling} » déplacé en position 9 sur ${SEQUENCE_COUNT}`);
  await expect(position).toHaveCount(0);
  await expectFirstTitles(page, REORDERED);
  await expect(page.getByRole('button', { name: `Déplacer vers… « ${S.pooling} »` })).toBeFocused();
  await expect(time(S.pooling)).toHaveText('10:30–11:00');
  await expect(time(S.apply)).toHaveText('11:30–11:45');

  // ---- 4. Retime with the keyboard: a warning, then fixed ----
  await press(page.getByRole('button', { name: `Modifier « ${S.discuss} »` }));
  const editor = page.getByTestId('sequence-editor');
  await expect(editor).toBeVisible();
  await expect(editor.getByRole('heading', { name: /Modifier la séquence/ })).toBeFocused();
  const duration = editor.getByLabel('Durée (minutes)');
  await expect(duration).toHaveValue('20');
  await expect(editor.getByLabel('Titre', { exact: true })).toHaveValue(S.discuss);
  await expectNoAxeViolations(page);

  await duration.focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('300');
  await expect(row(page, S.discuss).getByTestId('sequence-duration')).toHaveText('300 min');
  await expect(time(S.discuss)).toHaveText('11:10–16:10');
  await expect(time(S.apply)).toHaveText('16:10–16:25');
  const overrun = page.locator('[data-testid="warning"][data-rule="RUN-1"]');
  await expect(overrun).toHaveCount(1);
  await expect(overrun).toContainText('RUN-1');
  const summary = page.getByTestId('warnings-summary');
  await expect(summary.locator('[data-testid="warning-summary-item"][data-rule="RUN-1"]')).toHaveCount(1);
  await expect(summary.getByRole('heading', { name: /^Points d’attention \([1-9]\d*\)$/ })).toBeVisible();

  await duration.focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('25');
  await expect(row(page, S.discuss).getByTestId('sequence-duration')).toHaveText('25 min');
  await expect(time(S.apply)).toHaveText('11:35–11:50');
  await expect(page.getByTestId('warning')).toHaveCount(0);
  await expect(page.getByTestId('warning-summary-item')).toHaveCount(0);
  await expect(summary).toContainText('Aucun point d’attention.');

  const saveStatus = page.getByTestId('save-status');
  await expect(saveStatus).toHaveAttribute('data-state', 'saved');
  await expect(saveStatus).toHaveText('Enregistré');

  await page.reload();
  await expect(page.getByTestId('sequence-row')).toHaveCount(SEQUENCE_COUNT);
  await expectFirstTitles(page, REORDERED);
  await expect(row(page, S.discuss).getByTestId('sequence-duration')).toHaveText('25 min');
  await expect(time(S.apply)).toHaveText('11:35–11:50');
  await expect(page.getByTestId('warning')).toHaveCount(0);
  await expect(saveStatus).toHaveAttribute('data-state', 'saved');

  // ---- 5. Exports, from the dashboard ----
  await page.getByRole('link', { name: 'Retour à la mission' }).click();
  await expect(page).toHaveURL(dashboardUrl);
  const onDashboard = page
    .getByTestId('mission-step')
    .filter({ has: page.getByRole('heading', { name: STEP_TITLE }) });

  const docx = await download(
    page,
    onDashboard.getByRole('link', { name: `Déroulé de « ${STEP_TITLE} » (DOCX)` }),
  );
  expect(docx.file.suggestedFilename()).toMatch(/\.docx$/);
  expect(docx.body.subarray(0, 2).toString('latin1')).toBe('PK');
  const documentXml = await (await JSZip.loadAsync(docx.body)).file('word/document.xml')?.async('string');
  expect(documentXml).toBeDefined();
  const docxText = [...(documentXml ?? '').matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)]
    .map((m) => m[1])
    .join('\n');
  expect(docxText).toContain(WORKSHOP_TITLE);
  expect(docxText).toContain(S.pooling);

  for (const name of [`Déroulé de « ${STEP_TITLE} » (PDF)`, `Programme de « ${STEP_TITLE} » (PDF)`]) {
    const pdf = await download(page, onDashboard.getByRole('link', { name }));
    expect(pdf.file.suggestedFilename()).toMatch(/\.pdf$/);
    expect(pdf.body.subarray(0, 4).toString('latin1')).toBe('%PDF');
  }

  const ics = await download(page, page.getByRole('link', { name: 'Calendrier (.ics)' }));
  expect(ics.file.suggestedFilename()).toMatch(/\.ics$/);
  const calendar = ics.body.toString('utf8');
  expect(calendar).toContain('BEGIN:VEVENT');
  expect(calendar).toContain('TZID=Europe/Paris');
  // The seminar's first day: 38 days after the start, 09:00 Paris time.
  const firstDay = addDays(startsOn, 38).replaceAll('-', '');
  expect(calendar).toContain(`DTSTART;TZID=Europe/Paris:${firstDay}T090000`);

  const archive = await download(page, page.getByRole('link', { name: 'Archive de la mission (.json)' }));
  expect(archive.file.suggestedFilename()).toMatch(/\.json$/);
  const archived = JSON.parse(archive.body.toString('utf8')) as {
    format: string;
    mission: { title: string };
  };
  expect(archived.format).toBe('cercle.mission');
  expect(archived.mission.title).toBe(MISSION_TITLE);

  // ---- 7. The mission list (organisation page) ----
  await page.goto(`/org/${orgId}`);
  await expect(page.getByRole('heading', { level: 1, name: orgName })).toBeVisible();
  await expect(page.getByTestId('mission-row')).toHaveCount(1);
  await expect(page.getByTestId('mission-row')).toContainText(MISSION_TITLE);
  await expect(page.getByRole('radio', { name: TEMPLATE })).toBeVisible();
  await expectNoAxeViolations(page);

  expect(complaints.pageErrors).toEqual([]);
  expect(complaints.csp).toEqual([]);
  await context.close();

  // ---- 6. The archive, imported into another Cercle instance ----
  const second = await startSecondServer();
  try {
    const elsewhere = await browser.newContext({ baseURL: second.url });
    const other = await elsewhere.newPage();
    await signUpInUi(other, newAccount('Dominique Importatrice'));
    await createOrganisationInUi(other, unique('Autre collectif'));
    const importForm = other.getByRole('region', { name: 'Importer une archive' });
    await importForm.getByLabel('Archive de mission (.json)').setInputFiles({
      name: archive.file.suggestedFilename(),
      mimeType: 'application/json',
      buffer: archive.body,
    });
    await importForm.getByRole('button', { name: 'Importer la mission' }).click();
    await expect(other).toHaveURL(/\/org\/[0-9a-f-]+\/missions\/[^/]+$/);
    await expect(other.getByRole('heading', { level: 1, name: MISSION_TITLE })).toBeVisible();
    const imported = other
      .getByTestId('mission-step')
      .filter({ has: other.getByRole('heading', { name: STEP_TITLE }) });
    await expect(imported.getByTestId('step-participants')).toHaveText(EXPECTS_18);
    await imported.getByRole('link', { name: `Modifier le déroulé de « ${STEP_TITLE} »` }).click();
    await expect(other.getByRole('heading', { level: 1, name: `Déroulé : ${WORKSHOP_TITLE}` })).toBeVisible();
    await expect(other.getByTestId('sequence-row')).toHaveCount(SEQUENCE_COUNT);
    await expectFirstTitles(other, REORDERED);
    await expect(row(other, S.discuss).getByTestId('sequence-duration')).toHaveText('25 min');
    await expect(row(other, S.apply).getByTestId('sequence-time')).toHaveText('11:35–11:50');
    expect(new URL(other.url()).pathname).not.toBe(builderUrl);
    await elsewhere.close();
  } finally {
    await second.stop();
  }
});

test('importing a file that is not a mission archive shows a clear message', async ({ page }) => {
  await signUpInUi(page, newAccount());
  await createOrganisationInUi(page, unique('Collectif des Platanes'));
  const importForm = page.getByRole('region', { name: 'Importer une archive' });
  const file = importForm.getByLabel('Archive de mission (.json)');
  const submit = importForm.getByRole('button', { name: 'Importer la mission' });

  // Not JSON at all: refused in the browser, next to the field.
  await file.setInputFiles({
    name: 'notes.json',
    mimeType: 'application/json',
    buffer: Buffer.from('pas du JSON'),
  });
  await submit.click();
  await expect(importForm.getByText('Ce fichier ne contient pas de JSON valide.')).toBeVisible();
  await expect(file).toHaveAttribute('aria-invalid', 'true');

  // JSON, but not an archive: the server's refusal, translated.
  await file.setInputFiles({
    name: 'autre.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ format: 'other' })),
  });
  await submit.click();
  const error = page.getByTestId('import-error');
  await expect(error).toBeVisible();
  await expect(error).toHaveAttribute('role', 'alert');
  await expect(error).toContainText(
    'Import refusé : Ce fichier n’est pas une archive de mission Cercle prise en charge.',
  );
  const text = (await error.textContent()) ?? '';
  expect(text).not.toMatch(/\bat \S+ \(|\.tsx?:\d+|Error:|undefined|\[object Object\]/);
  await expect(page).toHaveURL(/\/org\/[0-9a-f-]+$/);
  await expect(page.getByTestId('mission-row')).toHaveCount(0);
});
