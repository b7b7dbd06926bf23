/**
 * Live activities (French UI): the console's "open an activity" form and panels, the phone's
 * vote controls, and the expected results computed from what a test clicked.
 */
import { expect, type Locator, type Page } from '@playwright/test';

export type ActivityKind = 'contributions' | 'form' | 'dots' | 'judgment' | 'qa';

export interface ActivitySpec {
  kind: ActivityKind;
  title: string;
  prompt?: string;
  /** Votes: one label per option (ids are `o1`, `o2`… in this order). */
  options?: readonly string[];
  /** Sticky notes: columns. */
  columns?: readonly string[];
  /** Dot vote: dots per person. */
  tokens?: number;
  /** Default: the form's own default (private, except Q&A). */
  private?: boolean;
}

/** The option id the console gives each label: positional, as `draftToActivity` does. */
export function optionIds(labels: readonly string[]): Map<string, string> {
  return new Map(labels.map((label, i) => [label, `o${i + 1}`]));
}

// ---- Console ----------------------------------------------------------------------------

export function activityForm(page: Page): Locator {
  return page.getByRole('form', { name: 'Ouvrir une activité' });
}

/** The console's panel of an activity that is not closed, by title. */
export function activityPanel(page: Page, title: string): Locator {
  return page
    .getByTestId('activity')
    .filter({ has: page.getByRole('heading', { level: 3, name: title, exact: true }) });
}

/** Fills the console's form, opens the activity and waits for its open panel. */
export async function openActivity(page: Page, spec: ActivitySpec): Promise<Locator> {
  const form = activityForm(page);
  await form.getByLabel('Type d’activité').selectOption(spec.kind);
  await form.getByLabel('Titre', { exact: true }).fill(spec.title);
  if (spec.prompt !== undefined) await form.getByLabel('Consigne (facultatif)').fill(spec.prompt);
  if (spec.options) await form.getByLabel('Options', { exact: true }).fill(spec.options.join('\n'));
  if (spec.columns) await form.getByLabel('Colonnes (facultatif)').fill(spec.columns.join('\n'));
  if (spec.tokens !== undefined) await form.getByLabel('Gommettes par personne').fill(String(spec.tokens));
  if (spec.private !== undefined) {
    await form.getByLabel('Privée jusqu’à la révélation').setChecked(spec.private);
  }
  return submitActivity(page, spec.title);
}

/** Clicks "Ouvrir l’activité" and waits for the open panel titled `title`. */
export async function submitActivity(page: Page, title: string): Promise<Locator> {
  await activityForm(page).getByRole('button', { name: 'Ouvrir l’activité' }).click();
  const panel = activityPanel(page, title);
  await expect(panel).toHaveAttribute('data-status', 'open');
  return panel;
}

/** "Clôturer l’activité": the panel moves to the closed activities. */
export async function closeActivity(page: Page, panel: Locator): Promise<void> {
  await panel.getByRole('button', { name: 'Clôturer l’activité' }).click();
  await expect(page.locator('[data-testid="activity"][data-status="open"]')).toHaveCount(0);
}

/** "Résultats au mur", pressed. */
export async function showResultsOnWall(panel: Locator): Promise<void> {
  const button = panel.getByRole('button', { name: 'Résultats au mur' });
  await button.click();
  await expect(button).toHaveAttribute('aria-pressed', 'true');
}

// ---- Phone -------------------------------------------------------------------------------

/** Waits until the phone shows the activity (kind and title) as its current one, open. */
export async function expectCurrentActivity(page: Page, kind: ActivityKind, title: string): Promise<void> {
  const activity = page.getByTestId('activity');
  await expect(activity).toHaveAttribute('data-kind', kind);
  await expect(activity).toHaveAttribute('data-status', 'open');
  await expect(activity.getByRole('heading', { level: 2, name: title, exact: true })).toBeVisible();
}

export function ballotStatus(page: Page): Locator {
  return page.getByTestId('ballot-status');
}

/** Adds (`n` > 0) or removes (`n` < 0) dots on one option, checking the count it shows. */
export async function moveDots(page: Page, label: string, n: number): Promise<void> {
  const count = page.getByLabel(`Gommettes sur « ${label} »`);
  const before = Number((await count.textContent()) ?? '0');
  const button = page.getByRole('button', {
    name: n > 0 ? `Ajouter une gommette à « ${label} »` : `Retirer une gommette de « ${label} »`,
    exact: true,
  });
  for (let i = 0; i < Math.abs(n); i++) await button.click();
  await expect(count).toHaveText(String(before + n));
}

/** Spends the dots of a fresh ballot, then sends it. */
export async function voteDots(page: Page, dots: Readonly<Record<string, number>>): Promise<void> {
  for (const [label, n] of Object.entries(dots)) if (n > 0) await moveDots(page, label, n);
  await sendVote(page);
}

export async function sendVote(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Envoyer mon vote', exact: true }).click();
}

/** One grade per option (radio named by the grade, in the group "Votre mention pour « L »"). */
export async function voteGrades(page: Page, grades: Readonly<Record<string, string>>): Promise<void> {
  for (const [label, grade] of Object.entries(grades)) {
    await page
      .getByRole('group', { name: `Votre mention pour « ${label} »`, exact: true })
      .getByRole('radio', { name: grade, exact: true })
      .check();
  }
  await sendVote(page);
}

// ---- Expected results --------------------------------------------------------------------

/** Dots per option label, summed over everyone's latest ballot. */
export function dotTotals(
  labels: readonly string[],
  ballots: readonly Readonly<Record<string, number>>[],
): Map<string, number> {
  const totals = new Map(labels.map((l) => [l, 0]));
  for (const ballot of ballots) {
    for (const [label, n] of Object.entries(ballot)) totals.set(label, (totals.get(label) ?? 0) + n);
  }
  return totals;
}

/**
 * The majority grade of one option: the lower median of its grades (scale best first), i.e.
 * with an even count the worse of the two middle grades.
 */
export function majorityGrade(scale: readonly string[], given: readonly string[]): string {
  const ranks = given.map((g) => scale.indexOf(g)).sort((a, b) => a - b);
  expect(ranks.every((r) => r >= 0)).toBe(true);
  return scale[ranks[Math.floor(ranks.length / 2)]!]!;
}
