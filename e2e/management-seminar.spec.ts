/**
 * The one-day management seminar, live (French UI): a facilitator creates the mission from the
 * `management-seminar` template and runs its workshop from the dashboard, with the console in
 * one page and the wall in another; five phones join by code. Driven from the console's run
 * of show: findings on private sticky notes then revealed, a dot vote during which one phone
 * goes offline and changes its vote, a majority judgment, a public Q&A with upvotes and an
 * answered question, and an action plan (form activity). Every result is checked exactly on
 * the wall and against the server's results; axe finds nothing on the console, a phone and
 * the wall; no CSP violation, page error or console error anywhere.
 */
import { type BrowserContext, expect, type Page, test } from '@playwright/test';
import {
  ballotStatus,
  closeActivity,
  dotTotals,
  expectCurrentActivity,
  majorityGrade,
  moveDots,
  openActivity,
  optionIds,
  sendVote,
  showResultsOnWall,
  submitActivity,
  voteDots,
  voteGrades,
} from './support/activities.ts';
import { expectNoAxeViolations, expectNoHorizontalScroll } from './support/axe.ts';
import {
  createMissionFromTemplate,
  createOrganisationInUi,
  newAccount,
  nextMonday,
  signUpInUi,
  unique,
} from './support/facilitator.ts';
import { connectionStatus, joinAs, newPhone, outboxItem, PHONE, post } from './support/participant.ts';
import { type Complaints, watchContext } from './support/watch.ts';

const NICKNAMES = ['Amina', 'Bruno', 'Chloé', 'David', 'Élise'] as const;
type Nickname = (typeof NICKNAMES)[number];

const SEQUENCES = {
  findings: 'Ce que disent les entretiens – Constats',
  priorities: 'Ce que disent les entretiens – Importance × urgence',
  serviceLevels: 'Niveaux de service – Révision des fiches',
  questions: 'Nos engagements de service – Questions de clarification',
  actions: 'Prochaines étapes – Rédaction des actions',
} as const;

// ---- 2. Findings (private sticky notes, two columns) ----
const WORKS = 'Ce qui marche';
const BLOCKS = 'Ce qui bloque';
const FINDINGS: Record<Nickname, { text: string; column: string }[]> = {
  Amina: [
    { text: 'Les agents d’accueil connaissent bien les habitants', column: WORKS },
    { text: 'Les courriels restent sans réponse plus de dix jours', column: BLOCKS },
  ],
  Bruno: [{ text: 'Le portail famille est apprécié des parents', column: WORKS }],
  Chloé: [
    { text: 'Chaque service a ses propres délais', column: BLOCKS },
    { text: 'Les actes d’état civil sont délivrés en 48 h', column: WORKS },
  ],
  David: [{ text: 'Personne ne suit les réclamations de bout en bout', column: BLOCKS }],
  Élise: [{ text: 'Les plannings du samedi reposent sur deux agents', column: BLOCKS }],
};
const ALL_FINDINGS = Object.values(FINDINGS).flat();

// ---- 3. Dot vote: 3 dots each over 4 options ----
const PRIORITIES = [
  'Répondre aux courriels sous 48 h',
  'Un accueil unique pour tout le pôle',
  'Suivre chaque réclamation jusqu’à sa clôture',
  'Ouvrir le samedi matin sur rendez-vous',
] as const;
const [MAIL, DESK, CLAIMS, SATURDAY] = PRIORITIES;
const DOTS: Record<Exclude<Nickname, 'Chloé'>, Record<string, number>> = {
  Amina: { [MAIL]: 2, [CLAIMS]: 1 },
  Bruno: { [DESK]: 1, [CLAIMS]: 1, [SATURDAY]: 1 },
  David: { [CLAIMS]: 2, [MAIL]: 1 },
  Élise: { [DESK]: 2, [CLAIMS]: 1 },
};
/** Chloé votes online, then changes her vote: two dots off, goes offline, two dots elsewhere. */
const CHLOE_FIRST = { [MAIL]: 3 };
const CHLOE_LATEST = { [MAIL]: 1, [DESK]: 1, [SATURDAY]: 1 };

