/**
 * Groups on the day (French UI). A World Café: 12 phones join (two through the form, answering a
 * join question), the facilitator makes a plan of 3 rounds at 3 tables of 4 with chosen hosts
 * and plays it: every phone names the table the console's grid gives it, with its tablemates;
 * hosts stay; the repeated encounters are those the plan reports; a note written during a round
 * carries its table; a swap by hand moves both phones; a latecomer waits, then is seated by a
 * re-plan; the wall shows each round. Then cross-interviews: 5 people make a pair and a trio,
 * phones say who interviews whom, roles swap, and foursomes keep each interview group together.
 */

import AxeBuilder from '@axe-core/playwright';
import { type BrowserContext, expect, type Locator, type Page, test } from '@playwright/test';
import { closeActivity, openActivity } from './support/activities.ts';
import { expectNoAxeViolations, WCAG_TAGS } from './support/axe.ts';
import { consoleUrl, setUpWorkshop, type Workshop } from './support/facilitator.ts';
import { chooseNickname, connectionStatus, enterCode, newPhone, post } from './support/participant.ts';
import { type Complaints, watchContext } from './support/watch.ts';

interface Seat {
  id: string;
  name: string;
  host: boolean;
}
/** round → table → people, as the console's grid shows it (0-based indexes). */
type Grid = Seat[][][];

const NAMES = [
  'Ana',
  'Basile',
  'Chloé',
  'Dario',
  'Elsa',
  'Farid',
  'Gwen',
  'Hugo',
  'Inès',
  'Jules',
  'Kenza',
  'Léo',
];

async function putJoinQuestion(page: Page, workshop: Workshop): Promise<void> {
  const response = await page.request.put(
    `/api/organisations/${workshop.orgId}/live-sessions/${workshop.sessionId}/join-questions`,
    {
      data: { questions: [{ key: 'service', label: 'Service', options: ['Ventes', 'RH'], required: false }] },
      headers: { 'x-csrf-token': workshop.csrfToken },
    },
  );
  expect(response.ok(), await response.text()).toBe(true);
}

/**
 * Opens one phone per name. Those given a Service join through the form (answering it); the
 * others join by API and open the live page with the token stored, as after a reload — the same
 * live screen, without typing twelve nicknames on a busy machine.
 */
async function joinPhones(
  contexts: BrowserContext[],
  code: string,
  names: readonly string[],
  answers: Record<string, string> = {},
): Promise<Map<string, Page>> {
  const pages = await Promise.all(contexts.map((c) => c.newPage()));
  await Promise.all(
    pages.map(async (page, i) => {
      const name = names[i] as string;
      const service = answers[name];
      if (service) {
        await enterCode(page, code);
        await page.getByLabel('Service').selectOption(service);
        await chooseNickname(page, name);
        return;
      }
      const response = await page.request.post(`/api/join/${code}`, { data: { nickname: name } });
      expect(response.status(), await response.text()).toBe(201);
      const { token, participant, sessionId } = (await response.json()) as Record<string, unknown>;
      const entry: [string, string] = [
        `cercle.participant.${code}`,
        JSON.stringify({ token, participant, sessionId }),
      ];
      await page.addInitScript(([key, value]) => localStorage.setItem(key, value), entry);
      await page.goto(`/join/${code}`);
      // Twelve pages load at once on a shared machine: give them time.
      await expect(page.getByText(`en tant que ${name}`)).toBeVisible({ timeout: 30_000 });
      await expect(connectionStatus(page)).toHaveText('Connecté', { timeout: 30_000 });
    }),
  );
  return new Map(names.map((n, i) => [n, pages[i] as Page]));
}

async function readGrid(page: Page): Promise<Grid> {
  const cells = await page.getByTestId('groups-cell').evaluateAll((tds) =>
    tds.map((td) => ({
      round: Number((td as HTMLElement).dataset.round) - 1,
      table: Number((td as HTMLElement).dataset.table) - 1,
      people: Array.from(td.querySelectorAll('li')).map((li) => ({
        id: li.dataset.id ?? '',
        name: li.querySelector('.groups-name')?.textContent ?? '',
        host: li.dataset.host === 'true',
      })),
    })),
  );
  const grid: Grid = [];
  for (const c of cells) {
    grid[c.round] ??= [];
    (grid[c.round] as Seat[][])[c.table] = c.people;
  }
  return grid;
}

