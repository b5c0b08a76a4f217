'use strict';
// Issue 13: the matcher page "Welk netwerk of welke werkvorm past bij mij?". Answers chosen
// with the keyboard only, from file:// and over http; the expected types and practices are
// computed here from the content's own JSON export (export/kennisbank.json), not from the
// page's data script. Also: the query restores answers, no JS, print, axe and overflow.
const fs = require('fs');
const path = require('path');
const H = require('./lib/harness');

const PAGE = 'welk-netwerk-past/index.html';
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

// The content as the test reads it: kenmerken with poles, types with their profile, practices
// with fields named after a kenmerk and the types they suit.
function contentModel(site) {
  const kb = JSON.parse(fs.readFileSync(path.join(site, 'export', 'kennisbank.json'), 'utf8'));
  const of = (kind) => kb.entries.filter((e) => e.kind === kind);
  const slugOf = (v) => (v && typeof v === 'object' ? v.slug : v);
  const kenmerken = new Map(of('kenmerk').map((e) => [e.slug, { title: e.title, a: e.fields.pool_a, b: e.fields.pool_b }]));
  const pole = (k, text) => {
    const t = String(text).toLowerCase();
    if (t === 'beide') return 'ab';
    if (t === k.a.toLowerCase()) return 'a';
    if (t === k.b.toLowerCase()) return 'b';
    throw new Error(`no pole ${text}`);
  };
  const types = of('netwerktype').map((e) => ({
    slug: e.slug, title: e.title,
    values: (e.fields.kenmerken || []).map((v) => ({ k: slugOf(v.kenmerk), pool: pole(kenmerken.get(slugOf(v.kenmerk)), v.pool) })),
  }));
  const practices = of('praktijk').map((e) => ({
    slug: e.slug, title: e.title,
    values: Object.keys(e.fields).filter((f) => kenmerken.has(f)).map((f) => ({ k: f, pool: pole(kenmerken.get(f), e.fields[f]) })),
    types: (e.fields.geschikt_voor || []).map(slugOf),
  }));
  const used = new Set([...types, ...practices].flatMap((c) => c.values.map((v) => v.k)));
  return { kenmerken, types, practices, used };
}

// What fits: an exact pole counts 2, "both" 1, the other pole -2; a practice gains 2 when a
// type it suits fits. Kept positive scores only.
function expected(model, answers) {
  const score = (c) => c.values.reduce((s, v) => {
    const a = answers[v.k];
    if (!a) return s;
    return s + (v.pool.includes(a) ? (v.pool.length === 1 ? 2 : 1) : -2);
  }, 0);
  const types = new Map();
  for (const t of model.types) { const s = score(t); if (s > 0) types.set(t.title, s); }
  const fitting = new Set(model.types.filter((t) => types.has(t.title)).map((t) => t.slug));
  const practices = new Map();
  for (const p of model.practices) {
    const s = score(p) + (p.types.some((t) => fitting.has(t)) ? 2 : 0);
    if (s > 0) practices.set(p.title, s);
  }
  return { types, practices };
}

async function shown(page) {
  return page.evaluate(() => {
    const titles = (sel) => Array.from(document.querySelectorAll(sel + ' > li.matcher-result h4 a')).map((a) => a.textContent);
    const checked = {};
    for (const i of document.querySelectorAll('[data-matcher-form] input[type=radio]:checked')) checked[i.name] = i.value;
    return {
      types: titles('[data-matcher-types]'), practices: titles('[data-matcher-practices]'), checked,
      status: document.querySelector('[data-matcher-status]').textContent,
      live: document.querySelector('[data-matcher-status]').getAttribute('aria-live'),
      reasons: Array.from(document.querySelectorAll('.matcher-why li')).length,
    };
  });
}

function sameAsExpected(rep, what, got, want) {
  const names = [...want.keys()];
  rep.ok(got.length === names.length && names.every((n) => got.includes(n)), `${what}: the expected entries`,
    `got [${got.join(', ')}], want [${names.join(', ')}]`);
  const scores = got.map((t) => want.get(t));
  rep.ok(scores.every((s, i) => i === 0 || scores[i - 1] >= s), `${what}: best fit first`, scores.join(','));
}

