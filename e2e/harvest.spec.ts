/**
 * The harvest board: a workshop of the mission is run live, two phones write notes; the
 * facilitator finds them on the mission's harvest with their source, searches without accents,
 * accepts and renames suggested themes, makes a theme by hand from a selection, moves a note by
 * keyboard ("Move to…"), tags it, and axe finds nothing on the page.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, type Page, test } from '@playwright/test';
import JSZip from 'jszip';
import { expectNoAxeViolations } from './support/axe.ts';
import { csrfTokenOf, newAccount, signUpInUi, unique } from './support/facilitator.ts';
import { joinAs, newPhone, post } from './support/participant.ts';
import { renderPdfPages } from './support/pdf-pages.ts';

/** The server's own test image of a sticky-note wall (printed French notes, uneven light). */
const FIXTURES = fileURLToPath(new URL('../packages/server/src/photos/test-fixtures.ts', import.meta.url));

const NOTES: Record<string, string[]> = {
  Renard: [
    "Manque d'écoute entre les services",
    'Les services ne se parlent pas assez',
    'Réunions trop longues et trop nombreuses',
  ],
  Blaireau: [
    "Plus d'écoute et de dialogue entre services",
    'Réunions sans ordre du jour',
    'Raccourcir les réunions du lundi',
  ],
};

async function api<T>(page: Page, method: 'get' | 'post', url: string, data?: unknown): Promise<T> {
  const headers = { 'x-csrf-token': await csrfTokenOf(page.request) };
  const response = await page.request[method](url, { data, headers });
  expect(response.ok(), `${url}: ${response.status()} ${await response.text()}`).toBe(true);
  return (await response.json()) as T;
}

