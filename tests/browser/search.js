'use strict';
// Issues 3 and 14: the search page and the header box, opened from file:// and over http:
// the task-query set (tests/search/queries.json), body snippets and highlighting, the
// no-result help, the kind facet and the keyboard paths. Also prints the time to load
// the index and to answer the first query.
const fs = require('fs');
const path = require('path');
const H = require('./lib/harness');

const QUERIES = JSON.parse(fs.readFileSync(path.join(H.REPO, 'tests', 'search', 'queries.json'), 'utf8')).queries;
// Share of task queries that must have an answering entry in the top 3.
const TOP3_GOAL = 0.9;

// The entry path of a result link ("praktijken/intervisie"), whatever page it is on.
function entryPath(href) {
  return decodeURI(new URL(href).pathname).replace(/\/index\.html$/, '').split('/').slice(-2).join('/');
}

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
      return {
        title: a ? a.textContent.trim() : '', href: a ? a.getAttribute('href') : '', abs: a ? a.href : '',
        kind: (li.querySelector('.card-kind') || {}).textContent,
        snippet: (li.querySelector('.snippet') || {}).textContent || '',
        marks: Array.from(li.querySelectorAll('mark')).map((m) => m.textContent),
      };
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
  page.on('response', (r) => { if (r.status() >= 400) errors.push(`HTTP ${r.status()} ${r.url()}`); });
  // Chromium asks the server root for /favicon.ico, outside the sub-path the site is served
  // from; that 404 is not the site's.
  let favicon404 = 0;
  page.on('console', (m) => { if (m.type() === 'error' && /\/favicon\.ico$/.test(m.location().url)) favicon404++; });
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


  await rep.step('task queries: an answering entry in the top 3', async () => {
    await page.goto(H.fileUrl(site, 'zoeken/index.html'), { waitUntil: 'load' });
    await page.waitForFunction(() => window.LeernetSearch && window.LeernetSearch.engine(), null, { timeout: 20000 });
    let good = 0;
    let rr = 0; // sum of 1 / rank of the first answer (mean reciprocal rank, printed)
    let top5 = 0;
    let top5Marked = 0; // top-5 hits whose title or snippet shows a matched word
    const misses = [];
    for (const q of QUERIES) {
      const r = await searchFor(page, q.q);
      const top = r.hits.slice(0, 3).map((h) => entryPath(h.abs));
      for (const h of r.hits.slice(0, 5)) { top5++; if (h.marks.length) top5Marked++; }
      const first = r.hits.findIndex((h) => q.answers.includes(entryPath(h.abs)));
      if (first >= 0) rr += 1 / (first + 1);
      if (top.some((t) => q.answers.includes(t))) good++;
      else {
        const rank = r.hits.findIndex((h) => q.answers.includes(entryPath(h.abs)));
        misses.push(`"${q.q}" (${q.who}): answer at ${rank < 0 ? 'none' : rank + 1}; top 3: ${top.join(' | ')}`);
      }
    }
    const share = good / QUERIES.length;
    console.log(`     task queries: ${good}/${QUERIES.length} (${(100 * share).toFixed(1)}%) with an answer in the top 3; mean reciprocal rank ${(rr / QUERIES.length).toFixed(3)}`);
    for (const m of misses) console.log(`     miss: ${m}`);
    console.log(`     top-5 hits that show a matched word: ${top5Marked}/${top5}`);
    rep.ok(top5Marked >= 0.9 * top5, 'at least 90% of the top-5 hits show a matched word in title or snippet',
      `${top5Marked}/${top5}`);
    rep.ok(QUERIES.length >= 40, 'the query set has at least 40 queries', String(QUERIES.length));
    rep.ok(share >= TOP3_GOAL, `at least ${TOP3_GOAL * 100}% of the task queries answered in the top 3`,
      `${good}/${QUERIES.length}; misses: ${misses.join(' ; ')}`);

    // An alias shared with another entry must not put it above the entry itself.
    const kvc = await searchFor(page, 'Kwaliteit Verbetercyclus');
    rep.ok(kvc.hits.length && entryPath(kvc.hits[0].abs) === 'toolkits/kwaliteit-verbetercyclus',
      'the toolkit KVC comes before the network that has it as an alias', kvc.hits.slice(0, 3).map((h) => h.title).join(' | '));
  });

  await rep.step('snippets, highlighting, kind and theme of each hit', async () => {
    const r = await searchFor(page, 'intervisie wijkverpleging');
    rep.ok(r.hits.length > 0, 'intervisie wijkverpleging: results', r.status);
    const fold = (x) => x.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
    const allMarks = r.hits.flatMap((h) => h.marks);
    rep.ok(allMarks.length > 0 && allMarks.every((m) => /^(intervisie|wijkverpleg)/.test(fold(m))),
      'only the query words are marked', allMarks.slice(0, 12).join(', '));
    const top5 = r.hits.slice(0, 5);
    rep.ok(top5.every((h) => h.marks.length > 0), 'each of the top 5 hits shows a matched word',
      top5.map((h) => `${h.title}: ${h.marks.length}`).join(' | '));
    const summaries = await page.evaluate(() => Object.fromEntries(window.LEERNET_STORE.docs.map((d) => [d.t, d.s])));
    const fromBody = top5.filter((h) => h.snippet && h.snippet !== summaries[h.title]);
    rep.ok(fromBody.length > 0, 'snippets come from the body around the matched words, not always the summary',
      fromBody.map((h) => h.snippet.slice(0, 60)).join(' | '));
    const net = r.hits.find((h) => entryPath(h.abs) === 'netwerken/leernetwerken-wijkverpleging');
    rep.ok(net && /^Netwerk/.test(net.kind) && /Deskundigheidsbevordering/.test(net.kind),
      'a hit shows its kind and theme', net && net.kind);
    console.log(`     snippet: ${net && net.snippet}`);
  });

  await rep.step('facet counts by kind filter the results', async () => {
    const r = await searchFor(page, 'netwerk ggz');
    const full = /(\d+) met alle zoekwoorden/.exec(r.status);
    rep.ok(full && Number(full[1]) > 0 && Number(full[1]) < r.hits.length,
      'the status says how many hits have every word (they come first)', r.status);
    const box = await page.$('input[name="_kind"][value="praktijk"]');
    rep.ok(!!box, 'a kind filter for practices');
    const label = await page.$eval('input[name="_kind"][value="praktijk"] + label .n', (n) => n.textContent);
    const n = Number(label.replace(/\D/g, ''));
    rep.ok(n === r.hits.filter((h) => /^Werkvorm|^Praktijk/.test(h.kind)).length && n > 0,
      'the practice count equals the practices among the hits', `${label}; ${r.hits.length} hits`);
    await box.check();
    await page.waitForFunction((m) => document.querySelectorAll('[data-search-results] > li').length === m, n, { timeout: 5000 });
    const kinds = await page.$$eval('[data-search-results] .card-kind', (els) => els.map((e) => e.textContent));
    rep.ok(kinds.length === n && kinds.every((k) => k.startsWith(kinds[0].split(' \u00b7 ')[0])),
      'ticking the kind shows only practices', `${kinds.length} shown`);
    await box.uncheck();
  });

  await rep.step('every filter group has a label of its own', async () => {
    await searchFor(page, 'netwerk');
    const legends = await page.$$eval('[data-search-filter-form] legend', (els) => els.map((e) => e.textContent));
    const twice = legends.filter((l, i) => legends.indexOf(l) !== i);
    rep.ok(legends.length > 2 && twice.length === 0, 'no two filter groups carry the same label', legends.join(' | '));
    // A network's "Soort" (categorie) counts networks only, not the practices' categorie.
    const cat = await page.$$eval('[data-search-filter-form] fieldset', (sets) => {
      const fs = sets.find((f) => /Netwerk/.test(f.querySelector('legend').textContent) &&
        f.querySelector('input[value="programma"]'));
      return fs ? Array.from(fs.querySelectorAll('input')).map((i) => i.value) : null;
    });
    rep.ok(cat && cat.includes('programma') && !cat.includes('leervorm'),
      'the network categorie group holds network values only', String(cat));
  });

  await rep.step('no result: did-you-mean and browse links', async () => {
    const r = await searchFor(page, 'dementie');
    rep.ok(r.hits.length === 0 && r.status.includes('dementie'), '"dementie": no hits and a message', r.status);
    const help = await page.evaluate(() => {
      const el = document.querySelector('[data-search-help]');
      return {
        visible: !!el && !el.hidden && el.getBoundingClientRect().height > 0,
        themes: Array.from(el.querySelectorAll('[data-search-browse-themes] a')).map((a) => a.href),
        kinds: Array.from(el.querySelectorAll('[data-search-browse-kinds] a')).map((a) => a.href),
      };
    });
    rep.ok(help.visible, 'the help block is shown');
    rep.ok(help.themes.length >= 10 && help.kinds.length >= 10, 'links to browse by theme and by kind',
      `${help.themes.length} themes, ${help.kinds.length} kinds`);
    const broken = help.themes.concat(help.kinds).filter((u) => !fs.existsSync(decodeURI(new URL(u).pathname)));
    rep.ok(broken.length === 0, 'every browse link points to a page of the site', broken.join(' '));

    const typo = await searchFor(page, 'intervisei');
    const dym = await page.$eval('[data-search-dym]', (p) => ({ hidden: p.hidden, text: p.textContent.trim() }));
    rep.ok(!dym.hidden && /intervisie\s*\?$/.test(dym.text), 'typo "intervisei": did you mean "intervisie"?', `${dym.text}; ${typo.status}`);
    await page.click('[data-search-dym] a');
    await page.waitForFunction(() => document.querySelector('#zoekterm').value === 'intervisie', null, { timeout: 5000 });
    await page.waitForSelector('[data-search-results] > li .card-title a', { timeout: 5000 });
    const first = await page.$eval('[data-search-results] > li .card-title a', (a) => a.textContent.trim());
    rep.ok(/intervisie/i.test(first), 'the suggestion runs the corrected search', first);
  });

  await rep.step('keyboard on the search page: "/", arrows, Enter, Escape', async () => {
    await page.goto(H.fileUrl(site, 'zoeken/index.html') + '?q=intervisie', { waitUntil: 'load' });
    await page.waitForSelector('[data-search-results] > li', { timeout: 15000 });
    await page.evaluate(() => document.activeElement && document.activeElement.blur());
    await page.keyboard.press('/');
    rep.ok(await page.evaluate(() => document.activeElement.id) === 'zoekterm', '"/" focuses the search page box');
    await page.keyboard.press('ArrowDown');
    const links = await page.$$eval('[data-search-results] .card-title a', (as) => as.map((a) => a.href));
    const focused = () => page.evaluate(() => document.activeElement.href || document.activeElement.id);
    rep.ok(await focused() === links[0], 'ArrowDown moves from the box to the first result');
    await page.keyboard.press('ArrowDown');
    rep.ok(await focused() === links[1], 'ArrowDown moves to the next result');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    rep.ok(await focused() === 'zoekterm', 'ArrowUp from the first result goes back to the box');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Escape');
    rep.ok(await focused() === 'zoekterm', 'Escape goes back to the box');
    await page.keyboard.press('End');
    await page.keyboard.type('/');
    const typed = await page.inputValue('#zoekterm');
    rep.ok(typed.includes('/') && typed.replace('/', '') === 'intervisie', '"/" types normally inside a field', typed);
    await page.fill('#zoekterm', 'intervisie');
    await page.waitForTimeout(300);
    await page.keyboard.press('ArrowDown');
    await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
    rep.ok(page.url() === links[0], 'Enter opens the focused result', page.url());
  });

  await rep.step('keyboard in the header box: Ctrl+K, arrows, Enter, Escape, highlighted suggestions', async () => {
    await page.goto(H.fileUrl(site, 'praktijken/intervisie/index.html'), { waitUntil: 'load' });
    await page.keyboard.press('Control+k');
    rep.ok(await page.evaluate(() => document.activeElement.id) === 'zoekvak', 'Ctrl+K focuses the header box');
    await page.evaluate(() => document.activeElement.blur());
    await page.keyboard.press('/');
    rep.ok(await page.evaluate(() => document.activeElement.id) === 'zoekvak', '"/" focuses the header box');
    await page.keyboard.type('casusbespreking');
    await page.waitForSelector('#zoekvak-lijst:not([hidden]) [role="option"]', { timeout: 15000 });
    const marks = await page.$$eval('#zoekvak-lijst [role="option"] mark', (ms) => ms.map((m) => m.textContent));
    rep.ok(marks.length > 0 && marks.every((m) => /^casusbespreking/i.test(m)), 'suggestions highlight the query word', marks.join(', '));
    await page.keyboard.press('ArrowDown');
    const act = await page.evaluate(() => {
      const id = document.getElementById('zoekvak').getAttribute('aria-activedescendant');
      const el = id && document.getElementById(id);
      return { sel: el && el.getAttribute('aria-selected'), text: el && el.textContent };
    });
    rep.ok(act.sel === 'true', 'ArrowDown selects the first suggestion', JSON.stringify(act));
    await page.keyboard.press('Escape');
    rep.ok(await page.$eval('#zoekvak-lijst', (l) => l.hidden), 'Escape closes the suggestions');
    await page.keyboard.press('ArrowDown');
    await page.waitForSelector('#zoekvak-lijst:not([hidden])', { timeout: 5000 });
    await page.keyboard.press('ArrowDown');
    await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
    rep.ok(/praktijken\/casusbespreking\/index\.html$/.test(page.url()), 'Enter opens the chosen suggestion', page.url());
  });


  await rep.step('axe on the no-result help and on results with snippets', async () => {
    const axeSource = fs.readFileSync(path.join(H.REPO, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
    const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
    // A page of its own: axe's stylesheet requests are refused from file://, which is
    // axe's business, not the site's, so they stay out of the error list.
    const page = await context.newPage();
    for (const q of ['dementie', 'intervisei', 'intervisie wijkverpleging']) {
      await page.goto(H.fileUrl(site, 'zoeken/index.html') + '?q=' + encodeURIComponent(q), { waitUntil: 'load' });
      await page.waitForFunction(() => document.querySelector('[data-search-status]').textContent !== '', null, { timeout: 15000 });
      await page.addScriptTag({ content: axeSource });
      const v = await page.evaluate(async (t) => (await window.axe.run(document, { runOnly: { type: 'tag', values: t }, resultTypes: ['violations'] })).violations
        .map((x) => `${x.id}: ${x.nodes.map((n) => n.target).join(' ')}`), tags);
      rep.ok(v.length === 0, `axe: search page for "${q}"`, v.join(' | '));
    }
    await page.close();
  });

  await rep.step('sharded index: "loading" while the shards with hits are still coming, never "no result"', async () => {
    // The bundled content split into 27 shards; "circumstances" occurs only in a source
    // (bron), whose shards come last.
    const content = path.join(path.dirname(site), 'search-shards-content');
    const sharded = path.join(path.dirname(site), 'search-shards-site');
    fs.rmSync(content, { recursive: true, force: true });
    fs.cpSync(opts.source, content, { recursive: true });
    const yaml = path.join(content, 'site.yaml');
    fs.writeFileSync(yaml, fs.readFileSync(yaml, 'utf8').replace(/^  shard_bytes: .*$/m, '  shard_bytes: 100000'));
    require('child_process').execFileSync(opts.leernet, ['-q', 'build', '--source', content, '--out', sharded]);
    const shards = fs.readdirSync(path.join(sharded, 'search')).filter((f) => /^index-.*\.js$/.test(f)).length;
    rep.ok(shards > 10, 'the site is split into shards', `${shards} shard files`);
    const page = await context.newPage();
    await page.addInitScript(() => {
      window.__states = [];
      new MutationObserver(() => {
        const s = document.querySelector('[data-search-status]');
        const h = document.querySelector('[data-search-help]');
        if (!s) return;
        const state = s.textContent + (h && !h.hidden ? ' [hulp]' : '');
        if (window.__states[window.__states.length - 1] !== state) window.__states.push(state);
      }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
    });
    await page.goto(H.fileUrl(sharded, 'zoeken/index.html') + '?q=circumstances', { waitUntil: 'load' });
    await page.waitForFunction(() => document.querySelectorAll('[data-search-results] > li').length > 0, null, { timeout: 15000 });
    const states = await page.evaluate(() => window.__states);
    const strings = await page.evaluate(() => document.getElementById('leernet-strings').dataset);
    const none = strings.searchNone.split('\u2018')[0];
    rep.ok(states.includes(strings.searchLoading), 'the status says the index is loading', states.join(' | '));
    rep.ok(!states.some((t) => t.startsWith(none) || t.endsWith('[hulp]')),
      'no "no result" text or help while shards are still loading', states.join(' | '));
    const top = await page.$eval('[data-search-results] > li .card-title a', (a) => a.getAttribute('href'));
    rep.ok(/bronnen\//.test(top), 'the hit is the source that holds the word', top);

    // The header box on a content page of the same site: the same word, the same promise.
    await page.goto(H.fileUrl(sharded, 'netwerken/level/index.html'), { waitUntil: 'load' });
    await page.evaluate(() => { window.__box = []; });
    await page.evaluate(() => {
      const s = document.querySelector('form.site-search [role="status"], form.site-search [aria-live]');
      new MutationObserver(() => {
        if (window.__box[window.__box.length - 1] !== s.textContent) window.__box.push(s.textContent);
      }).observe(s, { subtree: true, childList: true, characterData: true });
    });
    await page.focus('#zoekvak');
    await page.keyboard.type('circumstances');
    await page.waitForFunction(() => [...document.querySelectorAll('#zoekvak-lijst [role="option"]')]
      .some((o) => !o.classList.contains('suggestion-all')), null, { timeout: 15000 });
    const box = await page.evaluate(() => window.__box);
    rep.ok(!box.some((t) => t.startsWith(none)), 'the header box never says "no result" while shards load', box.join(' | '));
    await page.close();
  });

  await rep.step('search over http from a sub-path', async () => {
    const srv = await H.startServer(site, '/kennisbank/');
    try {
      await page.goto(`${srv.base}zoeken/index.html?q=dementie`, { waitUntil: 'load' });
      await page.waitForFunction(() => { const h = document.querySelector('[data-search-help]'); return h && !h.hidden; }, null, { timeout: 15000 });
      await page.fill('#zoekterm', 'leernetwerk opzetten');
      await page.waitForFunction(() => document.querySelectorAll('[data-search-results] > li').length > 0, null, { timeout: 15000 });
      const top = await page.$$eval('[data-search-results] > li .card-title a', (as) => as.slice(0, 3).map((a) => a.href));
      rep.ok(top.length === 3 && top.every((u) => u.startsWith(srv.base)), 'results over http link inside the sub-path', top.join(' '));
    } finally {
      await srv.close();
    }
  });

  for (; favicon404 > 0; favicon404--) {
    const i = errors.findIndex((e) => /status of 404/.test(e));
    if (i >= 0) errors.splice(i, 1);
  }
  rep.ok(errors.length === 0, 'no console errors, page errors or failed requests', errors.join(' | '));
  await browser.close();
  console.log('timings:');
  for (const t of timings) console.log(`  ${t}`);
});