// Tab from the top of the page until a radio of the group `name` has focus.
async function tabTo(page, name) {
  for (let i = 0; i < 200; i++) {
    await page.keyboard.press('Tab');
    const at = await page.evaluate(() => document.activeElement && document.activeElement.name);
    if (at === name) return true;
  }
  return false;
}

async function run(rep, page, url, model, where) {
  await page.goto(url, { waitUntil: 'load' });
  const questions = await page.$$eval('[data-matcher-form] fieldset', (f) => f.map((x) => x.dataset.kenmerk));
  rep.ok(questions.length === model.used.size && questions.every((q) => model.used.has(q)),
    `${where}: a question for every kenmerk the content gives values for`, questions.join(','));
  const [q1, q2] = questions;
  const k1 = model.kenmerken.get(q1);

  // Keyboard only: Tab into the first group (lands on the checked "Maakt niet uit"), ArrowUp
  // chooses the second pole.
  await page.evaluate(() => document.activeElement && document.activeElement.blur());
  rep.ok(await tabTo(page, q1), `${where}: Tab reaches the first question`);
  await page.keyboard.press('ArrowUp');
  let answers = { [q1]: 'b' };
  let s = await shown(page);
  rep.ok(s.checked[q1] === 'b', `${where}: ArrowUp chooses '${k1.b}'`, JSON.stringify(s.checked));
  let want = expected(model, answers);
  sameAsExpected(rep, `${where} ${q1}=${k1.b} types`, s.types, want.types);
  sameAsExpected(rep, `${where} ${q1}=${k1.b} practices`, s.practices, want.practices);
  rep.ok(s.live === 'polite' && /\d/.test(s.status) && s.status.includes(String(want.types.size)),
    `${where}: the count is announced in the live region`, s.status);
  rep.ok(s.reasons >= s.types.length + s.practices.length, `${where}: every result says why`, `${s.reasons} reasons`);
  const first = s;

  // Next group: Tab on, ArrowUp twice chooses the first pole.
  rep.ok(await tabTo(page, q2), `${where}: Tab reaches the second question`);
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  answers = { [q1]: 'b', [q2]: 'a' };
  s = await shown(page);
  want = expected(model, answers);
  rep.ok(s.checked[q2] === 'a', `${where}: two ArrowUps choose the first pole of ${q2}`, JSON.stringify(s.checked));
  sameAsExpected(rep, `${where} +${q2} types`, s.types, want.types);
  sameAsExpected(rep, `${where} +${q2} practices`, s.practices, want.practices);
  rep.ok(JSON.stringify([s.types, s.practices]) !== JSON.stringify([first.types, first.practices]) ||
    JSON.stringify(want) === JSON.stringify(expected(model, { [q1]: 'b' })), `${where}: the results changed with the answer`);

  // The address keeps the answers; reloading restores them and the same results.
  const kept = page.url();
  rep.ok(/[?&]a=/.test(kept) && kept.includes(`${q1}.b`) && kept.includes(`${q2}.a`), `${where}: answers kept in ?a=`, kept);
  await page.goto(kept, { waitUntil: 'load' });
  const again = await shown(page);
  rep.ok(again.checked[q1] === 'b' && again.checked[q2] === 'a', `${where}: reload restores the answers`, JSON.stringify(again.checked));
  rep.ok(JSON.stringify(again.practices) === JSON.stringify(s.practices) && JSON.stringify(again.types) === JSON.stringify(s.types),
    `${where}: reload shows the same results`);

  // Space on the reset button clears everything.
  let onReset = false;
  for (let i = 0; i < 200 && !onReset; i++) {
    await page.keyboard.press('Tab');
    onReset = await page.evaluate(() => document.activeElement && document.activeElement.type === 'reset');
  }
  rep.ok(onReset, `${where}: Tab reaches the reset button`);
  await page.keyboard.press('Space');
  await page.waitForFunction(() => document.querySelector('[data-matcher-results]').hidden, null, { timeout: 5000 }).catch(() => {});
  const cleared = await shown(page);
  rep.ok(Object.values(cleared.checked).every((v) => v === '') && cleared.types.length === 0 && !/[?&]a=/.test(page.url()),
    `${where}: Space on reset clears answers, results and the address`, page.url());
}

