'use strict';
// Issue 13: "Vind een netwerk" and the compare view, from file:// and over http, with the
// keyboard only. What the pages must show is computed here from the content's JSON export
// (export/kennisbank.json) and content/site.yaml's finder settings as the README states them:
// named networks first, the participant networks (categorie deelnemersnetwerk) in one group;
// a theme filter shows exactly the networks with that theme; every card says how to take part
// or says plainly that it is not known. Also: at most three to compare, the address keeps the
// choice, no JS, axe and overflow at 390 and 1280 px.
const fs = require('fs');
const path = require('path');
const H = require('./lib/harness');

const FINDER = 'vind-een-netwerk/index.html';
const COMPARE = 'vergelijk/index.html';
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const GROUP = 'deelnemersnetwerk';

function networks(site) {
  const kb = JSON.parse(fs.readFileSync(path.join(site, 'export', 'kennisbank.json'), 'utf8'));
  const slugs = (v) => (Array.isArray(v) ? v : v ? [v] : []).map((x) => (x && typeof x === 'object' ? x.slug : x));
  return kb.entries.filter((e) => e.kind === 'netwerk').map((e) => ({
    slug: e.slug, title: e.title,
    grouped: e.fields.categorie === GROUP,
    themas: slugs(e.fields.themas),
    types: (e.fields.types || []).map((t) => t.title),
    joinable: !!(e.fields.contact || e.fields.website || e.fields.deelname),
  }));
}

async function cards(page) {
  return page.evaluate(() => Array.from(document.querySelectorAll('.finder-card')).map((c) => ({
    slug: c.querySelector('input[name="n"]').value,
    title: c.querySelector('.card-title a').textContent,
    grouped: !!c.closest('[data-filter-group]'),
    visible: !c.hidden && !(c.closest('[data-filter-group]') || {}).hidden,
    contact: !!c.querySelector('.card-contact dl'),
    noContact: !!c.querySelector('.card-contact p'),
  })));
}

// Tab from where the focus is until `test(activeElement)` holds.
async function tabUntil(page, test, arg) {
  for (let i = 0; i < 400; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(test, arg)) return true;
  }
  return false;
}

async function compareTable(page) {
  return page.evaluate(() => ({
    heads: Array.from(document.querySelectorAll('.compare-table thead th')).map((th) => th.textContent),
    rows: Object.fromEntries(Array.from(document.querySelectorAll('.compare-table tbody tr')).map((tr) =>
      [tr.querySelector('th').textContent, Array.from(tr.querySelectorAll('td')).map((td) => td.textContent)])),
    status: document.querySelector('[data-compare-status]').textContent,
  }));
}

async function run(rep, page, at, nets, where) {
  await page.goto(at(FINDER), { waitUntil: 'load' });
  let c = await cards(page);
  rep.ok(c.length === nets.length && nets.every((n) => c.some((x) => x.slug === n.slug)),
    `${where}: every network has one card`, `${c.length} cards, ${nets.length} networks`);
  const firstGrouped = c.findIndex((x) => x.grouped);
  rep.ok(c.every((x, i) => x.grouped === (firstGrouped !== -1 && i >= firstGrouped)), `${where}: named networks first, then the group`);
  rep.ok(c.every((x) => x.grouped === nets.find((n) => n.slug === x.slug).grouped),
    `${where}: the group holds exactly the participant networks`, `${c.filter((x) => x.grouped).length} grouped`);
  rep.ok(c.every((x) => (nets.find((n) => n.slug === x.slug).joinable ? x.contact && !x.noContact : x.noContact && !x.contact)),
    `${where}: each card says how to take part, or that it is not known`);
  const groupText = await page.$eval('[data-filter-group] summary', (s) => s.textContent);
  rep.ok(groupText.includes(`(${nets.filter((n) => n.grouped).length})`), `${where}: the group's button gives its size`, groupText);

  // Keyboard: Tab to the first theme box that some network has, Space ticks it.
  const theme = nets.flatMap((n) => n.themas).sort()[0];
  await page.evaluate(() => document.activeElement && document.activeElement.blur());
  const onBox = await tabUntil(page, (v) => document.activeElement && document.activeElement.name === 'themas' &&
    document.activeElement.value === v, theme);
  rep.ok(onBox, `${where}: Tab reaches the theme filter ${theme}`);
  await page.keyboard.press('Space');
  c = await cards(page);
  const want = nets.filter((n) => n.themas.includes(theme)).map((n) => n.slug).sort();
  const got = c.filter((x) => x.visible).map((x) => x.slug).sort();
  rep.ok(JSON.stringify(got) === JSON.stringify(want), `${where}: the theme filter shows exactly its networks`, `got ${got}, want ${want}`);
  const count = await page.$eval('[data-filter-count]', (e) => e.textContent);
  rep.ok(count.includes(String(want.length)) && count.includes(String(nets.length)), `${where}: the count says ${want.length} of ${nets.length}`, count);
  rep.ok(/themas=/.test(page.url()), `${where}: the filter is kept in the address`, page.url());
  await page.keyboard.press('Space');  // untick again

  // Keyboard: tick four compare boxes; the fourth is refused.
  const order = (await cards(page)).filter((x) => !x.grouped).slice(0, 4);
  for (const x of order) {
    rep.ok(await tabUntil(page, (s) => document.activeElement && document.activeElement.name === 'n' &&
      document.activeElement.value === s, x.slug), `${where}: Tab reaches 'Vergelijk' of ${x.slug}`);
    await page.keyboard.press('Space');
  }
  const ticked = await page.$$eval('input[name="n"]:checked', (b) => b.map((x) => x.value));
  rep.ok(ticked.length === 3 && ticked.every((s, i) => s === order[i].slug), `${where}: at most three can be chosen`, ticked.join(','));
  const status = await page.$eval('[data-compare-pick] [data-compare-status]', (e) => e.textContent);
  rep.ok(/drie/.test(status), `${where}: the refusal is said`, status);
  rep.ok(await tabUntil(page, () => document.activeElement && document.activeElement.type === 'submit' &&
    !!document.activeElement.closest('[data-compare-pick]')), `${where}: Tab reaches the compare button`);
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.keyboard.press('Enter')]);
  rep.ok(page.url().includes(COMPARE.replace('index.html', '')), `${where}: Enter opens the compare view`, page.url());
  let t = await compareTable(page);
  const titles = order.slice(0, 3).map((x) => x.title);
  rep.ok(JSON.stringify(t.heads) === JSON.stringify(titles), `${where}: one column per chosen network`, t.heads.join(' | '));
  const typeRow = t.rows['Netwerktype'] || [];
  rep.ok(typeRow.length === 3 && order.slice(0, 3).every((x, k) =>
    nets.find((n) => n.slug === x.slug).types.every((ty) => typeRow[k].includes(ty))), `${where}: the network types row`, typeRow.join(' | '));

  // Keyboard on the compare page: the third choice set to nothing leaves two columns, kept in the address.
  await page.focus('#keuze-3');
  await page.keyboard.press('Home');
  await page.waitForFunction(() => document.querySelectorAll('.compare-table thead th').length === 2, null, { timeout: 5000 }).catch(() => {});
  t = await compareTable(page);
  rep.ok(t.heads.length === 2, `${where}: clearing a choice removes its column`, t.heads.join(' | '));
  const kept = page.url();
  rep.ok((kept.match(/[?&]n=/g) || []).length === 2, `${where}: the address keeps the choice`, kept);
  await page.goto(kept, { waitUntil: 'load' });
  rep.ok(JSON.stringify((await compareTable(page)).heads) === JSON.stringify(titles.slice(0, 2)),
    `${where}: the address restores the comparison`);
}

