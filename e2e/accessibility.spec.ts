/**
 * axe-core (WCAG 2.0/2.1 A and AA) on every page, in French and in English, each in the
 * state people actually see it (logged in, connected, with contributions, message and timer).
 * The participant screens on a 320 px wide phone, with no sideways scroll.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, expectNoHorizontalScroll } from './support/axe.ts';
import {
  consoleUrl,
  createInvitation,
  driveSession,
  setUpWorkshop,
  type Workshop,
} from './support/facilitator.ts';
import { chooseNickname, connectionStatus, enterCode, newPhone, post } from './support/participant.ts';

type Lang = 'fr' | 'en';
type StorageState = Awaited<ReturnType<BrowserContext['storageState']>>;

const LOCALE: Record<Lang, string> = { fr: 'fr-FR', en: 'en-US' };
const T = {
  fr: {
    signup: 'Créer un compte',
    login: 'Se connecter',
    home: 'Mes organisations',
    members: 'Membres',
    connected: 'Connecté',
    invitation: 'Invitation',
    join: 'Rejoindre un atelier',
    nicknameTitle: 'Choisissez un pseudonyme',
    notFound: 'Page introuvable',
  },
  en: {
    signup: 'Create an account',
    login: 'Log in',
    home: 'My organisations',
    members: 'Members',
    connected: 'Connected',
    invitation: 'Invitation',
    join: 'Join a workshop',
    nicknameTitle: 'Choose a nickname',
    notFound: 'Page not found',
  },
} as const;

// Independent tests: let both workers share them (each worker sets up its own workshop).
test.describe.configure({ mode: 'parallel' });

let workshop: Workshop;
let facilitator: StorageState;
let invitationToken: string;

test.beforeAll(async ({ browser }) => {
  const context = await browser.newContext();
  workshop = await setUpWorkshop(context.request);
  invitationToken = await createInvitation(context.request, workshop);
  const page = await context.newPage();
  await driveSession(page, workshop, { message: 'Bienvenue : écrivez une idée par carte.', minutes: 10 });
  facilitator = await context.storageState();
  await context.close();
});

const h1 = (page: Page, name: string) => page.getByRole('heading', { level: 1, name });

/** Each page: how to reach it and when it is ready to be judged. */
const PAGES: {
  name: string;
  loggedIn: boolean;
  open: (page: Page, lang: Lang) => Promise<void>;
}[] = [
  {
    name: 'sign-up',
    loggedIn: false,
    open: async (page, lang) => {
      await page.goto('/signup');
      await expect(h1(page, T[lang].signup)).toBeVisible();
    },
  },
  {
    name: 'log-in',
    loggedIn: false,
    open: async (page, lang) => {
      await page.goto('/login');
      await expect(h1(page, T[lang].login)).toBeVisible();
    },
  },
  {
    name: 'home',
    loggedIn: true,
    open: async (page, lang) => {
      await page.goto('/');
      await expect(h1(page, T[lang].home)).toBeVisible();
      await expect(page.getByRole('link', { name: workshop.orgName })).toBeVisible();
    },
  },
  {
    name: 'organisation',
    loggedIn: true,
    open: async (page, lang) => {
      await page.goto(`/org/${workshop.orgId}`);
      await expect(h1(page, workshop.orgName)).toBeVisible();
      await expect(page.getByRole('heading', { name: T[lang].members })).toBeVisible();
      await expect(page.getByText(workshop.account.email)).toBeVisible();
      await expect(page.getByRole('link', { name: workshop.sessionTitle })).toBeVisible();
    },
  },
  {
    name: 'live console',
    loggedIn: true,
    open: async (page, lang) => {
      await page.goto(consoleUrl(workshop));
      await expect(h1(page, workshop.sessionTitle)).toBeVisible();
      await expect(page.locator('p.connection[role=status]')).toHaveText(T[lang].connected);
      await expect(page.getByTestId('timer')).toHaveText(/^\d+:\d\d$/);
    },
  },
  {
    name: 'invitation',
    loggedIn: false,
    open: async (page, lang) => {
      await page.goto(`/invite/${invitationToken}`);
      await expect(h1(page, T[lang].invitation)).toBeVisible();
      await expect(page.getByText(workshop.orgName)).toBeVisible();
      await expect(page.getByRole('link', { name: T[lang].login }).last()).toBeVisible();
    },
  },
  {
    name: 'wall',
    loggedIn: true,
    open: async (page) => {
      await page.goto(`/wall/${workshop.code}`);
      await expect(h1(page, workshop.sessionTitle)).toBeVisible();
      await expect(page.getByTestId('timer')).toHaveText(/^\d+:\d\d$/);
      await expect(page.getByTestId('facilitator-message')).toBeVisible();
    },
  },
  {
    name: 'not found',
    loggedIn: false,
    open: async (page, lang) => {
      await page.goto('/nulle-part');
      await expect(h1(page, T[lang].notFound)).toBeVisible();
    },
  },
];

/** The participant's three screens, each reached the way a phone reaches it. */
const PARTICIPANT: { name: string; open: (page: Page, lang: Lang) => Promise<void> }[] = [
  {
    name: '/join',
    open: async (page, lang) => {
      await page.goto('/join');
      await expect(h1(page, T[lang].join)).toBeVisible();
    },
  },
  {
    name: '/join/CODE nickname form',
    open: async (page, lang) => {
      await enterCode(page, workshop.code, lang);
      await expect(page.getByRole('heading', { name: T[lang].nicknameTitle })).toBeVisible();
      await expect(h1(page, workshop.sessionTitle)).toBeVisible();
    },
  },
  {
    name: 'participant live screen',
    open: async (page, lang) => {
      await enterCode(page, workshop.code, lang);
      await chooseNickname(page, lang === 'fr' ? 'Hérisson' : 'Hedgehog', lang);
      const item = await post(page, lang === 'fr' ? 'Des bancs à l’ombre' : 'Benches in the shade', lang);
      await expect(item).toHaveAttribute('data-status', 'sent');
      await expect(page.getByTestId('facilitator-message')).not.toBeEmpty();
      await expect(page.getByTestId('timer')).toHaveText(/^\d+:\d\d$/);
      await expect(connectionStatus(page)).toHaveText(T[lang].connected);
    },
  },
];

for (const lang of ['fr', 'en'] as const) {
  test.describe(`${lang}`, () => {
    for (const { name, loggedIn, open } of PAGES) {
      test(`${name} has no axe violation (${lang})`, async ({ browser }) => {
        const context = await browser.newContext({
          locale: LOCALE[lang],
          ...(loggedIn ? { storageState: facilitator } : {}),
        });
        const page = await context.newPage();
        await open(page, lang);
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        await expectNoAxeViolations(page);
        await context.close();
      });
    }

    for (const { name, open } of PARTICIPANT) {
      test(`${name} has no axe violation and fits 320 px (${lang})`, async ({ browser }) => {
        const context = await newPhone(browser, { locale: LOCALE[lang], width: 320 });
        const page = await context.newPage();
        await open(page, lang);
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        await expectNoHorizontalScroll(page, 320);
        await expectNoAxeViolations(page);
        await context.close();
      });
    }
  });
}