test('the harvest board: sources, search, suggested themes, themes by hand, tags, the report', async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(240_000);
  await signUpInUi(page, newAccount());
  const { organisation } = await api<{ organisation: { id: string } }>(page, 'post', '/api/organisations', {
    name: unique('Collectif'),
  });
  const orgId = organisation.id;
  const { mission } = await api<{
    mission: { id: string; title: string; steps: { workshop?: { id: string; title: string } }[] };
  }>(page, 'post', `/api/organisations/${orgId}/missions/from-template`, {
    templateId: 'management-seminar',
    startsOn: '2027-01-04',
    locale: 'fr',
  });
  const workshop = mission.steps.find((s) => s.workshop)?.workshop as { id: string; title: string };
  const { session } = await api<{ session: { code: string } }>(
    page,
    'post',
    `/api/organisations/${orgId}/missions/${mission.id}/workshops/${workshop.id}/live-sessions`,
  );

  // Two phones write their notes.
  for (const [nickname, notes] of Object.entries(NOTES)) {
    const context = await newPhone(browser);
    const phone = await context.newPage();
    await joinAs(phone, session.code, nickname);
    for (const note of notes) await expect(await post(phone, note)).toHaveAttribute('data-status', 'sent');
    await context.close();
  }

  // The mission page links to its harvest.
  await page.goto(`/org/${orgId}/missions/${mission.id}`);
  await page.getByRole('link', { name: 'Récolte', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Récolte — ${mission.title}`);
  await expect(page.getByRole('heading', { name: '6 contributions affichées sur 6' })).toBeVisible();
  const item = (text: string) => page.getByTestId('harvest-item').filter({ hasText: text });
  await expect(item("Manque d'écoute")).toContainText(`${workshop.title} — Renard`);

  // Search ignores accents and capitals.
  await page.getByLabel('Rechercher').fill('ECOUTE services');
  await page.getByRole('button', { name: 'Filtrer' }).click();
  await expect(page.getByRole('heading', { name: '2 contributions affichées sur 6' })).toBeVisible();
  await page.getByRole('button', { name: 'Effacer les filtres' }).click();
  await expect(page.getByTestId('harvest-item')).toHaveCount(6);
  await expectNoAxeViolations(page);

  // Suggested themes: two, the first renamed, both accepted.
  await page.getByLabel('Nombre de thèmes (vide : automatique)').fill('2');
  await page.getByRole('button', { name: 'Suggérer des thèmes' }).click();
  const suggestions = page.getByTestId('theme-suggestion');
  await expect(suggestions).toHaveCount(2);
  await expectNoAxeViolations(page);
  const meetings = suggestions.filter({ hasText: 'Réunions trop longues' });
  await meetings.getByLabel('Nom du thème').fill('Réunions');
  await page.getByRole('button', { name: 'Accepter les thèmes gardés' }).click();
  await expect(page.getByText('2 thèmes acceptés.')).toBeVisible();
  // By its title (other clusters list every name in their "Merge into…" menu).
  const cluster = (name: string) =>
    page
      .getByTestId('harvest-cluster')
      .filter({ has: page.locator('strong').getByText(name, { exact: true }) });
  await expect(cluster('Réunions')).toContainText('3 contributions');
  await expect(cluster('Réunions')).toContainText('suggéré');

  // A theme by hand from a selection, then a note moved into it by keyboard.
  await item('Raccourcir les réunions').getByLabel('Sélectionner').check();
  await page.getByLabel('Nom du thème', { exact: true }).last().fill('Le lundi');
  await page.getByRole('button', { name: 'Créer un thème avec la contribution sélectionnée' }).click();
  await expect(cluster('Le lundi')).toContainText('1 contribution');
  await expect(cluster('Réunions')).toContainText('2 contributions');
  const target = item('Réunions sans ordre du jour');
  await target.getByLabel('Déplacer vers…').selectOption({ label: 'Le lundi' });
  await target.getByRole('button', { name: 'Déplacer', exact: true }).click();
  await expect(cluster('Le lundi')).toContainText('2 contributions');
  await expect(item('Réunions sans ordre du jour')).toContainText('Thème : Le lundi');

  // Tags and verbatim.
  await item('Réunions sans ordre du jour')
    .getByLabel('Étiquettes (séparées par des virgules)')
    .fill('ordre, temps');
  await item('Réunions sans ordre du jour')
    .getByRole('button', { name: 'Enregistrer les étiquettes' })
    .click();
  await expect(item('Réunions sans ordre du jour')).toContainText('#temps');
  await page.getByLabel('Étiquette', { exact: true }).selectOption({ label: 'temps (1)' });
  await page.getByRole('button', { name: 'Filtrer' }).click();
  await expect(page.getByTestId('harvest-item')).toHaveCount(1);
  await expectNoAxeViolations(page);

  // A photo of a sticky-note wall: uploaded, its text read on the server, a note corrected and
  // accepted into the harvest.
  await page.getByRole('button', { name: 'Effacer les filtres' }).click();
  await expect(page.getByTestId('harvest-item')).toHaveCount(6);
  // Two notes that say the same thing: the second is marked a duplicate of the first.
  await item("Manque d'écoute").getByLabel('Sélectionner').check();
  await item("Plus d'écoute et de dialogue").getByLabel('Sélectionner').check();
  await page.getByRole('button', { name: 'Marquer la seconde comme doublon de la première' }).click();
  await expect(page.getByText('1 doublon marqué.')).toBeVisible();
  await expect(item("Plus d'écoute et de dialogue")).toContainText(
    "Doublon de « Manque d'écoute entre les services »",
  );
  const wall = testInfo.outputPath('wall.jpg');
  execFileSync(process.execPath, [
    '--import',
    'tsx',
    '--input-type=module',
    '-e',
    `import { stickyNoteWall } from ${JSON.stringify(FIXTURES)}; import { writeFileSync } from 'node:fs'; writeFileSync(${JSON.stringify(wall)}, await stickyNoteWall());`,
  ]);
  await page.getByLabel('Photo (JPEG, PNG, WebP ; 25 Mo au plus)').setInputFiles(wall);
  await page.getByLabel('Ce que montre la photo').selectOption({ label: 'Mur de post-it' });
  await page.getByLabel('Légende').fill('Mur du matin');
  await page.getByRole('button', { name: 'Ajouter la photo' }).click();
  await expect(page.getByText('Photo ajoutée')).toBeVisible();
  await expect(page.getByRole('img', { name: 'Mur du matin' })).toBeVisible();
  await page.getByRole('button', { name: 'Lire le texte' }).click();
  const drafts = page.getByTestId('photo-draft');
  await expect(drafts.first()).toBeVisible({ timeout: 60_000 });
  expect(await drafts.count()).toBeGreaterThanOrEqual(2);
  await expectNoAxeViolations(page);
  const first = drafts.first();
  await first.getByRole('textbox').fill('Écouter les équipes du terrain');
  await first.getByRole('button', { name: 'Accepter dans la récolte' }).click();
  await expect(page.getByText('Note acceptée : elle est dans la récolte.')).toBeVisible();
  await expect(item('Écouter les équipes du terrain')).toContainText('Photo : Mur du matin');
  await expect(page.getByRole('heading', { name: '7 contributions affichées sur 7' })).toBeVisible();

  // The mission report: an introduction, then Word and PDF downloads that carry it and the themes.
  await page.getByLabel('Introduction', { exact: true }).fill('Une journée de travail dense et sereine.');
  const [docx] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Télécharger (Word)' }).click(),
  ]);
  expect(docx.suggestedFilename()).toMatch(/\.docx$/);
  const zip = await JSZip.loadAsync(readFileSync(await docx.path()));
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  for (const text of ['Une journée de travail dense et sereine.', 'Réunions', 'Le lundi', mission.title])
    expect(xml).toContain(text.replace(/'/g, '&apos;'));
  const [pdf] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Télécharger (PDF)' }).click(),
  ]);
  expect(
    readFileSync(await pdf.path())
      .subarray(0, 5)
      .toString('latin1'),
  ).toBe('%PDF-');
  await expect(page.getByText('Rapport téléchargé.')).toBeVisible();

  // Its first pages, rendered to images (attached to the test report): A4, a cover with its
  // title in the top third, then pages of text.
  const rendered = await renderPdfPages(page.context(), readFileSync(await pdf.path()), 4, testInfo);
  expect(rendered.length).toBe(4);
  for (const r of rendered) {
    expect(r.height / r.width).toBeCloseTo(842 / 595, 2);
    expect(r.ink).toBeLessThan(0.2);
    expect(r.ink, 'no blank page').toBeGreaterThan(0.0005);
  }
  expect(rendered[0]?.ink).toBeGreaterThan(0.002);
  expect(rendered[0]?.inkTopThird).toBeGreaterThan(0.001);
  await expectNoAxeViolations(page);
});
