/**
 * Languages: French for a French browser, English for an English one, a switcher that
 * changes the page and `<html lang>` at once and is remembered, and never a raw i18n key
 * or an uninterpolated placeholder on screen.
 */
import { type BrowserContext, expect, type Page, test } from '@playwright/test';
import { consoleUrl, setUpWorkshop, type Workshop } from './support/facilitator.ts';
import { chooseNickname, enterCode, newPhone } from './support/participant.ts';

const RAW_KEY = /^[a-z]+\.[a-zA-Z.]+$/;

/** Lines of visible text that look like untranslated keys or templates. */
async function untranslated(page: Page): Promise<string[]> {
  // biome-ignore lint/performance/useDomNodeTextContent: the rendered text, line by line, is the point.
  const text = await page.locator('body').innerText();
  const title = await page.title();
  return [title, ...text.split('\n')]
    .map((line) => line.trim())
    .filter((line) => RAW_KEY.test(line) || line.includes('{{') || line.includes('}}'));
}

test('a French browser gets French, an English one English, anything else English', async ({ browser }) => {
  for (const [locale, lang, heading] of [
    ['fr-FR', 'fr', 'Se connecter'],
    ['fr-CA', 'fr', 'Se connecter'],
    ['en-US', 'en', 'Log in'],
    ['de-DE', 'en', 'Log in'],
  ] as const) {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    await page.goto('/login');
    await expect(page.locator('html'), locale).toHaveAttribute('lang', lang);
    await expect(page.getByRole('heading', { level: 1 }), locale).toHaveText(heading);
    await expect(page.getByRole('button', { name: lang.toUpperCase(), exact: true })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await context.close();
  }
});

test('the language switcher changes the page and <html lang>, and is remembered', async ({ browser }) => {
  const context = await newPhone(browser, { locale: 'fr-FR' });
  const page = await context.newPage();
  await page.goto('/join');
  const html = page.locator('html');
  const h1 = page.getByRole('heading', { level: 1 });
  const fr = page.getByRole('button', { name: 'FR', exact: true });
  const en = page.getByRole('button', { name: 'EN', exact: true });
  await expect(html).toHaveAttribute('lang', 'fr');
  await expect(h1).toHaveText('Rejoindre un atelier');
  await page.getByLabel('Code de la session').fill('ABC');

  await en.click();
  await expect(html).toHaveAttribute('lang', 'en');
  await expect(h1).toHaveText('Join a workshop');
  await expect(page.getByLabel('Session code')).toBeVisible();
  await expect(en).toHaveAttribute('aria-pressed', 'true');
  await expect(fr).toHaveAttribute('aria-pressed', 'false');
  // The same page, translated: what was typed stays.
  await expect(page.getByLabel('Session code')).toHaveValue('ABC');

  await page.reload();
  await expect(html).toHaveAttribute('lang', 'en');
  await expect(h1).toHaveText('Join a workshop');

  await fr.click();
  await expect(html).toHaveAttribute('lang', 'fr');
  await expect(h1).toHaveText('Rejoindre un atelier');
  await page.goto('/nulle-part');
  await expect(html).toHaveAttribute('lang', 'fr');
  await expect(h1).toHaveText('Page introuvable');
  await context.close();
});

test.describe('no raw i18n key on screen', () => {
  let workshop: Workshop;
  let facilitator: BrowserContext;

  test.beforeAll(async ({ browser }) => {
    facilitator = await browser.newContext();
    workshop = await setUpWorkshop(facilitator.request);
  });
  test.afterAll(async () => {
    await facilitator.close();
  });

  for (const [locale, lang] of [
    ['fr-FR', 'fr'],
    ['en-US', 'en'],
  ] as const) {
    test(`facilitator and participant pages (${lang})`, async ({ browser }) => {
      // Three contexts and a dozen pages: 30 s is too tight on a loaded 2-core machine.
      test.setTimeout(90_000);
      const state = await facilitator.storageState();
      const loggedOut = await browser.newContext({ locale });
      const loggedIn = await browser.newContext({ locale, storageState: state });
      const phoneContext = await newPhone(browser, { locale });
      const found: Record<string, string[]> = {};
      const check = async (page: Page, ready: () => Promise<void>) => {
        await ready();
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        const lines = await untranslated(page);
        if (lines.length > 0) found[new URL(page.url()).pathname] = lines;
      };
      const status = (page: Page) => page.locator('p.connection[role=status]');
      const connected = lang === 'fr' ? 'Connecté' : 'Connected';

      const out = await loggedOut.newPage();
      for (const path of ['/login', '/signup', '/join', '/nulle-part', `/wall/${workshop.code}`]) {
        await out.goto(path);
        await check(out, () => expect(out.getByRole('heading', { level: 1 })).toBeVisible());
      }

      const page = await loggedIn.newPage();
      await page.goto('/');
      await check(page, () => expect(page.getByRole('link', { name: workshop.orgName })).toBeVisible());
      await page.goto(`/org/${workshop.orgId}`);
      await check(page, () => expect(page.getByText(workshop.account.email)).toBeVisible());
      await page.goto(consoleUrl(workshop));
      await check(page, () => expect(status(page)).toHaveText(connected));
      await page.goto(`/wall/${workshop.code}`);
      await check(page, () => expect(page.getByTestId('timer')).toBeVisible());

      const phone = await phoneContext.newPage();
      await enterCode(phone, workshop.code, lang);
      await check(phone, () => expect(phone.getByRole('heading', { level: 2 })).toBeVisible());
      await chooseNickname(phone, 'Castor', lang);
      await check(phone, () => expect(status(phone)).toHaveText(connected));

      expect(found).toEqual({});
      await Promise.all([loggedOut.close(), loggedIn.close(), phoneContext.close()]);
    });
  }
});
