/** Participant-side helpers (the phone), French UI unless told otherwise. */
import { type Browser, type BrowserContext, expect, type Locator, type Page } from '@playwright/test';

export const PHONE = { width: 360, height: 740 } as const;

export async function newPhone(
  browser: Browser,
  options: { locale?: string; width?: number } = {},
): Promise<BrowserContext> {
  return browser.newContext({
    viewport: { width: options.width ?? PHONE.width, height: PHONE.height },
    locale: options.locale ?? 'fr-FR',
    isMobile: true,
    hasTouch: true,
  });
}

const TEXT = {
  fr: { code: 'Code de la session', join: 'Rejoindre', nickname: 'Pseudonyme', enter: 'Entrer' },
  en: { code: 'Session code', join: 'Join', nickname: 'Nickname', enter: 'Enter' },
} as const;

type Lang = keyof typeof TEXT;

/** `/join` → type the code → nickname form. */
export async function enterCode(page: Page, code: string, lang: Lang = 'fr'): Promise<void> {
  await page.goto('/join');
  await page.getByLabel(TEXT[lang].code).fill(code);
  await page.getByRole('button', { name: TEXT[lang].join, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/join/${code}$`));
  await expect(page.getByLabel(TEXT[lang].nickname)).toBeVisible();
}

/** On the nickname form: enter and wait for the live screen, connected. */
export async function chooseNickname(page: Page, nickname: string, lang: Lang = 'fr'): Promise<void> {
  await page.getByLabel(TEXT[lang].nickname).fill(nickname);
  await page.getByRole('button', { name: TEXT[lang].enter, exact: true }).click();
  await expect(page.getByText(lang === 'fr' ? `en tant que ${nickname}` : `as ${nickname}`)).toBeVisible();
  await expect(connectionStatus(page)).toHaveText(lang === 'fr' ? 'Connecté' : 'Connected');
}

export async function joinAs(page: Page, code: string, nickname: string, lang: Lang = 'fr'): Promise<void> {
  await enterCode(page, code, lang);
  await chooseNickname(page, nickname, lang);
}

export function connectionStatus(page: Page): Locator {
  return page.locator('p.connection[role=status]');
}

export function outboxItem(page: Page, text: string): Locator {
  return page.getByTestId('outbox-item').filter({ hasText: text });
}

/** Types and sends a contribution; it shows in the outbox at once (pending or already sent). */
export async function post(page: Page, text: string, lang: Lang = 'fr'): Promise<Locator> {
  await page.getByLabel(lang === 'fr' ? 'Votre contribution' : 'Your contribution').fill(text);
  await page.getByRole('button', { name: lang === 'fr' ? 'Envoyer' : 'Send', exact: true }).click();
  const item = outboxItem(page, text);
  await expect(item).toHaveCount(1);
  return item;
}