H.main('finder', async (rep) => {
  const opts = H.parseArgs(process.argv, 'finder');
  const site = H.buildSite(opts);
  const nets = networks(site);
  rep.ok(nets.some((n) => n.grouped) && nets.some((n) => !n.grouped), 'the content has named and participant networks');
  const browser = await H.launch();
  const { context, page, errors } = await H.openPage(browser);
  page.on('response', (r) => {
    if (r.status() >= 400 && !r.url().endsWith('/favicon.ico')) errors.push(`${r.status()} ${r.url()}`);
  });
  await rep.step('file://', () => run(rep, page, (rel) => H.fileUrl(site, rel), nets, 'file://'));
  const server = await H.startServer(site, '/kennisbank/');
  await rep.step('http', () => run(rep, page, (rel) => server.base + rel, nets, 'http'));
  const real = errors.filter((e) => !e.startsWith('Failed to load resource'));
  rep.ok(real.length === 0, 'no script or console errors, no missing files', real.join(' | '));

  const axeSource = fs.readFileSync(path.join(H.REPO, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
  const chosen = '?' + nets.slice(0, 3).map((n) => 'n=' + encodeURIComponent(n.slug)).join('&');
  for (const width of [390, 1280]) {
    await rep.step(`width ${width}`, async () => {
      await page.setViewportSize({ width, height: 900 });
      for (const url of [H.fileUrl(site, FINDER), H.fileUrl(site, COMPARE) + chosen]) {
        await page.goto(url, { waitUntil: 'load' });
        const name = url.includes(COMPARE) ? 'compare' : 'finder';
        const over = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        rep.ok(over <= 0, `${name} ${width} px: no horizontal overflow`, `${over} px`);
        await page.addScriptTag({ content: axeSource });
        const v = await page.evaluate(async (tags) => (await window.axe.run(document,
          { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })).violations.map((x) => `${x.id} (${x.nodes.length})`), TAGS);
        rep.ok(v.length === 0, `${name} ${width} px: axe 0 violations`, v.join(', '));
      }
    });
  }

  await rep.step('without JavaScript', async () => {
    const ctx = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const p = await ctx.newPage();
    await p.goto(H.fileUrl(site, FINDER), { waitUntil: 'load' });
    const n = await p.$$eval('.finder-card', (c) => c.filter((x) => x.offsetParent !== null || x.closest('details')).length);
    rep.ok(n === nets.length, 'no JS: every network is listed', `${n}`);
    await p.goto(H.fileUrl(site, COMPARE) + chosen, { waitUntil: 'load' });
    const notice = await p.$eval('noscript', (e) => e.innerHTML).catch(() => '');
    rep.ok(/JavaScript/.test(notice) && /vind-een-netwerk/.test(notice), 'no JS: the compare view says why and links to the finder', notice);
    await ctx.close();
  });

  await server.close();
  await context.close();
  await browser.close();
});