// ---- 4. Majority judgment over 3 options, the 7 French grades ----
const GRADES = ['Excellent', 'Très bien', 'Bien', 'Assez bien', 'Passable', 'Insuffisant', 'À rejeter'];
const LEVELS = [
  'Courriels : réponse sous 48 h',
  'Accueil : moins de 10 minutes d’attente',
  'État civil : actes délivrés en 3 jours',
] as const;
const JUDGMENTS: Record<Nickname, readonly string[]> = {
  Amina: ['Très bien', 'Bien', 'Excellent'],
  Bruno: ['Bien', 'Passable', 'Très bien'],
  Chloé: ['Excellent', 'Assez bien', 'Bien'],
  David: ['Assez bien', 'Insuffisant', 'Très bien'],
  Élise: ['Bien', 'Bien', 'À rejeter'],
};

// ---- 5. Q&A (public): who asks what, who upvotes what ----
const QUESTIONS = {
  budget: { by: 'Amina', text: 'Quel budget pour former les agents d’accueil ?' },
  referee: { by: 'Bruno', text: 'Qui arbitre quand deux services se renvoient une demande ?' },
  publish: { by: 'David', text: 'Les niveaux de service seront-ils publiés aux habitants ?' },
} as const satisfies Record<string, { by: Nickname; text: string }>;
type QuestionKey = keyof typeof QUESTIONS;
const UPVOTES: Record<Nickname, QuestionKey[]> = {
  Amina: ['referee'],
  Bruno: ['budget'],
  Chloé: ['referee', 'budget'],
  David: ['referee'],
  Élise: ['referee', 'publish'],
};

// ---- 6. Action plan (form): two rows ----
const ACTION_FIELDS = ['Action', 'Pilote', 'Échéance'] as const;
const ACTION_ROWS: { by: Nickname; values: [string, string, string] }[] = [
  { by: 'Amina', values: ['Publier une charte des délais de réponse', 'Amina', 'Fin mars'] },
  { by: 'Bruno', values: ['Créer un guichet unique des réclamations', 'Bruno', 'Juin'] },
];

/** What Chromium logs by itself when the app's reconnection attempts meet no network. */
const OFFLINE_SOCKET_ERROR =
  /^WebSocket connection to 'ws:\/\/[^']+\/api\/live\/ws' failed: .*net::ERR_INTERNET_DISCONNECTED$/;

interface Phone {
  nickname: Nickname;
  context: BrowserContext;
  page: Page;
  complaints: Complaints;
}

interface ResultsAnswer {
  activities: {
    activity: { id: string; kind: string; title: string; sequenceId: string | null };
    result: Record<string, unknown>;
  }[];
}