/** Repeated encounters (a pair meeting k times counts k − 1), among everyone or among `among`. */
function repeats(grid: Grid, among?: Set<string>): number {
  const met = new Map<string, number>();
  for (const tables of grid)
    for (const table of tables) {
      const ids = table.map((s) => s.id).filter((id) => !among || among.has(id));
      for (let i = 0; i < ids.length; i++)
        for (let j = i + 1; j < ids.length; j++) {
          const key = [ids[i], ids[j]].sort().join('|');
          met.set(key, (met.get(key) ?? 0) + 1);
        }
    }
  return [...met.values()].reduce((sum, n) => sum + Math.max(0, n - 1), 0);
}

const tableOf = (grid: Grid, round: number, name: string) =>
  (grid[round] ?? []).findIndex((t) => t.some((s) => s.name === name));

/** Every phone's card says the table (and role) the grid gives it in `round` (0-based), with its tablemates. */
async function expectPhonesMatch(phones: Map<string, Page>, grid: Grid, round: number): Promise<void> {
  const count = grid.length;
  const checks: Promise<void>[] = [];
  (grid[round] ?? []).forEach((people, table) => {
    for (const seat of people) {
      const page = phones.get(seat.name) as Page;
      const n = table + 1;
      const stays = round > 0 && tableOf(grid, round - 1, seat.name) === table;
      const heading = seat.host
        ? `Tour ${round + 1} sur ${count} : vous animez la table ${n}`
        : `Tour ${round + 1} sur ${count} : ${stays ? 'restez à' : 'allez à'} la table ${n}`;
      const mates = people.filter((s) => s !== seat).map((s) => s.name);
      checks.push(
        (async () => {
          const card = page.getByTestId('groups-card');
          await expect(card.getByTestId('groups-card-heading')).toHaveText(heading);
          await expect(card).toHaveAttribute('data-table', String(n));
          await expect(card.getByTestId('groups-mates').locator('li')).toHaveText(mates);
          if (seat.host && round > 0) await expect(card).toContainText('Accueillez les nouveaux venus');
        })(),
      );
    }
  });
  await Promise.all(checks);
}

async function expectWallShows(wall: Page, grid: Grid, round: number): Promise<void> {
  const section = wall.getByTestId('wall-groups');
  await expect(section).toHaveAttribute('data-round', String(round + 1));
  for (const [table, people] of (grid[round] ?? []).entries()) {
    const items = section.locator(`[data-testid="wall-table"][data-table="${table + 1}"] li`);
    await expect(items).toHaveText(people.map((s) => (s.host ? `${s.name}hôte` : s.name)));
  }
}

function groupsPanel(page: Page): Locator {
  return page.getByTestId('groups-panel');
}

