import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { layoutShift } from './support/layout-shift';

interface Deck {
  domains: { slug: string; title: string; weight: number | null }[];
  cards: { domain: string; anchor: string; title: string }[];
}

const deck = JSON.parse(readFileSync('dist/study/cards.json', 'utf8')) as Deck;
const domain = deck.domains[0]!;
const total = deck.cards.filter((c) => c.domain === domain.slug).length;
/** Sessions study every domain by default. */
const allCards = deck.cards.length;
const KEY = 'cks-study:progress';

const stored = (page: Page) => page.evaluate((key) => localStorage.getItem(key), KEY);

/** The progress row of the domain, as its cells read. */
async function row(page: Page) {
  // A table row on the home and study pages, the progress line on a domain page.
  const tr = page.locator(`[data-study-progress] [data-progress-domain="${domain.slug}"]`).first();
  await expect(tr).toBeVisible();
  const cell = (kind: string) => tr.locator(`[data-cell="${kind}"]`);
  return { mastered: cell('mastered'), learning: cell('learning'), fresh: cell('new') };
}

async function startSession(page: Page) {
  await page.goto('/study/');
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.locator('[data-study-session]')).toBeVisible();
}

/** Reveal the current card and press the grade button named `grade`. */
async function gradeCard(page: Page, grade: 'Again' | 'Hard' | 'Good' | 'Easy') {
  await page.getByRole('button', { name: 'Show answer' }).click();
  await page
    .getByRole('group', { name: 'How well did you remember it?' })
    .getByRole('button', { name: new RegExp(`^${grade}`) })
    .click();
}

/** Two mastered (Easy), one learning (Again). */
async function gradeThree(page: Page) {
  await startSession(page);
  await gradeCard(page, 'Easy');
  await gradeCard(page, 'Easy');
  await gradeCard(page, 'Again');
}

const pageErrors: Error[] = [];
test.beforeEach(({ page }) => {
  pageErrors.length = 0;
  page.on('pageerror', (error) => pageErrors.push(error));
});
test.afterEach(() => {
  expect(pageErrors, 'uncaught errors in the page').toEqual([]);
});

/** FSRS "Easy" on a new card: 8.3 days of stability, spread by a few days by the scheduler's fuzz. */
const EASY_FIRST = /^([5-9]|1[01]) days$/;

test('the header links to /study/, which links the Anki export', async ({ page, request }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Study', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Study');
  const anki = page.getByRole('link', { name: /Download all cards for Anki/ });
  const tsv = await (await request.get((await anki.getAttribute('href'))!)).text();
  expect(tsv.split('\n').slice(0, 6)).toEqual([
    '#separator:tab',
    '#html:true',
    '#notetype:Basic',
    '#deck:CKS Study',
    '#guid column:1',
    '#tags column:4',
  ]);
  // Each note starts with its GUID and ends with its domain's tag, then its topic's.
  expect(tsv).toMatch(/\ncks[0-9a-z]{13}\t/);
  expect(tsv).toMatch(new RegExp(`\\t${domain.slug} ${domain.slug}::[a-z0-9-]+\\n`));
});

test('each grade button shows its next interval before it is pressed', async ({ page }) => {
  await startSession(page);
  await expect(page.locator('[data-session-position]')).toHaveText(`Card 1 of ${Math.min(20, total)}`);
  await page.getByRole('button', { name: 'Show answer' }).click();
  const grades = page.getByRole('group', { name: 'How well did you remember it?' });
  await expect(grades.getByRole('button', { name: /^Again, next review in 1 minute/ })).toContainText('1m');
  await expect(grades.getByRole('button', { name: /^Good, next review in 10 minutes/ })).toContainText('10m');
  const easy = grades.getByRole('button', { name: /^Easy, next review in/ });
  const label = (await easy.getAttribute('aria-label'))!;
  expect(label.replace(/^Easy, next review in (.*) \(key 4\)$/, '$1')).toMatch(EASY_FIRST);
  const shown = (await easy.locator('[data-interval]').textContent())!;
  expect(shown).toMatch(/^\d+d$/);
  // Pressing it schedules the card exactly as the button said.
  await easy.click();
  const saved = JSON.parse((await stored(page))!) as { cards: Record<string, Record<string, { scheduledDays: number }>> };
  expect(`${saved.cards[domain.slug]![deck.cards[0]!.anchor]!.scheduledDays}d`).toBe(shown);
});

