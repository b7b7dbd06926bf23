/**
 * The main journey: a facilitator opens a live session from scratch in the UI, a participant
 * joins from a phone, contributes online and offline, reloads; the facilitator drives the
 * phones (message, timer). Every contribution reaches the wall exactly once.
 */
import { expect, test } from '@playwright/test';
import {
  createOrganisationInUi,
  newAccount,
  openLiveSessionInUi,
  signUpInUi,
  unique,
} from './support/facilitator.ts';
import { connectionStatus, joinAs, newPhone, outboxItem, post } from './support/participant.ts';

test('a live workshop, from sign-up to the wall, survives going offline', async ({ page, browser }) => {
  test.setTimeout(90_000);

  // ---- Facilitator: account → organisation → live session (all in the UI) ----
  await signUpInUi(page, newAccount());
  await createOrganisationInUi(page, unique('Collectif des Tilleuls'));
  const sessionTitle = unique('Forum ouvert');
  const code = await openLiveSessionInUi(page, sessionTitle);
  const consoleBadge = page.locator('p.connection[role=status]');
  await expect(consoleBadge).toHaveText('Connecté');

  // The wall, as the projector shows it, in the facilitator's browser.
  const wall = await page.context().newPage();
  await wall.goto(`/wall/${code}`);
  await expect(wall.getByRole('heading', { level: 1, name: sessionTitle })).toBeVisible();
  await expect(wall.getByTestId('join-code')).toHaveText(code);
  const onWall = (text: string) => wall.getByTestId('contribution').filter({ hasText: text });

  // ---- Participant: a phone, in French, in another browser context ----
  const phoneContext = await newPhone(browser);
  const phone = await phoneContext.newPage();
  await joinAs(phone, code, 'Renard');

  const first = 'Planter des haies le long du chemin';
  const firstItem = await post(phone, first);
  await expect(firstItem).toHaveAttribute('data-status', 'sent');
  await expect(firstItem).toContainText('Envoyée');
  await expect(onWall(first)).toHaveCount(1);
  await expect(onWall(first)).toContainText('Renard');
  // The console sees it too.
  await expect(page.getByTestId('contribution').filter({ hasText: first })).toHaveCount(1);

  // ---- Offline: both contributions wait in the outbox ----
  await phoneContext.setOffline(true);
  await expect(connectionStatus(phone)).toContainText('Hors ligne');
  const offline = ['Un composteur partagé au fond de la cour', 'Une boîte à livres devant la mairie'];
  for (const text of offline) {
    const item = await post(phone, text);
    await expect(item).toHaveAttribute('data-status', 'pending');
    await expect(item).toContainText('En attente d’envoi');
  }
  for (const text of offline) await expect(onWall(text)).toHaveCount(0);

  // ---- Back online: sent once each, no matter how many times they were re-sent ----
  await phoneContext.setOffline(false);
  for (const text of offline) {
    await expect(outboxItem(phone, text)).toHaveAttribute('data-status', 'sent', { timeout: 20_000 });
    await expect(onWall(text)).toHaveCount(1);
  }
  // A late duplicate would arrive within a round trip or two: give it a moment, then count again.
  await wall.waitForTimeout(1_500);
  for (const text of [first, ...offline]) await expect(onWall(text)).toHaveCount(1);
  await expect(wall.getByTestId('contribution')).toHaveCount(3);

  // The server's stored state agrees: a fresh wall starts from a snapshot of the database.
  const freshWall = await page.context().newPage();
  await freshWall.goto(`/wall/${code}`);
  await expect(freshWall.getByTestId('contribution')).toHaveCount(3);
  for (const text of [first, ...offline]) {
    await expect(freshWall.getByTestId('contribution').filter({ hasText: text })).toHaveCount(1);
  }
  await freshWall.close();
  await expect(page.getByRole('heading', { name: 'Contributions (3)' })).toBeVisible();

  // ---- Reload: the same participant comes back, with their outbox ----
  await phone.reload();
  await expect(phone.getByText('Vous participez en tant que Renard.')).toBeVisible();
  await expect(phone.getByLabel('Pseudonyme')).toHaveCount(0);
  await expect(connectionStatus(phone)).toHaveText('Connecté');
  await expect(phone.getByTestId('outbox-item')).toHaveCount(3);
  for (const text of [first, ...offline]) {
    await expect(outboxItem(phone, text)).toHaveAttribute('data-status', 'sent');
  }
  // Reconnecting after the reload re-sends nothing new.
  await expect(wall.getByTestId('contribution')).toHaveCount(3);

  // ---- The facilitator drives the phones and the wall ----
  const message = 'Pause de dix minutes, puis on vote.';
  await page.getByLabel('Message', { exact: true }).fill(message);
  await page.getByRole('button', { name: 'Afficher le message' }).click();
  await expect(page.getByText('Message mis à jour.')).toBeVisible();
  await expect(phone.getByTestId('facilitator-message')).toHaveText(message);
  await expect(wall.getByTestId('facilitator-message')).toHaveText(message);

  await page.getByLabel('Durée en minutes').fill('5');
  await page.getByRole('button', { name: 'Démarrer', exact: true }).click();
  // "About 5:00": a loaded CI machine may take a few seconds to get there.
  const aboutFiveMinutes = /^(5:00|4:[3-5]\d)$/;
  await expect(page.getByTestId('timer')).toHaveText(aboutFiveMinutes);
  await expect(phone.getByTestId('timer')).toHaveText(aboutFiveMinutes);
  await expect(wall.getByTestId('timer')).toHaveText(aboutFiveMinutes);
  await expect(page.getByRole('button', { name: 'Mettre en pause' })).toBeEnabled();

  await phoneContext.close();
});