test('World Café: 12 phones, 3 rounds, hosts stay, a swap by hand, notes carry their table', async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const staff = await browser.newContext();
  const staffComplaints = await watchContext(staff);
  const page = await staff.newPage();
  const workshop = await setUpWorkshop(page.request);
  await putJoinQuestion(page, workshop);
  await page.goto(consoleUrl(workshop));
  await expect(connectionStatus(page)).toHaveText('Connecté', { timeout: 30_000 });
  const wall = await staff.newPage();
  await wall.goto(`/wall/${workshop.code}`);

  const contexts = await Promise.all(NAMES.map(() => newPhone(browser)));
  const phoneComplaints: Complaints[] = await Promise.all(contexts.map((c) => watchContext(c)));
  const phones = await joinPhones(contexts, workshop.code, NAMES, { Ana: 'Ventes', Basile: 'RH' });
  await expect(page.getByTestId('presence')).toContainText('12');

  // ---- The plan: World Café, 4 per table, 3 rounds, three chosen hosts ----
  const panel = groupsPanel(page);
  await panel.getByLabel('Type de groupes').selectOption('world-cafe');
  await panel.getByLabel('Personnes par table').fill('4');
  await panel.getByLabel('Nombre de tours').fill('3');
  const hosts = ['Chloé', 'Farid', 'Inès'];
  await panel.locator('summary', { hasText: 'Hôtes des tables (facultatif)' }).click();
  // Checked in order: each box then names the table its person hosts.
  for (const [i, h] of hosts.entries()) {
    await panel.getByRole('checkbox', { name: h, exact: true }).click();
    await expect(panel.getByRole('checkbox', { name: `${h} — table ${i + 1}` })).toBeChecked();
  }
  await panel.getByRole('button', { name: 'Faire le plan' }).click();
  await expect(panel.getByTestId('groups-status')).toHaveText('Plan prêt : 3 tables, 3 tour(s).');
  await expect(panel.getByTestId('groups-cell')).toHaveCount(9);
  let grid = await readGrid(page);

  // Each round seats all 12, four per table; the hosts head tables 1–3 every round.
  for (const tables of grid) {
    expect(tables.map((t) => t.length)).toEqual([4, 4, 4]);
    expect(new Set(tables.flat().map((s) => s.name))).toEqual(new Set(NAMES));
    expect(tables.map((t) => t.filter((s) => s.host).map((s) => s.name))).toEqual(hosts.map((h) => [h]));
    expect(tables.map((t) => t[0]?.name)).toEqual(hosts);
  }
  const reported = panel.getByTestId('groups-repeats');
  const planRepeats = Number(await reported.getAttribute('data-repeats'));
  const lowerBound = Number(await reported.getAttribute('data-lower-bound'));
  expect(repeats(grid)).toBe(planRepeats);
  expect(planRepeats).toBeGreaterThanOrEqual(lowerBound);
  const travellers = new Set(
    grid[0]!
      .flat()
      .filter((s) => !s.host)
      .map((s) => s.id),
  );
  expect(repeats(grid, travellers)).toBeLessThanOrEqual(planRepeats);

  // ---- Before the start: phones announce the first table ----
  for (const [table, people] of grid[0]!.entries())
    for (const seat of people)
      await expect(phones.get(seat.name)!.getByTestId('groups-card-heading')).toHaveText(
        seat.host
          ? `Au tour 1, vous animez la table ${table + 1}`
          : `Votre table pour le tour 1 : table ${table + 1}`,
      );
  await expect(wall.getByTestId('wall-groups')).toContainText('(à venir)');

  // ---- Round 1 ----
  await panel.getByRole('button', { name: 'Lancer le tour 1', exact: true }).click();
  await expect(panel.getByTestId('groups-round')).toHaveText('Tour 1 sur 3 en cours');
  await expectPhonesMatch(phones, grid, 0);
  await expectWallShows(wall, grid, 0);

  // A note written during the round carries its author's table.
  const writer = grid[0]![1]![2]!;
  await openActivity(page, { kind: 'contributions', title: 'Nos idées', private: false });
  const writerPhone = phones.get(writer.name)!;
  await expect(writerPhone.getByTestId('activity')).toHaveAttribute('data-status', 'open');
  await expect(await post(writerPhone, 'Une idée de la table 2')).toHaveAttribute('data-status', 'sent');
  await expect(
    panel.locator(
      '[data-testid="groups-cell"][data-round="1"][data-table="2"] [data-testid="groups-notes-count"]',
    ),
  ).toHaveText('1 note écrite à cette table');
  await panel.getByText('Notes des tables (tour 1)').click();
  await expect(panel.getByTestId('groups-note')).toHaveText(['Table 2, tour 1 Une idée de la table 2']);
  await closeActivity(page, page.getByTestId('activity').filter({ hasText: 'Nos idées' }));

  // ---- Round 2: hosts stay, travellers move ----
  await panel.getByRole('button', { name: 'Tour suivant (2)' }).click();
  await expect(panel.getByTestId('groups-round')).toHaveText('Tour 2 sur 3 en cours');
  await expectPhonesMatch(phones, grid, 1);
  await expectWallShows(wall, grid, 1);
  await expect(wall.getByTestId('wall-moving')).toContainText('Changent de table');

  // ---- A swap by hand, from the keyboard-operable selects: both phones follow ----
  const a = grid[1]![0]!.find((s) => !s.host)!;
  const b = grid[1]![2]!.find((s) => !s.host)!;
  await panel.getByLabel('Tour', { exact: true }).selectOption('1');
  await panel.getByLabel('Personne à déplacer').selectOption(a.id);
  await panel.getByLabel('Échanger avec, ou déplacer vers').selectOption(`p:${b.id}`);
  await panel.getByRole('button', { name: 'Appliquer' }).click();
  await expect(panel.getByTestId('groups-status')).toHaveText(
    `${a.name} (table 3) et ${b.name} (table 1) échangent leur place au tour 2.`,
  );
  await expect(phones.get(a.name)!.getByTestId('groups-card-heading')).toHaveText(/la table 3$/);
  await expect(phones.get(b.name)!.getByTestId('groups-card-heading')).toHaveText(/la table 1$/);
  await expect(panel.getByText('1 modification à la main')).toBeVisible();
  grid = await readGrid(page);
  expect(tableOf(grid, 1, a.name)).toBe(2);
  expect(tableOf(grid, 1, b.name)).toBe(0);
  await expectPhonesMatch(phones, grid, 1);
  await expectWallShows(wall, grid, 1);

  // ---- Round 3 ----
  await panel.getByRole('button', { name: 'Lancer le tour 3', exact: true }).click();
  await expect(panel.getByTestId('groups-round')).toHaveText('Tour 3 sur 3 en cours');
  await expectPhonesMatch(phones, grid, 2);
  await expectWallShows(wall, grid, 2);
  for (const h of hosts)
    await expect(phones.get(h)!.getByTestId('groups-card')).toHaveAttribute('data-hosting', 'true');

  // ---- A latecomer: waits to be seated, then the re-plan gives a table in the round being played ----
  const lateContext = await newPhone(browser);
  contexts.push(lateContext);
  phoneComplaints.push(await watchContext(lateContext));
  const late = (await joinPhones([lateContext], workshop.code, ['Zoé'])).get('Zoé')!;
  await expect(late.getByTestId('groups-card-heading')).toHaveText(
    'L’animateur va vous placer dans un instant.',
  );
  const newcomers = panel.getByTestId('groups-newcomers');
  await expect(newcomers).toContainText('1 personne arrivée après le plan');
  await newcomers.getByRole('button', { name: 'Refaire le plan avec les nouveaux venus' }).click();
  await expect(panel.getByTestId('groups-status')).toHaveText(/^Plan refait : \d+ déplacement\(s\)\.$/);
  await expect(newcomers).toHaveCount(0);
  grid = await readGrid(page);
  expect(grid[2]!.flat().map((s) => s.name)).toContain('Zoé');
  phones.set('Zoé', late);
  await expectPhonesMatch(phones, grid, 2);

  await expectNoAxeViolations(phones.get('Ana')!);
  await expectNoAxeViolations(wall);
  // The console holds other capabilities' panels: axe looks at this one only.
  const axe = await new AxeBuilder({ page })
    .include('[data-testid="groups-panel"]')
    .withTags(WCAG_TAGS)
    .analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
    [],
  );
  for (const complaints of [staffComplaints, ...phoneComplaints]) {
    expect(complaints.csp).toEqual([]);
    expect(complaints.pageErrors).toEqual([]);
    expect(complaints.consoleErrors).toEqual([]);
  }
  await Promise.all([staff, ...contexts].map((c) => c.close()));
});

