'use strict';
// Issue 7: axe-core (wcag2a, wcag2aa, wcag21a, wcag21aa) on every page of the bundled
// site, plus keyboard checks: filters on a kind page and the map, the header search box
// used with the keyboard only, and a visible focus indicator.
const fs = require('fs');
const path = require('path');
const H = require('./lib/harness');

const WORKERS = 2;
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function tabTo(page, predicate, max = 400) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(predicate)) return i + 1;
  }
  return -1;
}

async function filterKeyboard(rep, page, url, label) {
  await page.goto(url);
  await page.waitForFunction(() => {
    const c = document.querySelector('[data-filter-count]');
    return c && c.textContent.trim().length > 0;
  });
  const before = await page.textContent('[data-filter-count]');
  // Tab from the top of the page until a filter checkbox has focus.
  await page.evaluate(() => { document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0); });
  const steps = await tabTo(page, () => {
    const a = document.activeElement;
    return !!(a && a.matches('[data-filter-form] input[type="checkbox"]'));
  });
  if (!rep.ok(steps > 0, `${label}: Tab reaches a filter checkbox`, 'no checkbox reached in 400 Tab presses')) return;
  console.log(`     ${label}: first filter checkbox after ${steps} Tab presses`);
  // The first checkbox may match everything (count would not change); move on until
  // Space changes the count.
  let changed = false;
  let tried = 0;
  for (; tried < 12 && !changed; tried++) {
    const id = await page.evaluate(() => document.activeElement.id);
    await page.keyboard.press('Space');
    const checked = await page.evaluate(() => document.activeElement.checked);
    rep.ok(checked, `${label}: Space ticks #${id}`);
    const after = await page.textContent('[data-filter-count]');
    if (after !== before) {
      changed = true;
      rep.pass(`${label}: count changes with the keyboard ("${before.trim()}" -> "${after.trim()}")`);
      if (label === 'map') {
        const dimmed = await page.$$eval('svg .mark.is-dimmed', (e) => e.length);
        rep.ok(dimmed > 0, `${label}: marks dimmed after keyboard filter`, `${dimmed} dimmed`);
      }
      await page.keyboard.press('Space');
      const back = await page.textContent('[data-filter-count]');
      rep.ok(back === before, `${label}: Space again unticks and restores the count`, `"${back}" vs "${before}"`);
    } else {
      await page.keyboard.press('Space'); // untick, try the next box
      await page.keyboard.press('Tab');
      const still = await page.evaluate(() => document.activeElement.matches('[data-filter-form] input[type="checkbox"]'));
      if (!still) break;
    }
  }
  rep.ok(changed, `${label}: a checkbox toggled with Space changes the count`, `tried ${tried} boxes, count stayed "${before}"`);
}