test('the one-day management seminar: five phones, a wall, findings, votes, Q&A and an action plan', async ({
  browser,
}) => {
  test.setTimeout(300_000);

  // ---- Set-up: facilitator, organisation (UI), mission from the template (API), live (UI) ----
  const staff = await browser.newContext();
  const staffComplaints = await watchContext(staff);
  const page = await staff.newPage();
  await signUpInUi(page, newAccount('Claire Martin'));
  const orgId = await createOrganisationInUi(page, unique('Ville de Saint-Aubin'));
  const seminar = await createMissionFromTemplate(page.request, orgId, {
    templateId: 'management-seminar',
    startsOn: nextMonday(),
    locale: 'fr',
  });
  const sequenceId = (title: string) => {
    const found = seminar.sequences.find((s) => s.title === title);
    expect(found, `the run of show has « ${title} »`).toBeDefined();
    return found!.id;
  };

  await page.goto(`/org/${orgId}/missions/${seminar.missionId}`);
  await page.getByRole('button', { name: `Animer en direct « ${seminar.stepTitle} »` }).click();
  await expect(page).toHaveURL(/\/org\/[0-9a-f-]+\/live\/[0-9a-f-]+$/);
  const sessionId = new URL(page.url()).pathname.split('/')[4]!;
  await expect(connectionStatus(page)).toHaveText('Connecté');
  const code = ((await page.getByTestId('join-code').first().textContent()) ?? '').trim();
  expect(code).toMatch(/^[0-9A-Z]{6}$/);
  await expect(page.getByTestId('run-of-show-item')).toHaveCount(seminar.sequences.length);

  const wall = await staff.newPage();
  await wall.goto(`/wall/${code}`);
  await expect(wall.getByTestId('join-code')).toHaveText(code);

  const phones: Phone[] = await Promise.all(
    NICKNAMES.map(async (nickname) => {
      const context = await newPhone(browser);
      const complaints = await watchContext(context);
      const phonePage = await context.newPage();
      await joinAs(phonePage, code, nickname);
      return { nickname, context, page: phonePage, complaints };
    }),
  );
  const phone = (nickname: Nickname) => phones.find((p) => p.nickname === nickname)!.page;
  const everyPhone = (check: (p: Page, nickname: Nickname) => Promise<void>) =>
    Promise.all(phones.map((p) => check(p.page, p.nickname)));

  /** "Démarrer cette séquence : T" → the console marks it current, every phone and the wall show it. */
  async function startSequence(title: string) {
    const item = page.getByTestId('run-of-show-item').filter({ hasText: title });
    await item.getByRole('button', { name: `Démarrer cette séquence : ${title}`, exact: true }).click();
    await expect(item).toHaveAttribute('aria-current', 'step');
    await everyPhone(async (p) => {
      await expect(p.getByTestId('current-sequence').locator('.current-sequence-title')).toHaveText(title);
    });
    await expect(wall.getByTestId('current-sequence')).toContainText(title);
  }

  // ---- 1 & 2. Findings: private sticky notes, then revealed ----
  await startSequence(SEQUENCES.findings);
  const findings = await openActivity(page, {
    kind: 'contributions',
    title: 'Constats',
    prompt: 'Qu’avez-vous entendu pendant les entretiens ?',
    columns: [WORKS, BLOCKS],
    private: true,
  });
  await everyPhone(async (p, nickname) => {
    await expectCurrentActivity(p, 'contributions', 'Constats');
    for (const finding of FINDINGS[nickname]) {
      await p.getByLabel('Colonne', { exact: true }).selectOption(finding.column);
      const item = await post(p, finding.text);
      await expect(item).toHaveAttribute('data-status', 'sent');
    }
  });
  // Before the reveal: the console has them all, phones see only their own, the wall counts.
  await expect(findings.getByTestId('contribution')).toHaveCount(ALL_FINDINGS.length);
  await everyPhone(async (p, nickname) => {
    await expect(p.getByTestId('contribution')).toHaveCount(0);
    await expect(p.getByTestId('outbox-item')).toHaveCount(FINDINGS[nickname].length);
  });
  await expect(wall.getByTestId('wall-activity')).toContainText(`Contributions : ${ALL_FINDINGS.length}`);
  await expect(wall.getByTestId('contribution')).toHaveCount(0);

  await findings.getByRole('button', { name: 'Révéler', exact: true }).click();
  await expect(findings.getByRole('button', { name: 'Révéler', exact: true })).toHaveCount(0);
  await everyPhone(async (p, nickname) => {
    const others = ALL_FINDINGS.filter((f) => !FINDINGS[nickname].includes(f));
    await expect(p.getByTestId('contribution')).toHaveCount(others.length);
    for (const f of others)
      await expect(p.getByTestId('contribution').filter({ hasText: f.text })).toHaveCount(1);
    for (const f of FINDINGS[nickname]) await expect(outboxItem(p, f.text)).toHaveCount(1);
  });
  await expect(wall.getByTestId('contribution')).toHaveCount(ALL_FINDINGS.length);
  for (const column of [WORKS, BLOCKS]) {
    const inColumn = ALL_FINDINGS.filter((f) => f.column === column);
    const region = wall.getByRole('region', { name: column, exact: true });
    await expect(region.getByTestId('contribution')).toHaveCount(inColumn.length);
    for (const f of inColumn)
      await expect(region.getByTestId('contribution').filter({ hasText: f.text })).toHaveCount(1);
  }
  await closeActivity(page, findings);

  // ---- 3. Dot vote: one phone goes offline mid-vote and comes back ----
  await startSequence(SEQUENCES.priorities);
  const ids = optionIds(PRIORITIES);
  const dots = await openActivity(page, {
    kind: 'dots',
    title: 'Nos priorités',
    options: PRIORITIES,
    tokens: 3,
  });
  await everyPhone((p) => expectCurrentActivity(p, 'dots', 'Nos priorités'));

  const chloe = phones.find((p) => p.nickname === 'Chloé')!;
  await voteDots(chloe.page, CHLOE_FIRST);
  await expect(ballotStatus(chloe.page)).toHaveAttribute('data-state', 'sent');
  await expect(wall.getByTestId('wall-activity')).toContainText('Votes reçus : 1');
  // Mid-vote: two dots taken back online, then the network drops; the new vote waits.
  await moveDots(chloe.page, MAIL, -2);
  await chloe.context.setOffline(true);
  await expect(connectionStatus(chloe.page)).toContainText('Hors ligne');
  await moveDots(chloe.page, DESK, 1);
  await moveDots(chloe.page, SATURDAY, 1);
  await sendVote(chloe.page);
  await expect(ballotStatus(chloe.page)).toHaveAttribute('data-state', 'pending');

  await Promise.all(
    Object.entries(DOTS).map(async ([nickname, ballot]) => {
      const p = phone(nickname as Nickname);
      await voteDots(p, ballot);
      await expect(ballotStatus(p)).toHaveAttribute('data-state', 'sent');
    }),
  );
  await expect(wall.getByTestId('wall-activity')).toContainText('Votes reçus : 5');
  await expect(ballotStatus(chloe.page)).toHaveAttribute('data-state', 'pending');
  await expectNoAxeViolations(phone('Amina'));

  await chloe.context.setOffline(false);
  await expect(connectionStatus(chloe.page)).toHaveText('Connecté', { timeout: 20_000 });
  await expect(ballotStatus(chloe.page)).toHaveAttribute('data-state', 'sent');

  await expect(wall.getByTestId('result-bar')).toHaveCount(0);
  await showResultsOnWall(dots);
  const expectedDots = dotTotals(PRIORITIES, [...Object.values(DOTS), CHLOE_LATEST]);
  expect([...expectedDots.values()]).toEqual([4, 4, 5, 2]); // what the clicks above add up to
  const bars = wall.getByTestId('result-bar');
  await expect(bars).toHaveCount(PRIORITIES.length);
  for (const label of PRIORITIES) {
    const bar = wall.locator(`[data-testid="result-bar"][data-option="${ids.get(label)}"]`);
    await expect(bar).toContainText(label);
    await expect(bar).toHaveAttribute('data-value', String(expectedDots.get(label)));
  }
  await expect(wall.getByTestId('wall-activity')).toContainText('Votes reçus : 5');
  await expectNoAxeViolations(wall);

  const dotsId = (await dots.getAttribute('data-activity-id'))!;
  const results = async () => {
    const response = await page.request.get(`/api/organisations/${orgId}/live-sessions/${sessionId}/results`);
    expect(response.ok()).toBe(true);
    return (await response.json()) as ResultsAnswer;
  };
  const dotsResult = (await results()).activities.find((a) => a.activity.id === dotsId);
  expect(dotsResult?.activity.sequenceId).toBe(sequenceId(SEQUENCES.priorities));
  const dotsTally = dotsResult?.result as {
    kind: string;
    result: { voters: number; totals: { optionId: string; dots: number }[] };
  };
  expect(dotsTally.kind).toBe('dots');
  expect(dotsTally.result.voters).toBe(5);
  expect(dotsTally.result.totals.map((t) => [t.optionId, t.dots])).toEqual(
    PRIORITIES.map((label) => [ids.get(label), expectedDots.get(label)]),
  );
  await closeActivity(page, dots);

  // ---- 4. Majority judgment: every participant grades every option ----
  await startSequence(SEQUENCES.serviceLevels);
  const levelIds = optionIds(LEVELS);
  const judgment = await openActivity(page, {
    kind: 'judgment',
    title: 'Nos niveaux de service',
    options: LEVELS,
  });
  await expect(page.getByRole('form', { name: 'Ouvrir une activité' }).getByLabel('Mentions')).toHaveValue(
    GRADES.join('\n'),
  );
  await everyPhone(async (p, nickname) => {
    await expectCurrentActivity(p, 'judgment', 'Nos niveaux de service');
    await voteGrades(p, Object.fromEntries(LEVELS.map((label, i) => [label, JUDGMENTS[nickname][i]!])));
    await expect(ballotStatus(p)).toHaveAttribute('data-state', 'sent');
  });
  await expect(wall.getByTestId('wall-activity')).toContainText('Votes reçus : 5');
  await showResultsOnWall(judgment);
  await expect(wall.getByTestId('merit-profile')).toHaveCount(LEVELS.length);
  const expectedGrades = LEVELS.map((_, i) =>
    majorityGrade(
      GRADES,
      NICKNAMES.map((n) => JUDGMENTS[n][i]!),
    ),
  );
  expect(expectedGrades).toEqual(['Bien', 'Assez bien', 'Très bien']); // the lower medians of the table above
  for (const [i, label] of LEVELS.entries()) {
    await expect(
      wall.locator(`[data-testid="merit-profile"][data-option="${levelIds.get(label)}"]`),
    ).toHaveAttribute('data-majority-grade', expectedGrades[i]!);
  }
  await closeActivity(page, judgment);

  // ---- 5. Q&A: questions, upvotes, one answered; the wall orders them by votes ----
  await startSequence(SEQUENCES.questions);
  const qa = await openActivity(page, { kind: 'qa', title: 'Questions à la direction générale' });
  await everyPhone((p) => expectCurrentActivity(p, 'qa', 'Questions à la direction générale'));
  for (const { by, text } of Object.values(QUESTIONS)) {
    const p = phone(by);
    await p.getByLabel('Votre question').fill(text);
    await p.getByRole('button', { name: 'Poser la question', exact: true }).click();
    await expect(outboxItem(p, text)).toHaveAttribute('data-status', 'sent');
  }
  const upvote = (p: Page, key: QuestionKey) =>
    p.getByRole('button', { name: `Je soutiens : ${QUESTIONS[key].text.slice(0, 60)}`, exact: true });
  await everyPhone(async (p, nickname) => {
    for (const key of Object.keys(QUESTIONS) as QuestionKey[]) await expect(upvote(p, key)).toBeVisible();
    for (const key of UPVOTES[nickname]) {
      await upvote(p, key).click();
      await expect(upvote(p, key)).toHaveAttribute('aria-pressed', 'true');
      await expect(ballotStatus(p)).toHaveAttribute('data-state', 'sent');
    }
  });
  const answered = QUESTIONS.budget.text;
  const markAnswered = qa.getByRole('button', { name: `Répondue : ${answered.slice(0, 40)}`, exact: true });
  await markAnswered.click();
  await expect(markAnswered).toHaveAttribute('aria-pressed', 'true');

  const votes = (key: QuestionKey) => NICKNAMES.filter((n) => UPVOTES[n].includes(key)).length;
  const byVotes = (Object.keys(QUESTIONS) as QuestionKey[]).sort((a, b) => votes(b) - votes(a));
  expect(byVotes.map(votes)).toEqual([4, 2, 1]);
  const wallQuestions = wall.getByTestId('question');
  await expect(wallQuestions).toHaveCount(byVotes.length);
  for (const [i, key] of byVotes.entries()) {
    await expect(wallQuestions.nth(i)).toContainText(QUESTIONS[key].text);
    await expect(wallQuestions.nth(i)).toHaveAttribute('data-votes', String(votes(key)));
  }
  await expect(wallQuestions.filter({ hasText: answered })).toContainText('Répondue');
  await closeActivity(page, qa);

  // ---- 6. Action plan: the "Plan d’action" form, two rows ----
  await startSequence(SEQUENCES.actions);
  const form = page.getByRole('form', { name: 'Ouvrir une activité' });
  await form.getByRole('button', { name: 'Plan d’action', exact: true }).click();
  await expect(form.getByLabel('Type d’activité')).toHaveValue('form');
  await expect(form.getByLabel('Titre', { exact: true })).toHaveValue('Plan d’action');
  await expect(form.getByLabel('Champs du formulaire')).toHaveValue(ACTION_FIELDS.join('\n'));
  const plan = await submitActivity(page, 'Plan d’action');
  await everyPhone((p) => expectCurrentActivity(p, 'form', 'Plan d’action'));
  const amina = phone('Amina');
  for (const field of ACTION_FIELDS) await expect(amina.getByLabel(field, { exact: true })).toBeVisible();
  await expectNoAxeViolations(amina);
  await expectNoHorizontalScroll(amina, PHONE.width);
  await Promise.all(
    ACTION_ROWS.map(async ({ by, values }) => {
      const p = phone(by);
      for (const [i, field] of ACTION_FIELDS.entries())
        await p.getByLabel(field, { exact: true }).fill(values[i]!);
      await p.getByRole('button', { name: 'Envoyer', exact: true }).click();
      const item = outboxItem(p, values[0]);
      await expect(item).toHaveCount(1);
      await expect(item).toHaveAttribute('data-status', 'sent');
      await expect(p.getByLabel('Action', { exact: true })).toHaveValue('');
    }),
  );
  const expectRows = async (where: Page) => {
    const table = where === page ? plan.getByRole('table') : where.getByRole('table');
    await expect(table.getByRole('columnheader')).toHaveText(['Pseudonyme', ...ACTION_FIELDS]);
    const rows = table.getByTestId('form-row');
    await expect(rows).toHaveCount(ACTION_ROWS.length);
    // Rows come in arrival order and both phones sent at once: find each row by its action.
    for (const { by, values } of ACTION_ROWS) {
      const row = rows.filter({ hasText: values[0] });
      await expect(row).toHaveCount(1);
      await expect(row.getByRole('cell')).toHaveText([by, ...values]);
    }
  };
  await expectRows(page);
  await expectRows(wall);

  const planId = (await plan.getAttribute('data-activity-id'))!;
  const final = await results();
  const planResult = final.activities.find((a) => a.activity.id === planId)?.result as {
    kind: string;
    fields: { key: string; label: string }[];
    rows: { nickname: string; values: string[] }[];
  };
  expect(planResult.kind).toBe('form');
  expect(planResult.fields).toEqual(ACTION_FIELDS.map((label, i) => ({ key: `f${i + 1}`, label })));
  expect(
    planResult.rows.map((r) => [r.nickname, ...r.values]).sort((a, b) => a[0]!.localeCompare(b[0]!)),
  ).toEqual(ACTION_ROWS.map((r) => [r.by, ...r.values]));
  expect(final.activities.map((a) => [a.activity.kind, a.activity.sequenceId])).toEqual([
    ['contributions', sequenceId(SEQUENCES.findings)],
    ['dots', sequenceId(SEQUENCES.priorities)],
    ['judgment', sequenceId(SEQUENCES.serviceLevels)],
    ['qa', sequenceId(SEQUENCES.questions)],
    ['form', sequenceId(SEQUENCES.actions)],
  ]);

  // ---- 7. Accessibility and complaints ----
  await expectNoAxeViolations(page);
  await expectNoAxeViolations(wall);

  for (const complaints of [staffComplaints, ...phones.map((p) => p.complaints)]) {
    expect(complaints.csp).toEqual([]);
    expect(complaints.pageErrors).toEqual([]);
  }
  expect(staffComplaints.consoleErrors).toEqual([]);
  for (const p of phones) {
    // Going offline makes Chromium log the reconnection attempts that cannot reach the network.
    const unexpected = p.complaints.consoleErrors.filter(
      (e) => !(p === chloe && OFFLINE_SOCKET_ERROR.test(e.text)),
    );
    expect(unexpected, `console errors on ${p.nickname}'s phone`).toEqual([]);
  }

  await Promise.all(phones.map((p) => p.context.close()));
  await staff.close();
});