test('three graded cards survive a reload and show on the home and domain pages', async ({ page }) => {
  await gradeThree(page);
  await page.reload();
  let cells = await row(page);
  await expect(cells.mastered).toHaveText('2');
  await expect(cells.learning).toHaveText('1');
  await expect(cells.fresh).toHaveText(String(total - 3));

  await page.goto('/');
  cells = await row(page);
  await expect(cells.mastered).toHaveText('2');
  await expect(cells.learning).toHaveText('1');
  // Only the first domain has progress: its score (mastered fully, learning half) weighted by its exam weight.
  const weights = deck.domains.map((d) => d.weight ?? 0);
  const share = (weights[0] ?? 0) / weights.reduce((a, b) => a + b, 0) || 1 / deck.domains.length;
  await expect(page.locator('[data-readiness]')).toHaveText(`${Math.round((2.5 / total) * share * 100)}%`);

  await page.getByRole('link', { name: domain.title }).first().click();
  cells = await row(page);
  await expect(cells.mastered).toHaveText('2');
  const saved = JSON.parse((await stored(page))!) as { format: string; version: number; cards: Record<string, object> };
  expect(saved).toMatchObject({ format: 'cks-study-progress', version: 2 });
  expect(Object.keys(saved.cards[domain.slug]!)).toHaveLength(3);
});

test('"I knew it" and "Review again" appear after the answer is opened and update the progress', async ({ page }) => {
  const [first, second] = deck.cards;
  await page.goto(`/${domain.slug}/`);
  const article = page.locator(`article[data-question="${first!.anchor}"]`);
  const controls = article.getByRole('group', { name: /Did you know the answer/ });
  await expect(controls).toBeHidden();
  await article.getByText('Show answer').first().click();
  await controls.getByRole('button', { name: 'I knew it' }).click();
  await expect(controls).toContainText(/Mastered, next review in ([5-9]|1[01]) days\./);

  const other = page.locator(`article[data-question="${second!.anchor}"]`);
  await other.getByText('Show answer').first().click();
  await other.getByRole('button', { name: 'Review again' }).click();
  await expect(other).toContainText('Learning, next review in 1 minute.');
  const cells = await row(page);
  await expect(cells.mastered).toHaveText('1');
  await expect(cells.learning).toHaveText('1');
});

test('a first visit shows the empty progress without loading the progress code, which comes with the first opened answer', async ({
  page,
}) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  const progressCode = () => scripts.filter((path) => /\/(progress-storage|self-grade|study-progress|scheduler)\./.test(path));
  await page.goto(`/${domain.slug}/`);
  const cells = await row(page);
  await expect(cells.fresh).toHaveText(String(total));
  await expect(cells.mastered).toHaveText('0');
  await page.waitForLoadState('networkidle');
  expect(progressCode()).toEqual([]);

  const article = page.locator(`article[data-question="${deck.cards[0]!.anchor}"]`);
  await article.getByText('Show answer').first().click();
  await expect(article.getByRole('group', { name: /Did you know the answer/ })).toBeVisible();
  expect(progressCode().some((path) => path.includes('/self-grade.'))).toBe(true);
});

test('a deep link to a question shows its grade buttons at once', async ({ page }) => {
  const anchor = deck.cards[0]!.anchor;
  await page.goto(`/${domain.slug}/#${anchor}`);
  await expect(page.locator(`article[data-question="${anchor}"]`).getByRole('group', { name: /Did you know the answer/ })).toBeVisible();
});