H.main('accessibility', async (rep) => {
  const opts = H.parseArgs(process.argv, 'accessibility');
  const site = H.buildSite(opts);
  const pages = H.listPages(site);
  const axeSource = fs.readFileSync(path.join(H.REPO, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
  const axeVersion = require(path.join(H.REPO, 'node_modules', 'axe-core', 'package.json')).version;
  const browser = await H.launch();
  // axe comes in as an init script: cheaper than a script tag per page (about 150 ms less).
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript({ content: axeSource });
  const kbContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });

  // ---- axe on every page (plus the search page with results, the header box open) ----
  const t0 = Date.now();
  const targets = pages.map((p) => ({ rel: p }))
    .concat([{ rel: 'zoeken/index.html?q=casusbespreking', waitFor: '[data-search-results] li' },
      { rel: 'praktijken/casusbespreking/index.html', label: 'header suggestions open', typeInBox: 'leernet' },
      { rel: 'welk-netwerk-past/index.html?a=schaal.b_toegankelijkheid.a', label: 'matcher with answers', waitFor: '.matcher-result' }]);
  const violations = []; // {page, id, impact, help, nodes: [{target, summary}]}
  let nodesChecked = 0;
  const workers = [];
  for (let i = 0; i < WORKERS; i++) workers.push(await context.newPage());
  await H.pool(targets, WORKERS, async (t, _i, w) => {
    const page = workers[w];
    const where = t.label ? `${t.rel} (${t.label})` : t.rel;
    try {
      await page.goto(H.fileUrl(site, '') + '/' + t.rel, { waitUntil: 'load' });
      if (t.waitFor) await page.waitForSelector(t.waitFor, { timeout: 15000 });
      if (t.typeInBox) {
        await page.fill('#zoekvak', t.typeInBox);
        await page.waitForSelector('.suggestions:not([hidden]) [role="option"]', { timeout: 15000 });
      }
      if (!(await page.evaluate(() => !!window.axe))) await page.addScriptTag({ content: axeSource });
      const res = await page.evaluate(async (tags) => {
        const r = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
        return {
          passes: r.passes.length,
          violations: r.violations.map((v) => ({
            id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
            nodes: v.nodes.map((n) => ({ target: n.target.join(' '), summary: n.failureSummary, html: n.html.slice(0, 200) })),
          })),
        };
      }, TAGS);
      nodesChecked++;
      for (const v of res.violations) violations.push({ page: where, ...v });
      rep.ok(res.violations.length === 0, `axe ${where}`, res.violations.map((v) => `${v.id} (${v.nodes.length})`).join(', '));
    } catch (e) {
      rep.fail(`axe ${where}`, e.message.split('\n')[0]);
    }
  });
  console.log(`axe ${axeVersion} (${TAGS.join(', ')}) on ${nodesChecked} pages in ${((Date.now() - t0) / 1000).toFixed(1)} s: ` +
    `${violations.length} page/rule violations`);
  if (violations.length) {
    // Every violation, grouped by rule so a theme-wide one reads as one problem.
    const byRule = {};
    for (const v of violations) (byRule[v.id] = byRule[v.id] || []).push(v);
    for (const [id, list] of Object.entries(byRule)) {
      console.log(`\nVIOLATION ${id} [${list[0].impact}] ${list[0].help} (${list[0].helpUrl}) on ${list.length} pages`);
      for (const v of list) {
        for (const n of v.nodes) console.log(`  ${v.page}  ${n.target}\n      ${n.html}\n      ${(n.summary || '').replace(/\n/g, ' ')}`);
      }
    }
    console.log('');
  }
  for (const p of workers) await p.close();

  // ---- keyboard ----
  const page = await kbContext.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });

  await rep.step('keyboard: kind page filters', () =>
    filterKeyboard(rep, page, H.fileUrl(site, 'netwerken/index.html'), 'netwerken/index.html'));
  await rep.step('keyboard: map filters', () =>
    filterKeyboard(rep, page, H.fileUrl(site, 'kaart/index.html'), 'map'));

  await rep.step('keyboard: skip link is the first Tab stop and moves focus to main', async () => {
    await page.goto(H.fileUrl(site, 'praktijken/casusbespreking/index.html'));
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => ({ cls: document.activeElement.className, href: document.activeElement.getAttribute('href') }));
    rep.ok(first.href && first.href.startsWith('#'), 'first Tab stop is the skip link', JSON.stringify(first));
    const vis = await page.evaluate(() => {
      const r = document.activeElement.getBoundingClientRect();
      return r.width > 1 && r.height > 1 && r.bottom > 0 && r.top < innerHeight;
    });
    rep.ok(vis, 'focused skip link is visible on screen');
    await page.keyboard.press('Enter');
    const id = await page.evaluate(() => document.activeElement && document.activeElement.id);
    rep.ok(id === first.href.slice(1), 'Enter on the skip link moves focus to its target', `focus on #${id}`);
  });

  await rep.step('keyboard: header search box', async () => {
    await page.goto(H.fileUrl(site, 'praktijken/intervisie/index.html'));
    // Reach the box by Tab only.
    const steps = await tabTo(page, () => document.activeElement && document.activeElement.id === 'zoekvak', 20);
    rep.ok(steps > 0, 'Tab reaches the header search box', `after ${steps} presses`);
    await page.keyboard.type('casusbespreking', { delay: 20 });
    await page.waitForSelector('#zoekvak-lijst:not([hidden]) [role="option"]', { timeout: 15000 });
    rep.ok(await page.getAttribute('#zoekvak', 'aria-expanded') === 'true', 'combobox aria-expanded=true with suggestions');
    await page.keyboard.press('ArrowDown');
    const active = await page.evaluate(() => {
      const id = document.getElementById('zoekvak').getAttribute('aria-activedescendant');
      const el = id && document.getElementById(id);
      return el ? { text: el.textContent, selected: el.getAttribute('aria-selected') } : null;
    });
    rep.ok(active && active.selected === 'true', 'ArrowDown selects the first suggestion', JSON.stringify(active));
    await Promise.all([page.waitForNavigation({ timeout: 10000 }), page.keyboard.press('Enter')]);
    const url = page.url();
    rep.ok(/praktijken\/casusbespreking\/index\.html$/.test(url), 'Enter opens the chosen result', url);
    // Enter without choosing goes to the search page.
    await page.focus('#zoekvak');
    await page.keyboard.type('intervisie', { delay: 10 });
    await Promise.all([page.waitForNavigation({ timeout: 10000 }), page.keyboard.press('Enter')]);
    rep.ok(/zoeken\/index\.html\?q=intervisie/.test(page.url()), 'Enter without a choice opens the search page', page.url());
    await page.waitForSelector('[data-search-results] li', { timeout: 15000 });
    // Escape closes the list.
    await page.focus('#zoekvak');
    await page.keyboard.type('leer', { delay: 10 });
    await page.waitForSelector('#zoekvak-lijst:not([hidden])', { timeout: 15000 });
    await page.keyboard.press('Escape');
    rep.ok(await page.$eval('#zoekvak-lijst', (e) => e.hidden), 'Escape closes the suggestions');
  });

  await rep.step('keyboard: focus is visible', async () => {
    for (const rel of ['index.html', 'praktijken/casusbespreking/index.html', 'kaart/index.html']) {
      await page.goto(H.fileUrl(site, rel));
      let checkedLinks = 0;
      const bad = [];
      for (let i = 0; i < 25; i++) {
        await page.keyboard.press('Tab');
        const f = await page.evaluate(() => {
          const a = document.activeElement;
          if (!a || a === document.body) return null;
          const cs = getComputedStyle(a);
          // SVG marks draw their focus on the chip instead (.mark:focus .chip).
          let svgRing = false;
          if (a.closest('svg')) {
            const chip = a.querySelector('.chip');
            svgRing = !!chip && parseFloat(getComputedStyle(chip).strokeWidth) >= 2;
          }
          const outline = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0;
          const shadow = cs.boxShadow && cs.boxShadow !== 'none';
          return {
            tag: a.tagName.toLowerCase(), text: (a.textContent || '').trim().slice(0, 30),
            isLink: a.matches('a[href]'), visible: outline || shadow || svgRing,
            how: outline ? `outline ${cs.outlineWidth} ${cs.outlineStyle} ${cs.outlineColor}` : shadow ? 'box-shadow' : svgRing ? 'svg chip stroke' : 'none',
          };
        });
        if (!f) continue;
        if (f.isLink) checkedLinks++;
        if (!f.visible) bad.push(`<${f.tag}> "${f.text}"`);
      }
      rep.ok(checkedLinks > 0 && bad.length === 0, `${rel}: focus visible on the first 25 Tab stops (${checkedLinks} links)`, bad.join(', '));
    }
  });
  rep.ok(errors.length === 0, 'no page errors during keyboard tests', errors.join(' | '));

  await browser.close();
  console.log(`summary: axe on ${nodesChecked} pages (${pages.length} pages + 2 states), ${violations.length} violations; keyboard checks on kind page, map, skip link, search box, focus`);
});