test('cross-interviews: a pair and a trio, roles swap, foursomes keep each pair together', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const staff = await browser.newContext();
  const page = await staff.newPage();
  const workshop = await setUpWorkshop(page.request);
  await page.goto(consoleUrl(workshop));
  await expect(connectionStatus(page)).toHaveText('Connecté', { timeout: 30_000 });
  const names = NAMES.slice(0, 5);
  const contexts = await Promise.all(names.map(() => newPhone(browser)));
  const phones = await joinPhones(contexts, workshop.code, names);
  await expect(page.getByTestId('presence')).toContainText('5');

  const panel = groupsPanel(page);
  // A plan the server cannot make: its reason shows in an alert.
  await panel.getByLabel('Type de groupes').selectOption('world-cafe');
  await panel.locator('summary', { hasText: 'Hôtes des tables (facultatif)' }).click();
  for (const name of names) await panel.getByRole('checkbox', { name, exact: true }).click();
  await panel.getByRole('button', { name: 'Faire le plan' }).click();
  await expect(panel.getByRole('alert')).toContainText('There are 5 hosts for');
  await expect(panel.getByTestId('groups-plan')).toHaveCount(0);

  await panel.getByLabel('Type de groupes').selectOption('interviews');
  await panel.getByRole('button', { name: 'Faire le plan' }).click();
  const pairs = panel.getByTestId('groups-pair');
  await expect(pairs).toHaveCount(2);
  await panel.getByRole('button', { name: 'Lancer les interviews' }).click();

  // "X interviewe Y" and, for the trio, "— Z écoute et prend des notes".
  const parse = async () =>
    (await pairs.allTextContents()).map((text) => {
      const m = /^(.+) interviewe (.+?)(?: — (.+) écoute et prend des notes)?$/.exec(text);
      expect(m, text).not.toBeNull();
      return { asker: m![1]!, answerer: m![2]!, witness: m![3] ?? null };
    });
  const before = await parse();
  expect(before.map((p) => p.witness === null).sort()).toEqual([false, true]);
  expect(new Set(before.flatMap((p) => [p.asker, p.answerer, p.witness]).filter(Boolean))).toEqual(
    new Set(names),
  );
  for (const p of before) {
    await expect(phones.get(p.asker)!.getByTestId('groups-card-heading')).toHaveText(
      `Vous interviewez ${p.answerer}`,
    );
    await expect(phones.get(p.answerer)!.getByTestId('groups-card-heading')).toHaveText(
      `${p.asker} vous interviewe`,
    );
    if (p.witness)
      await expect(phones.get(p.witness)!.getByTestId('groups-card-heading')).toHaveText(
        `Vous écoutez : ${p.asker} interviewe ${p.answerer}`,
      );
  }

  // ---- Swap roles: in the pair the answerer asks now ----
  await panel.getByRole('button', { name: 'Inverser les rôles' }).click();
  await expect(panel.getByTestId('groups-status')).toHaveText('Rôles inversés.');
  const pair = before.find((p) => p.witness === null)!;
  await expect(phones.get(pair.answerer)!.getByTestId('groups-card-heading')).toHaveText(
    `Vous interviewez ${pair.asker}`,
  );
  await expect(phones.get(pair.asker)!.getByTestId('groups-card-heading')).toHaveText(
    `${pair.answerer} vous interviewe`,
  );
  const trio = before.find((p) => p.witness !== null)!;
  // The trio turns: the answerer asks the witness, the first asker listens.
  await expect(phones.get(trio.answerer)!.getByTestId('groups-card-heading')).toHaveText(
    `Vous interviewez ${trio.witness}`,
  );
  await expect(phones.get(trio.asker)!.getByTestId('groups-card-heading')).toHaveText(
    `Vous écoutez : ${trio.answerer} interviewe ${trio.witness}`,
  );

  // ---- Foursomes: each interview group sits at one table ----
  await panel.getByRole('button', { name: 'Former des quatuors' }).click();
  await expect(panel.getByTestId('groups-plan')).toHaveAttribute('data-kind', 'tables');
  const grid = await readGrid(page);
  expect(grid).toHaveLength(1);
  expect(new Set(grid[0]!.flat().map((s) => s.name))).toEqual(new Set(names));
  for (const p of before) {
    const members = [p.asker, p.answerer, ...(p.witness ? [p.witness] : [])];
    expect(new Set(members.map((n) => tableOf(grid, 0, n))).size, members.join(', ')).toBe(1);
  }
  for (const [table, people] of grid[0]!.entries())
    for (const seat of people)
      await expect(phones.get(seat.name)!.getByTestId('groups-card-heading')).toHaveText(
        `Votre table pour le tour 1 : table ${table + 1}`,
      );
  await Promise.all([staff, ...contexts].map((c) => c.close()));
});