test('export, then import into a fresh browser restores the progress', async ({ page, browser, baseURL }) => {
  await gradeThree(page);
  await page.getByRole('button', { name: 'End session' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export progress' }).click();
  const name = (await download).suggestedFilename();
  expect(name).toMatch(/^cks-study-progress-\d{4}-\d{2}-\d{2}\.json$/);
  const file = { name, mimeType: 'application/json', buffer: readFileSync(await (await download).path()) };
  const original = await stored(page);

  const fresh = await browser.newContext({ baseURL: baseURL! });
  const other = await fresh.newPage();
  await other.goto('/study/');
  await expect((await row(other)).mastered).toHaveText('0');
  await other.getByLabel('Import progress').setInputFiles(file);
  await expect(other.locator('[data-tools-message]')).toHaveText(
    /^Imported the progress of 3 questions and 3 reviews from cks-study-progress-.*, merged with this browser's\.$/,
  );
  const cells = await row(other);
  await expect(cells.mastered).toHaveText('2');
  await expect(cells.learning).toHaveText('1');
  expect(await stored(other)).toBe(original);
  await fresh.close();
});

/** The local date `days` from today, as a date input takes it. */
function dayFromToday(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

test('an exam date shows the days left, the cards unseen and the daily pace, and survives a reload without moving the page', async ({
  page,
}) => {
  await page.goto('/study/');
  const setup = page.locator('[data-study-setup]');
  await expect(page.locator('[data-exam-note] [data-active]')).toHaveText(/^No exam date set/);
  await page.getByLabel('Your exam is on').fill(dayFromToday(10));
  const pace = Math.ceil(allCards / 10);
  const figures = async () => {
    await expect(setup.locator('[data-exam-days]')).toHaveText('10');
    await expect(setup.locator('[data-exam-unseen]')).toHaveText(String(allCards));
    await expect(setup.locator('[data-exam-pace]')).toHaveText(String(pace));
    await expect(page.locator('[data-exam-note] [data-active]')).toHaveText(/^Reviews are scheduled no later than the exam/);
    // Cards first seen on days 0 to 8 are mastered two days later, in time for day 10.
    const projected = Math.round((Math.min(allCards, pace * 9) / allCards) * 100);
    await expect(page.locator('[data-exam-projection] [data-active]')).toContainText(`On exam day: ${projected}% of the cards mastered`);
  };
  await figures();

  await page.setViewportSize({ width: 412, height: 900 });
  await page.reload();
  await expect(page.getByLabel('Your exam is on')).toHaveValue(dayFromToday(10));
  await figures();
  expect(await layoutShift(page)).toBe(0);

  await page.getByRole('button', { name: 'Take this many new cards a day' }).click();
  await expect(page.getByLabel('New cards per day')).toHaveValue(String(pace));
  const saved = JSON.parse((await stored(page))!) as { settings: object };
  expect(saved.settings).toEqual({ newPerDay: pace, examDate: dayFromToday(10) });
});

for (const scheme of ['light', 'dark'] as const) {
  test(`with an exam date the setup and the projection break no accessibility rule (${scheme} scheme)`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/study/');
    await page.getByLabel('Your exam is on').fill(dayFromToday(30));
    await expect(page.locator('[data-exam-projection] [data-active]')).toContainText('On exam day:');
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background, 'the colour scheme is applied').toBe(scheme === 'light' ? 'rgb(255, 255, 255)' : 'rgb(13, 17, 23)');
    const results = await new AxeBuilder({ page })
      .include('[data-study-setup]')
      .include('[data-study-progress]')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
      .disableRules(['region'])
      .analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

test('intervals end at the exam day; a past date or none lifts the cap and says so', async ({ page }) => {
  await page.goto('/study/');
  const examDate = page.getByLabel('Your exam is on');
  await examDate.fill(dayFromToday(3));
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByRole('button', { name: 'Show answer' }).click();
  const easy = page.getByRole('group', { name: 'How well did you remember it?' }).getByRole('button', { name: /^Easy/ });
  // At most the 3 days left (the scheduler's fuzz may take a day off).
  await expect(easy).toHaveAccessibleName(/^Easy, next review in (1 day|[23] days) \(key 4\)$/);
  await page.getByRole('button', { name: 'End session' }).click();
  await page.getByRole('button', { name: 'New session' }).click();

  await examDate.fill(dayFromToday(-1));
  await expect(page.locator('[data-exam-days]')).toHaveText('–');
  await expect(page.locator('[data-exam-note] [data-active]')).toHaveText(/^That date has passed, so reviews are not capped/);
  await expect(page.locator('[data-exam-projection] [data-active]')).toHaveText(/^Your exam date has passed/);
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByRole('button', { name: 'Show answer' }).click();
  await expect(easy).toHaveAccessibleName(/^Easy, next review in ([5-9]|1[01]) days/);
  await page.getByRole('button', { name: 'End session' }).click();
  await page.getByRole('button', { name: 'New session' }).click();

  await examDate.fill('');
  await expect(page.locator('[data-exam-note] [data-active]')).toHaveText(/^No exam date set/);
  const saved = JSON.parse((await stored(page))!) as { settings: { examDate: unknown } };
  expect(saved.settings.examDate).toBeNull();
});

test('the exported file holds the review log, and importing it into a browser with its own reviews merges both logs', async ({
  page,
  browser,
  baseURL,
}) => {
  await gradeThree(page);
  await page.getByRole('button', { name: 'End session' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export progress' }).click();
  const exported = JSON.parse(readFileSync(await (await download).path(), 'utf8')) as {
    log: { t: string; c: string; r: number; b: number[]; a: number[] }[];
  };
  expect(exported.log.map((e) => e.r)).toEqual([4, 4, 1]);
  expect(exported.log[0]).toMatchObject({ c: `${domain.slug}#${deck.cards[0]!.anchor}`, b: [0, 0, 0, 0, 0] });
  expect(exported.log[0]!.a[0]).toBe(2); // Easy on a new card: straight to review
  const file = { name: 'progress.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(exported)) };

  const fresh = await browser.newContext({ baseURL: baseURL! });
  const other = await fresh.newPage();
  await other.goto(`/${domain.slug}/`);
  // A review given in the other browser first, on a card the file does not have.
  const article = other.locator(`article[data-question="${deck.cards[3]!.anchor}"]`);
  await article.getByText('Show answer').first().click();
  await article.getByRole('button', { name: 'Review again' }).click();
  await expect(article).toContainText('Learning, next review in 1 minute.');
  await other.goto('/study/');
  await other.getByLabel('Import progress').setInputFiles(file);
  await expect(other.locator('[data-tools-message]')).toHaveText(
    "Imported the progress of 3 questions and 3 reviews from progress.json, merged with this browser's.",
  );
  await other.getByLabel('Import progress').setInputFiles(file);
  await expect(other.locator('[data-tools-message]')).toContainText('Imported the progress of 3 questions');
  const merged = JSON.parse((await stored(other))!) as { log: { t: string; c: string }[]; cards: Record<string, object> };
  expect(merged.log).toHaveLength(4);
  expect(merged.log.map((e) => e.t)).toEqual([...merged.log.map((e) => e.t)].sort());
  expect(merged.log.at(-1)!.c).toBe(`${domain.slug}#${deck.cards[3]!.anchor}`);
  expect(Object.keys(merged.cards[domain.slug]!)).toHaveLength(4);
  await fresh.close();
});

test('a corrupt or foreign import file is rejected with a message and changes nothing', async ({ page }) => {
  await gradeThree(page);
  await page.getByRole('button', { name: 'End session' }).click();
  const before = await stored(page);
  const input = page.getByLabel('Import progress');
  const message = page.locator('[data-tools-message]');

  await input.setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format":"cks-study-progress","version":1,"cards":{'),
  });
  await expect(message).toContainText('Import failed: broken.json was not imported. The file is not valid JSON');
  await expect(message).toContainText('Nothing was changed.');
  expect(await stored(page)).toBe(before);

  await input.setInputFiles({ name: 'questions.json', mimeType: 'application/json', buffer: readFileSync('dist/questions.json') });
  await expect(message).toContainText('This is not a CKS Study progress file');
  expect(await stored(page)).toBe(before);
  await expect((await row(page)).mastered).toHaveText('2');
});

test('"Reset progress" asks first, and only resets when confirmed', async ({ page }) => {
  await gradeThree(page);
  await page.getByRole('button', { name: 'End session' }).click();
  await page.getByRole('button', { name: 'Reset progress…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Reset all progress?' });
  await expect(dialog).toContainText('3 questions');
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect((await row(page)).mastered).toHaveText('2');

  await page.getByRole('button', { name: 'Reset progress…' }).click();
  await dialog.getByRole('button', { name: 'Reset progress' }).click();
  await expect(page.locator('[data-tools-message]')).toHaveText('All progress was reset.');
  await expect((await row(page)).mastered).toHaveText('0');
  expect(await stored(page)).toBeNull();
});

test('cram mode shuffles every card and leaves the schedule alone', async ({ page }) => {
  await gradeThree(page);
  await page.goto('/study/');
  const before = await stored(page);
  await page.getByLabel(/^Cram/).check();
  await expect(page.locator('[data-setup-summary]')).toHaveText(
    `${allCards} cards, shuffled. Grades in cram mode do not change your schedule.`,
  );
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.locator('[data-session-position]')).toHaveText(`Card 1 of ${allCards}`);
  await gradeCard(page, 'Again');
  await gradeCard(page, 'Easy');
  expect(await stored(page)).toBe(before);
});

test('progress of questions removed from the content is dropped without errors', async ({ page }) => {
  const kept = deck.cards[0]!;
  await page.goto('/study/');
  await expect(page.locator('[data-study-setup]')).toBeVisible();
  await page.evaluate(
    ([key, slug, anchor]) => {
      const card = {
        due: '2020-01-01T00:00:00.000Z',
        stability: 10,
        difficulty: 5,
        scheduledDays: 10,
        learningSteps: 0,
        reps: 3,
        lapses: 0,
        state: 2,
        lastReview: '2019-12-22T00:00:00.000Z',
      };
      const cards = { [slug!]: { [anchor!]: card, 'a-question-deleted-since': card }, 'a-removed-domain': { q: card } };
      localStorage.setItem(
        key!,
        JSON.stringify({ format: 'cks-study-progress', version: 1, cards, settings: { newPerDay: 20 }, today: { day: '', newCards: 0 } }),
      );
    },
    [KEY, domain.slug, kept.anchor],
  );
  await page.reload();
  await expect(page.locator('[data-study-message]')).toHaveText('2 questions are no longer in the curriculum; their progress was removed.');
  const saved = JSON.parse((await stored(page))!) as { cards: Record<string, Record<string, unknown>> };
  expect(Object.keys(saved.cards)).toEqual([domain.slug]);
  expect(Object.keys(saved.cards[domain.slug]!)).toEqual([kept.anchor]);
  // The kept card is overdue: it comes first.
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.locator('[data-card-title]')).toHaveText(kept.title);
});

test('a whole session works from the keyboard alone, from start to summary', async ({ page }) => {
  await page.goto('/study/');
  await expect(page.locator('[data-study-setup]')).toBeVisible();
  const focusOn = async (selector: string) => {
    for (let i = 0; i < 40; i++) {
      if (await page.locator(selector).evaluate((el) => el === document.activeElement)) return;
      await page.keyboard.press('Tab');
    }
    throw new Error(`Tab never reached ${selector}`);
  };
  await focusOn('input[name="newPerDay"]');
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('2');
  await focusOn('[data-setup-form] button[type="submit"]');
  await expect(page.locator('[data-setup-summary]')).toHaveText(
    '0 due and 2 new: 2 cards (' + (allCards - 2) + ' more new cards wait for the next days).',
  );
  await page.keyboard.press('Enter');

  const reveal = page.getByRole('button', { name: 'Show answer' });
  await expect(reveal).toBeFocused();
  expect(await reveal.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
  await expect(page.locator('[data-status]')).toHaveText(`Card 1 of 2: ${deck.cards[0]!.title}`);
  await page.keyboard.press('Space');
  await expect(page.getByRole('region', { name: 'Answer' })).toBeFocused();
  await page.keyboard.press('4');
  await expect(page.locator('[data-status]')).toHaveText(`Card 2 of 2: ${deck.cards[1]!.title}`);
  await page.keyboard.press('Space');
  await page.keyboard.press('1'); // Again: the card comes back later in the session
  await expect(page.locator('[data-session-position]')).toHaveText('Card 3 of 3');
  await page.keyboard.press('u');
  await expect(page.locator('[data-session-position]')).toHaveText('Card 2 of 2');
  await expect(page.locator('[data-status]')).toHaveText(`Last grade undone. Card 2 of 2: ${deck.cards[1]!.title}`);
  await page.keyboard.press('Space');
  await page.keyboard.press('4');

  const summary = page.getByRole('heading', { name: 'Session complete' });
  await expect(summary).toBeFocused();
  await expect(page.locator('[data-summary-text]')).toHaveText('You studied 2 cards in 2 reviews.');
  await expect(page.locator('[data-summary-grades]')).toContainText('Easy: 2');
  await expect((await row(page)).mastered).toHaveText('2');
});

test('with JavaScript, the "needs JavaScript" notes are gone', async ({ page }) => {
  await page.goto('/study/');
  await expect(page.locator('[data-study-setup]')).toBeVisible();
  await expect(page.locator('[data-needs-script]')).toHaveCount(2);
  await expect(page.locator('[data-needs-script]:visible')).toHaveCount(0);
});

test('a 360px phone never scrolls sideways on the study, home and domain pages', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  await startSession(page);
  await page.keyboard.press('Space');
  expect(await overflow()).toBeLessThanOrEqual(0);
  for (const path of ['/', `/${domain.slug}/`]) {
    await page.goto(path);
    await expect(page.locator('[data-study-progress]:visible').first()).toBeVisible();
    expect(await overflow()).toBeLessThanOrEqual(0);
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the study page says what needs JavaScript and still offers the Anki file', async ({ page }) => {
    await page.goto('/study/');
    await expect(page.getByText('Flashcards and progress need JavaScript.')).toBeVisible();
    await expect(page.getByText('Study progress is kept in your browser and needs JavaScript.')).toBeVisible();
    await expect(page.locator('[data-study-setup]')).toBeHidden();
    await expect(page.locator('[data-exam-projection]')).toBeHidden();
    await expect(page.getByRole('link', { name: 'download the cards for Anki' })).toBeVisible();
    await page.goto(`/${domain.slug}/`);
    await expect(page.locator('.self-grade')).toHaveCount(0);
    await expect(page.locator('.progress-line')).toBeHidden();
    await expect(page.locator('.outline-state[data-state="new"]').first()).toBeHidden();
  });
});