H.main('matcher', async (rep) => {
  const opts = H.parseArgs(process.argv, 'matcher');
  const site = H.buildSite(opts);
  const model = contentModel(site);
  rep.ok(model.used.size >= 2, 'the content gives values for at least two kenmerken', [...model.used].join(','));
  const browser = await H.launch();
  const { context, page, errors } = await H.openPage(browser);
  page.on('requestfailed', (r) => errors.push(`request failed ${r.url()}`));
  // Chromium asks every http host for /favicon.ico, which the site does not have; any other
  // missing file is a failure, reported with its address.
  page.on('response', (r) => {
    if (r.status() >= 400 && !r.url().endsWith('/favicon.ico')) errors.push(`${r.status()} ${r.url()}`);
  });

  await rep.step('file://', () => run(rep, page, H.fileUrl(site, PAGE), model, 'file://'));
  const server = await H.startServer(site, '/kennisbank/');
  await rep.step('http', () => run(rep, page, server.base + PAGE, model, 'http'));
  const real = errors.filter((e) => !e.startsWith('Failed to load resource'));
  rep.ok(real.length === 0, 'no script or console errors, no missing files', real.join(' | '));

  // A shared link, for print, axe and widths.
  // Two answers the content itself says fit: the first two values of the first type with two.
  const typ = model.types.find((t) => t.values.length >= 2);
  const pick = typ.values.slice(0, 2).map((v) => [v.k, v.pool[0]]);
  const sharedWant = expected(model, Object.fromEntries(pick));
  rep.ok(sharedWant.types.has(typ.title), `the shared answers fit ${typ.title}`);
  const shared = H.fileUrl(site, PAGE) + '?a=' + pick.map(([k, v]) => `${k}.${v}`).join('_');
  await rep.step('print', async () => {
    await page.goto(shared, { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print' });
    const p = await page.evaluate(() => {
      const vis = (el) => !!el && getComputedStyle(el).display !== 'none' && el.getClientRects().length > 0;
      return {
        form: vis(document.querySelector('[data-matcher-form]')),
        answers: vis(document.querySelector('[data-matcher-answers] dl')),
        results: vis(document.querySelector('.matcher-result')),
        nav: vis(document.querySelector('.site-nav')),
      };
    });
    rep.ok(!p.form && !p.nav && p.answers && p.results, 'print: answers and results print, form chrome hidden', JSON.stringify(p));
    await page.pdf({ path: path.join(H.ensureDir(opts.artifacts), 'matcher-print.pdf') }).catch(() => {});
    await page.emulateMedia({ media: 'screen' });
  });

  const axeSource = fs.readFileSync(path.join(H.REPO, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
  for (const width of [390, 1280]) {
    await rep.step(`width ${width}`, async () => {
      await page.setViewportSize({ width, height: 900 });
      for (const url of [H.fileUrl(site, PAGE), shared]) {
        await page.goto(url, { waitUntil: 'load' });
        const over = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        rep.ok(over <= 0, `${width} px ${url === shared ? 'with answers' : 'empty'}: no horizontal overflow`, `${over} px`);
        await page.addScriptTag({ content: axeSource });
        const v = await page.evaluate(async (tags) => (await window.axe.run(document,
          { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })).violations.map((x) => `${x.id} (${x.nodes.length})`), TAGS);
        rep.ok(v.length === 0, `${width} px ${url === shared ? 'with answers' : 'empty'}: axe 0 violations`, v.join(', '));
      }
      await H.screenshot(page, { path: path.join(H.ensureDir(opts.artifacts), `matcher-${width}.png`), fullPage: false });
    });
  }

  await rep.step('without JavaScript', async () => {
    const ctx = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const p = await ctx.newPage();
    await p.goto(H.fileUrl(site, PAGE), { waitUntil: 'load' });
    const r = await p.evaluate(() => ({
      fieldsets: document.querySelectorAll('fieldset legend').length,
      radios: document.querySelectorAll('fieldset input[type=radio]').length,
      links: Array.from(document.querySelectorAll('main a')).map((a) => a.getAttribute('href')),
    }));
    rep.ok(r.fieldsets === model.used.size && r.radios === 3 * model.used.size, 'no JS: the questions show as radio groups', JSON.stringify(r));
    rep.ok(r.links.includes('../typen/index.html') && r.links.includes('../praktijken/index.html'),
      'no JS: links to the network types and practices lists', r.links.join(' '));
    await ctx.close();
  });

  await server.close();
  await context.close();
  await browser.close();
});
