/** Facilitator-side helpers: through the UI for the main journey, through the API for setup elsewhere. */
import { randomBytes } from 'node:crypto';
import { type APIRequestContext, expect, type Page } from '@playwright/test';

export const PASSWORD = 'correct horse battery staple';

export function unique(prefix: string): string {
  return `${prefix}-${randomBytes(4).toString('hex')}`;
}

export function uniqueEmail(prefix = 'facilitator'): string {
  return `${unique(prefix)}@example.test`;
}

export interface Account {
  name: string;
  email: string;
  password: string;
}

export function newAccount(name = 'Camille Animatrice'): Account {
  return { name, email: uniqueEmail(), password: PASSWORD };
}

// ---- Through the UI (French) -------------------------------------------------------------

export async function signUpInUi(page: Page, account: Account): Promise<void> {
  await page.goto('/signup');
  await expect(page.getByRole('heading', { level: 1, name: 'Créer un compte' })).toBeVisible();
  await page.getByLabel('Nom', { exact: true }).fill(account.name);
  await page.getByLabel('E-mail').fill(account.email);
  await page.getByLabel('Mot de passe').fill(account.password);
  await page.getByRole('button', { name: 'Créer mon compte' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Mes organisations' })).toBeVisible();
}

/** From the home page; ends on the organisation page. Returns its id. */
export async function createOrganisationInUi(page: Page, name: string): Promise<string> {
  await page.getByLabel('Nom de l’organisation').fill(name);
  await page.getByRole('button', { name: 'Créer', exact: true }).click();
  await expect(page).toHaveURL(/\/org\/[0-9a-f-]+$/);
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  return new URL(page.url()).pathname.split('/')[2]!;
}

/** From the organisation page; ends on the live console. Returns the join code shown there. */
export async function openLiveSessionInUi(page: Page, title: string): Promise<string> {
  await page.getByLabel('Titre de la session').fill(title);
  await page.getByRole('button', { name: 'Ouvrir une session live' }).click();
  await expect(page).toHaveURL(/\/org\/[0-9a-f-]+\/live\/[0-9a-f-]+$/);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const code = ((await page.getByTestId('join-code').first().textContent()) ?? '').trim();
  expect(code).toMatch(/^[0-9A-Z]{6}$/);
  return code;
}

// ---- Through the API (the request context shares the browser context's cookies) ----------

export interface Workshop {
  account: Account;
  csrfToken: string;
  orgId: string;
  orgName: string;
  sessionId: string;
  sessionTitle: string;
  code: string;
}

async function json<T>(response: Awaited<ReturnType<APIRequestContext['get']>>): Promise<T> {
  expect(response.ok(), `${response.url()} answered ${response.status()}: ${await response.text()}`).toBe(
    true,
  );
  return (await response.json()) as T;
}

/** Signs up, creates an organisation and opens a live session, all by API. */
export async function setUpWorkshop(request: APIRequestContext): Promise<Workshop> {
  const account = newAccount();
  const signup = await json<{ csrfToken: string }>(await request.post('/api/auth/signup', { data: account }));
  const headers = { 'x-csrf-token': signup.csrfToken };
  const orgName = unique('Atelier Coopératif');
  const { organisation } = await json<{ organisation: { id: string } }>(
    await request.post('/api/organisations', { data: { name: orgName }, headers }),
  );
  const sessionTitle = unique('Séance plénière');
  const { session } = await json<{ session: { id: string; code: string } }>(
    await request.post(`/api/organisations/${organisation.id}/live-sessions`, {
      data: { title: sessionTitle },
      headers,
    }),
  );
  return {
    account,
    csrfToken: signup.csrfToken,
    orgId: organisation.id,
    orgName,
    sessionId: session.id,
    sessionTitle,
    code: session.code,
  };
}

export async function createInvitation(request: APIRequestContext, workshop: Workshop): Promise<string> {
  const { invitation } = await json<{ invitation: { token: string } }>(
    await request.post(`/api/organisations/${workshop.orgId}/invitations`, {
      data: { role: 'facilitator' },
      headers: { 'x-csrf-token': workshop.csrfToken },
    }),
  );
  return invitation.token;
}

export function consoleUrl(workshop: Workshop): string {
  return `/org/${workshop.orgId}/live/${workshop.sessionId}`;
}

/** In the live console (French): shows a message on the phones and starts a timer. */
export async function driveSession(
  page: Page,
  workshop: Workshop,
  options: { message: string; minutes: number },
): Promise<void> {
  await page.goto(consoleUrl(workshop));
  await expect(page.locator('p.connection[role=status]')).toHaveText('Connecté');
  await page.getByLabel('Message', { exact: true }).fill(options.message);
  await page.getByRole('button', { name: 'Afficher le message' }).click();
  await expect(page.getByText('Message mis à jour.')).toBeVisible();
  await page.getByLabel('Durée en minutes').fill(String(options.minutes));
  await page.getByRole('button', { name: 'Démarrer', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Mettre en pause' })).toBeEnabled();
}

// ---- Missions (API, for setup; the request context carries the browser's session cookie) --

/** The CSRF token of the logged-in browser session the request context shares. */
export async function csrfTokenOf(request: APIRequestContext): Promise<string> {
  return (await json<{ csrfToken: string }>(await request.get('/api/auth/me'))).csrfToken;
}

export interface TemplateWorkshop {
  missionId: string;
  /** The mission step holding the workshop (its title names the dashboard's buttons). */
  stepTitle: string;
  workshopId: string;
  sequences: { id: string; title: string; methodId?: string }[];
}

/** `POST …/missions/from-template`; returns the template's first workshop and its run of show. */
export async function createMissionFromTemplate(
  request: APIRequestContext,
  orgId: string,
  options: { templateId: string; startsOn: string; locale?: 'fr' | 'en' },
): Promise<TemplateWorkshop> {
  const headers = { 'x-csrf-token': await csrfTokenOf(request) };
  const { mission } = await json<{
    mission: {
      id: string;
      steps: {
        kind: string;
        title: string;
        workshop?: { id: string; sequences: TemplateWorkshop['sequences'] };
      }[];
    };
  }>(
    await request.post(`/api/organisations/${orgId}/missions/from-template`, {
      data: { templateId: options.templateId, startsOn: options.startsOn, locale: options.locale ?? 'fr' },
      headers,
    }),
  );
  const step = mission.steps.find((s) => s.kind === 'workshop' && s.workshop);
  expect(step?.workshop, `template ${options.templateId} has a workshop`).toBeDefined();
  return {
    missionId: mission.id,
    stepTitle: step!.title,
    workshopId: step!.workshop!.id,
    sequences: step!.workshop!.sequences,
  };
}

/** The next Monday after today, as `YYYY-MM-DD` (the templates keep their workshops on weekdays). */
export function nextMonday(): string {
  const now = new Date();
  const d = new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()));
  d.setUTCDate(d.getUTCDate() + ((8 - d.getUTCDay()) % 7 || 7));
  return d.toISOString().slice(0, 10);
}
