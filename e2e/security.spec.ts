/**
 * The Content-Security-Policy holds in a real browser: the app runs under it without a single
 * violation or console error, an injected inline script is refused, and errors reach people
 * translated, never as a stack trace.
 */
import { expect, type Page, test } from '@playwright/test';
import { consoleUrl, setUpWorkshop } from './support/facilitator.ts';
import { chooseNickname, enterCode, newPhone, post } from './support/participant.ts';
import { type Complaints, isExpectedHttpError, watchContext } from './support/watch.ts';

/** What must never reach a participant: a stack frame, an exception, an error code, a JS placeholder. */
const STACK_OR_RAW = /\bat .+:\d+:\d+|Error:|stack|[A-Z]+_[A-Z_]+|undefined|null|\[object/;

function unexpected(complaints: Complaints, allowed: (e: Complaints['consoleErrors'][number]) => boolean) {
  return {
    csp: complaints.csp,
    consoleErrors: complaints.consoleErrors.filter((e) => !allowed(e)),
    pageErrors: complaints.pageErrors,
  };
}

const NOTHING = { csp: [], consoleErrors: [], pageErrors: [] };

test('the main pages run under the CSP without violations or console errors', async ({ browser }) => {
  test.setTimeout(60_000);
  const context = await browser.newContext();
  const complaints = await watchContext(context);
  const page = await context.newPage();

  // Logged out: the only expected error is the 401 of "who am I?".
  const response = await page.goto('/login');
  const csp = response?.headers()['content-security-policy'] ?? '';
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("style-src 'self'");
  expect(csp).not.toContain('unsafe-inline');
  await expect(page.getByRole('heading', { level: 1, name: 'Se connecter' })).toBeVisible();
  for (const [path, heading] of [
    ['/signup', 'Créer un compte'],
    ['/join', 'Rejoindre un atelier'],
    ['/nulle-part', 'Page introuvable'],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  }

  // Logged in: home, organisation, live console (WebSocket), wall (QR image).
  const workshop = await setUpWorkshop(context.request);
  await page.goto('/');
  await expect(page.getByRole('link', { name: workshop.orgName })).toBeVisible();
  await page.goto(`/org/${workshop.orgId}`);
  await expect(page.getByRole('link', { name: workshop.sessionTitle })).toBeVisible();
  await page.goto(consoleUrl(workshop));
  await expect(page.locator('p.connection[role=status]')).toHaveText('Connecté');
  await expect(page.getByRole('img', { name: /QR code/ })).toBeVisible();
  const wall = await context.newPage();
  await wall.goto(`/wall/${workshop.code}`);
  await expect(wall.getByRole('heading', { level: 1, name: workshop.sessionTitle })).toBeVisible();
  await expect(wall.getByRole('img', { name: /QR code/ })).toHaveJSProperty('complete', true);

  // A participant, on a phone.
  const phoneContext = await newPhone(browser);
  const phoneComplaints = await watchContext(phoneContext);
  const phone = await phoneContext.newPage();
  await enterCode(phone, workshop.code);
  await chooseNickname(phone, 'Loutre');
  await expect(await post(phone, 'Une fresque sur le mur du gymnase')).toHaveAttribute('data-status', 'sent');
  await expect(wall.getByTestId('contribution')).toHaveCount(1);

  const authMe401 = (e: Complaints['consoleErrors'][number]) => isExpectedHttpError(e, '/api/auth/me', 401);
  expect(unexpected(complaints, authMe401)).toEqual(NOTHING);
  expect(unexpected(phoneComplaints, () => false)).toEqual(NOTHING);
  await phoneContext.close();
  await context.close();
});

test('an injected inline script is refused by the CSP', async ({ browser }) => {
  const context = await browser.newContext();
  const complaints = await watchContext(context);
  const page = await context.newPage();
  await page.goto('/join');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__injected = true;';
    document.body.append(script);
    const style = document.createElement('style');
    style.textContent = 'body { background: red; }';
    document.head.append(style);
  });
  await expect
    .poll(() => complaints.csp.map((v) => v.directive).sort())
    .toEqual(['script-src-elem', 'style-src-elem']);
  expect(
    await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected),
  ).toBeUndefined();
  await context.close();
});

async function expectCleanAlert(page: Page, text: string) {
  const alert = page.getByRole('alert');
  await expect(alert).toHaveText(text);
  // biome-ignore lint/performance/useDomNodeTextContent: what people see is the point.
  const body = await page.locator('body').innerText();
  expect(body).not.toMatch(STACK_OR_RAW);
}

test('a join code that matches no session shows a translated error, no stack trace', async ({ browser }) => {
  for (const [locale, message, other] of [
    ['fr-FR', 'Aucune session ouverte ne correspond à ce code.', 'Saisir un autre code'],
    ['en-US', 'No open session has this code.', 'Type another code'],
  ] as const) {
    const context = await newPhone(browser, { locale });
    const complaints = await watchContext(context);
    const page = await context.newPage();
    await page.goto('/join');
    // Well-formed (six characters of the code alphabet), but no session has it.
    await page.getByRole('textbox').fill('wxy-wxy');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/join\/WXYWXY$/);
    await expectCleanAlert(page, message);
    await expect(page.getByRole('link', { name: other })).toBeVisible();
    // Translated by the UI from the error code, not the server's English message passed through.
    if (locale === 'fr-FR') await expect(page.locator('body')).not.toContainText('No open session');
    // The browser logs the 404 of the lookup itself; nothing else may complain.
    const lookup404 = (e: Complaints['consoleErrors'][number]) =>
      isExpectedHttpError(e, '/api/join/WXYWXY', 404);
    expect(unexpected(complaints, lookup404)).toEqual(NOTHING);
    await context.close();
  }
});

test('a malformed join code is caught before any request', async ({ browser }) => {
  const context = await newPhone(browser);
  const complaints = await watchContext(context);
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (r) => {
    if (new URL(r.url()).pathname.startsWith('/api/join')) requests.push(r.url());
  });
  await page.goto('/join/abc');
  await expectCleanAlert(page, 'Ce code doit compter 6 caractères (lettres et chiffres).');

  await page.goto('/join');
  const field = page.getByLabel('Code de la session');
  await field.fill('12');
  await page.getByRole('button', { name: 'Rejoindre', exact: true }).click();
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toHaveAccessibleDescription(/Ce code doit compter 6 caractères/);
  await expect(field).toBeFocused();
  expect(requests).toEqual([]);
  expect(unexpected(complaints, () => false)).toEqual(NOTHING);
  await context.close();
});
