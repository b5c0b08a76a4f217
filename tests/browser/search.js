'use strict';
// Issue 3: the search page and the header box, opened from file://. Also prints the
// time to load the index and to answer the first query.
const H = require('./lib/harness');

// Types query into the search page's box and waits until the results were redrawn.
async function searchFor(page, query) {
  await page.evaluate(() => {
    const list = document.querySelector('[data-search-results]');
    const probe = document.createElement('li');
    probe.setAttribute('data-test-probe', '');
    list.appendChild(probe);
  });
  const t0 = Date.now();
  await page.fill('#zoekterm', query);
  await page.waitForFunction(() => !document.querySelector('[data-search-results] [data-test-probe]'), null, { timeout: 15000 });
  const ms = Date.now() - t0;
  const r = await page.evaluate(() => ({
    status: document.querySelector('[data-search-status]').textContent,
    hits: Array.from(document.querySelectorAll('[data-search-results] > li')).map((li) => {
      const a = li.querySelector('.card-title a');
      return { title: a ? a.textContent.trim() : '', href: a ? a.getAttribute('href') : '', kind: (li.querySelector('.card-kind') || {}).textContent };
    }),
  }));
  return { ...r, ms };
}

H.main('search', async (rep) => {
  const opts = H.parseArgs(process.argv, 'search');
  const site = H.buildSite(opts);
  const browser = await H.launch();
  const { context, page, errors } = await H.openPage(browser);
  page.on('requestfailed', (r) => errors.push(`request failed ${r.url()}`));
  const timings = [];

  await rep.step('search page', async () => {
    const t0 = Date.now();
    await page.goto(H.fileUrl(site, 'zoeken/index.html'), { waitUntil: 'load' });
    await page.waitForFunction(() => window.LeernetSearch && window.LeernetSearch.engine(), null, { timeout: 20000 });
    const loadMs = Date.now() - t0;
    const nav = await page.evaluate(() => {
      const n = performance.getEntriesByType('navigation')[0];
      const idx = performance.getEntriesByType('resource').filter((e) => /search\/(index|store)\.js$/.test(e.name))
        .map((e) => `${e.name.split('/').slice(-2).join('/')} ${Math.round(e.duration)} ms`);
      return { load: Math.round(n.loadEventEnd), dcl: Math.round(n.domContentLoadedEventEnd), idx };
    });
    timings.push(`search page from file://: index ready ${loadMs} ms after navigation start (DOMContentLoaded ${nav.dcl} ms, load ${nav.load} ms; ${nav.idx.join(', ')})`);

    // Engine time of the first query, without the 150 ms typing debounce.
    const q = await page.evaluate(() => {
      const t = performance.now();
      const r = window.LeernetSearch.search('casusbespreking');
      return { ms: performance.now() - t, n: r.hits.length };
    });
    timings.push(`first query in the engine: ${q.ms.toFixed(1)} ms (${q.n} hits)`);

    const r = await searchFor(page, 'casusbespreking');
    timings.push(`typing "casusbespreking" to results shown: ${r.ms} ms (includes the 150 ms debounce)`);
    rep.ok(r.hits.length > 0, 'casusbespreking: results', r.status);
    const first = r.hits[0] || {};
    rep.ok(first.title === 'Casusbespreking' && /praktijken\/casusbespreking\/index\.html$/.test(first.href),
      'casusbespreking: first result is the Casusbespreking practice', JSON.stringify(first));
    console.log(`     "casusbespreking": ${r.status}; top: ${r.hits.slice(0, 3).map((h) => h.title).join(' | ')}`);
    // The result link works from file://.
    const url = new URL(first.href || 'x', page.url()).href;
    rep.ok(url === H.fileUrl(site, 'praktijken/casusbespreking/index.html'), 'first result links to the practice page', url);
    rep.ok(/\?q=casusbespreking$/.test(page.url()), 'query is kept in the URL (?q=)', page.url());

    const typo = await searchFor(page, 'casusbesprekng');
    const rank = typo.hits.findIndex((h) => h.title === 'Casusbespreking');
    rep.ok(rank >= 0 && rank < 3, 'typo "casusbesprekng" still finds Casusbespreking (top 3)',
      `rank ${rank}; ${typo.status}; top: ${typo.hits.slice(0, 3).map((h) => h.title).join(' | ')}`);
    console.log(`     "casusbesprekng": ${typo.status.trim()} (Casusbespreking at rank ${rank + 1})`);

    for (const w of ['cliëntperspectief', 'client', 'cliënt', 'Casusbespreking', 'leernetwerken']) {
      const x = await searchFor(page, w);
      rep.ok(x.hits.length > 0, `"${w}" finds something`, x.status);
      console.log(`     "${w}": ${x.status.trim()}; top: ${x.hits.slice(0, 3).map((h) => h.title).join(' | ')}`);
    }
    const none = await searchFor(page, 'qqqxyzzy');
    rep.ok(none.hits.length === 0 && none.status.includes('qqqxyzzy'), 'nonsense query: no results and a message', none.status);

    // ?q= in the URL runs the search on load.
    await page.goto(H.fileUrl(site, 'zoeken/index.html') + '?q=intervisie');
    await page.waitForSelector('[data-search-results] > li', { timeout: 15000 });
    const t = await page.$eval('[data-search-results] > li .card-title a', (a) => a.textContent.trim());
    rep.ok(/intervisie/i.test(t), '?q=intervisie runs on load', t);
    rep.ok(await page.inputValue('#zoekterm') === 'intervisie', '?q= fills the search box');
  });

  await rep.step('header search box on a content page', async () => {
    await page.goto(H.fileUrl(site, 'netwerken/level/index.html'), { waitUntil: 'load' });
    const before = await page.evaluate(() => performance.getEntriesByType('resource').filter((e) => /search\/index\.js/.test(e.name)).length);
    rep.ok(before === 0, 'the index is not loaded before the box is used');
    const t0 = Date.now();
    await page.focus('#zoekvak');
    await page.waitForFunction(() => window.LeernetSearch && window.LeernetSearch.engine(), null, { timeout: 20000 });
    const loadMs = Date.now() - t0;
    const t1 = Date.now();
    await page.keyboard.type('casus');
    await page.waitForSelector('#zoekvak-lijst:not([hidden]) [role="option"]', { timeout: 15000 });
    const firstMs = Date.now() - t1;
    timings.push(`header box: index loaded ${loadMs} ms after focus; typing "casus" to suggestions ${firstMs} ms`);
    const opts2 = await page.$$eval('#zoekvak-lijst [role="option"]', (els) => els.map((e) => e.textContent.trim()));
    rep.ok(opts2.length >= 2, 'header box shows suggestions', `${opts2.length} options`);
    rep.ok(opts2.some((o) => /^Casusbespreking/.test(o)), 'suggestions include Casusbespreking', opts2.join(' | '));
    rep.ok(/casus/i.test(opts2[opts2.length - 1]), 'last option opens all results for the query', opts2[opts2.length - 1]);
    console.log(`     header box "casus": ${opts2.slice(0, 4).join(' | ')} …`);
    // Click a suggestion.
    await Promise.all([page.waitForNavigation(), page.click('#zoekvak-lijst [role="option"] >> nth=0')]);
    rep.ok(page.url().endsWith('/index.html') && !page.url().includes('netwerken/level'), 'clicking a suggestion opens it', page.url());
  });

  rep.ok(errors.length === 0, 'no console errors, page errors or failed requests', errors.join(' | '));
  await browser.close();
  console.log('timings:');
  for (const t of timings) console.log(`  ${t}`);
});
