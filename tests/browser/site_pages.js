'use strict';
// Issue 7: every page of the bundled site, opened from file://, from a sub-path
// (/kennisbank/) and from the root of a local server. Checks per page: no console
// errors or page errors, no failed requests, nothing requested off this machine, every
// internal link resolves, <html lang="nl">, a skip link to an existing element. Also the
// performance budget: HTML + CSS + JS loaded by each page (search not used) < 100 KB.
const fs = require('fs');
const path = require('path');
const { fileURLToPath } = require('url');
const H = require('./lib/harness');

const BUDGET = 100 * 1024; // bytes of HTML + CSS + JS per page load
const WORKERS = 3;
// http modes visit a sample that covers every template type (plus a search with a
// query, which loads the index); links of all pages are checked in all three modes.
const SAMPLE_PER_TEMPLATE = 3;

function allowedUrl(u) {
  return u.startsWith('file:') || u.startsWith('data:') || u.startsWith('blob:') ||
    u.startsWith('about:') || /^https?:\/\/127\.0\.0\.1(:\d+)?\//.test(u);
}

async function collectPage(page) {
  return page.evaluate(() => {
    const attrs = [];
    const sel = [['a[href]', 'href'], ['link[href]', 'href'], ['script[src]', 'src'], ['img[src]', 'src'],
      ['source[srcset]', 'srcset'], ['img[srcset]', 'srcset'], ['iframe[src]', 'src']];
    for (const [s, a] of sel) {
      for (const el of document.querySelectorAll(s)) {
        const v = el.getAttribute(a);
        if (v === null) continue;
        const tag = el.tagName.toLowerCase();
        if (a === 'srcset') {
          for (const part of v.split(',')) {
            const u = part.trim().split(/\s+/)[0];
            if (u) attrs.push({ tag, attr: a, value: u, abs: new URL(u, document.baseURI).href });
          }
        } else {
          attrs.push({ tag, attr: a, value: v, abs: new URL(v, document.baseURI).href });
        }
      }
    }
    // Skip link: the first element in tab order must be a link to #id of an element.
    const focusables = Array.from(document.body.querySelectorAll(
      'a[href], button, input, select, textarea, summary, [tabindex]'))
      .filter((el) => el.tabIndex >= 0 && !el.disabled && !el.closest('[hidden]') &&
        el.getAttribute('type') !== 'hidden');
    const first = focusables[0];
    let skip = { ok: false, why: 'no focusable element' };
    if (first) {
      const href = first.getAttribute('href') || '';
      if (first.tagName !== 'A' || !href.startsWith('#') || href.length < 2) {
        skip = { ok: false, why: `first tab stop is <${first.tagName.toLowerCase()} ${href ? 'href="' + href + '"' : ''}> "${first.textContent.trim().slice(0, 40)}"` };
      } else {
        const target = document.getElementById(decodeURIComponent(href.slice(1)));
        skip = target ? { ok: true, target: href }
          : { ok: false, why: `skip link ${href} has no target` };
      }
    }
    const ids = Array.from(document.querySelectorAll('[id]')).map((e) => e.id);
    return { lang: document.documentElement.getAttribute('lang'), attrs, skip, ids };
  });
}

H.main('site_pages', async (rep) => {
  // --full: visit every page in the http modes too (about 30 s more per mode).
  const full = process.argv.includes('--full');
  const opts = H.parseArgs(process.argv.filter((a) => a !== '--full'), 'site_pages');
  const site = H.buildSite(opts);
  const pages = H.listPages(site);
  console.log(`${pages.length} pages in ${site}`);

  // Sample for the http modes: the first SAMPLE_PER_TEMPLATE pages of each template type,
  // plus every kind page's first entry (so every entry kind is seen once).
  const byTpl = {};
  for (const p of pages) (byTpl[H.templateOf(p)] = byTpl[H.templateOf(p)] || []).push(p);
  const sample = new Set();
  for (const list of Object.values(byTpl)) list.slice(0, SAMPLE_PER_TEMPLATE).forEach((p) => sample.add(p));
  const seenFolder = new Set();
  for (const p of byTpl.entry || []) {
    const f = p.split('/')[0];
    if (!seenFolder.has(f)) { seenFolder.add(f); sample.add(p); }
  }
  const SEARCH_Q = 'zoeken/index.html?q=casusbespreking';

  const sub = await H.startServer(site, '/kennisbank/');
  const root = await H.startServer(site, '/');
  const browser = await H.launch();
  const context = await browser.newContext();
  const offMachine = [];
  // Abort whatever tries to leave the machine (and record it).
  await context.route((url) => !allowedUrl(url.href), (route) => {
    offMachine.push(route.request().url());
    return route.abort('blockedbyclient');
  });

  const modes = [
    { name: 'file', base: H.fileUrl(site, '') .replace(/\/?$/, '/'), visit: pages.concat([SEARCH_Q]) },
    { name: 'subpath', base: sub.base, visit: (full ? pages : [...sample]).concat([SEARCH_Q]) },
    { name: 'root', base: root.base, visit: (full ? pages : [...sample]).concat([SEARCH_Q]) },
  ];

  const stats = { visits: 0, pageChecks: 0, links: 0, uniqueLinks: 0 };
  const budget = []; // {page, bytes, parts}
  // Per page (from the file:// visit): the raw link attributes, to check in every mode.
  const linkAttrs = new Map();
  const idsByPage = new Map();
  const externalLinks = new Map();

  const workers = [];
  for (let i = 0; i < WORKERS; i++) {
    const page = await context.newPage();
    const st = { errors: [], failed: [], requests: [] };
    page.on('console', (m) => { if (m.type() === 'error') st.errors.push(`console: ${m.text()}`); });
    page.on('pageerror', (e) => st.errors.push(`pageerror: ${e.message}`));
    page.on('requestfailed', (r) => st.failed.push(`${r.url()} (${r.failure() && r.failure().errorText})`));
    page.on('response', (r) => { if (r.status() >= 400) st.failed.push(`${r.url()} (HTTP ${r.status()})`); });
    page.on('request', (r) => st.requests.push({ url: r.url(), type: r.resourceType() }));
    workers.push({ page, st });
  }

  // Self-check: the watchers see an off-machine request and a console error.
  {
    const { page, st } = workers[0];
    st.errors = []; st.requests = [];
    const offBefore = offMachine.length;
    await page.goto(root.base + 'index.html');
    // Wait for the probe's own failure, so that it is not counted against the next page.
    const probeFailed = page.waitForEvent('requestfailed',
      { predicate: (r) => r.url().includes('leernet-probe'), timeout: 5000 }).catch(() => null);
    await page.evaluate(() => {
      const img = document.createElement('img');
      img.src = 'https://example.invalid/leernet-probe.png';
      document.body.appendChild(img);
      console.error('leernet probe');
    });
    await probeFailed;
    await page.waitForTimeout(200);
    const seen = st.requests.some((r) => r.url.includes('example.invalid')) || offMachine.length > offBefore;
    rep.ok(seen && st.errors.length > 0, 'self-check: off-machine request and console error are detected',
      `request seen: ${seen}, errors: ${st.errors.length}`);
  }

  for (const mode of modes) {
    const t0 = Date.now();
    const before = rep.failed;
    await H.pool(mode.visit, WORKERS, async (rel, _i, w) => {
      const { page, st } = workers[w];
      st.errors = []; st.failed = []; st.requests = [];
      const offBefore = offMachine.length;
      const url = mode.base + rel;
      const where = `[${mode.name}] ${rel}`;
      try {
        await page.goto(url, { waitUntil: 'load', timeout: 20000 });
        if (rel === SEARCH_Q) {
          await page.waitForSelector('[data-search-results] li', { timeout: 15000 });
        }
        await page.waitForTimeout(30);
      } catch (e) {
        rep.fail(`${where} loads`, e.message.split('\n')[0]);
        return;
      }
      stats.visits++;
      const info = await collectPage(page);
      rep.ok(st.errors.length === 0, `${where} no console errors`, st.errors.join(' | '));
      rep.ok(st.failed.length === 0, `${where} no failed requests`, st.failed.join(' | '));
      const off = st.requests.filter((r) => !allowedUrl(r.url)).map((r) => r.url)
        .concat(offMachine.slice(offBefore));
      rep.ok(off.length === 0, `${where} no request leaves the machine`, [...new Set(off)].join(' | '));
      rep.ok(info.lang === 'nl', `${where} html[lang="nl"]`, `lang=${info.lang}`);
      rep.ok(info.skip.ok, `${where} skip link`, info.skip.why);
      stats.pageChecks += 5;
      if (mode.name === 'file') {
        if (rel !== SEARCH_Q) { linkAttrs.set(rel, info.attrs); idsByPage.set(rel, new Set(info.ids)); }
        if (rel !== SEARCH_Q && rel !== 'zoeken/index.html') {
          // Budget: distinct documents, style sheets and scripts this load requested.
          const seen = new Set();
          let bytes = 0;
          const parts = [];
          for (const r of st.requests) {
            if (!['document', 'stylesheet', 'script', 'fetch', 'xhr'].includes(r.type)) continue;
            const u = r.url.split('#')[0].split('?')[0];
            if (seen.has(u) || !u.startsWith('file:')) continue;
            seen.add(u);
            let size = 0;
            try { size = fs.statSync(fileURLToPath(u)).size; } catch (e) { /* counted as failed elsewhere */ }
            bytes += size;
            parts.push(`${path.relative(site, fileURLToPath(u))} ${(size / 1024).toFixed(1)}`);
          }
          budget.push({ page: rel, bytes, parts });
        }
      }
    });
    console.log(`[${mode.name}] visited ${mode.visit.length} pages in ${((Date.now() - t0) / 1000).toFixed(1)} s, ${rep.failed - before} failures`);
  }

  // Links of every page, resolved in every mode.
  const fileCache = new Map();
  const fileIds = (abs) => {
    if (!fileCache.has(abs)) {
      let ids = null;
      try {
        const html = fs.readFileSync(abs, 'utf8');
        ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
      } catch (e) { /* missing */ }
      fileCache.set(abs, ids);
    }
    return fileCache.get(abs);
  };
  for (const mode of modes) {
    const t0 = Date.now();
    const statusCache = new Map();
    let checked = 0;
    const bad = [];
    const httpJobs = [];
    for (const [rel, attrs] of linkAttrs) {
      const pageUrl = new URL(mode.base + rel);
      for (const a of attrs) {
        const v = a.value.trim();
        if (/^(mailto|tel|javascript):/i.test(v)) {
          if (/^javascript:/i.test(v)) bad.push(`${rel}: ${a.tag}[${a.attr}]="${v}" (javascript: URL)`);
          continue;
        }
        let u;
        try { u = new URL(v, pageUrl); } catch (e) { bad.push(`${rel}: unparsable ${a.tag}[${a.attr}]="${v}"`); continue; }
        if (!allowedUrl(u.href)) {
          if (a.tag === 'a') { if (mode.name === 'file') externalLinks.set(u.href, rel); }
          else bad.push(`${rel}: ${a.tag}[${a.attr}] loads off-machine ${u.href}`);
          continue;
        }
        checked++;
        const frag = u.hash ? decodeURIComponent(u.hash.slice(1)) : '';
        const checkFrag = frag && !frag.includes('=');
        const target = new URL(u.href); target.hash = ''; target.search = '';
        if (mode.name === 'file') {
          let fp;
          try { fp = fileURLToPath(target.href); } catch (e) { bad.push(`${rel}: ${v}`); continue; }
          let st = null;
          try { st = fs.statSync(fp); } catch (e) { /* missing */ }
          if (!st || !st.isFile()) {
            bad.push(`${rel}: ${a.tag}[${a.attr}]="${v}" -> ${st ? 'a folder, not a file' : 'missing'} ${path.relative(site, fp)}`);
            continue;
          }
          if (checkFrag && fp.endsWith('.html')) {
            const same = target.href === new URL(pageUrl.href.split('#')[0]).href;
            const ids = same ? idsByPage.get(rel) : fileIds(fp);
            if (!ids || !ids.has(frag)) bad.push(`${rel}: ${a.tag}[${a.attr}]="${v}" -> no element with id "${frag}"`);
          }
        } else {
          if (!target.href.startsWith(mode.base)) {
            bad.push(`${rel}: ${a.tag}[${a.attr}]="${v}" leaves ${mode.base} (${target.href})`);
            continue;
          }
          if (!statusCache.has(target.href)) {
            const p = H.httpStatus(target.href, 'GET');
            statusCache.set(target.href, p);
            httpJobs.push(p);
          }
          httpJobs.push(statusCache.get(target.href).then((s) => {
            if (s !== 200) bad.push(`${rel}: ${a.tag}[${a.attr}]="${v}" -> HTTP ${s} ${target.href}`);
          }));
        }
      }
    }
    await Promise.all(httpJobs);
    stats.links += checked;
    rep.ok(bad.length === 0, `[${mode.name}] all internal links of ${linkAttrs.size} pages resolve (${checked} links${statusCache.size ? `, ${statusCache.size} distinct URLs` : ''})`,
      `${bad.length} broken:\n  ` + bad.slice(0, 60).join('\n  ') + (bad.length > 60 ? `\n  … ${bad.length - 60} more` : ''));
    if (!bad.length) console.log(`ok   [${mode.name}] ${checked} internal links on ${linkAttrs.size} pages resolve (${Date.now() - t0} ms)`);
  }
  if (externalLinks.size) {
    console.log(`note: ${externalLinks.size} external links (not followed, no network): ` +
      [...externalLinks.keys()].slice(0, 10).join(', ') + (externalLinks.size > 10 ? ', …' : ''));
  }

  // Performance budget.
  budget.sort((a, b) => b.bytes - a.bytes);
  const over = budget.filter((b) => b.bytes >= BUDGET);
  for (const b of over) {
    rep.fail(`budget: ${b.page} loads ${(b.bytes / 1024).toFixed(1)} KB of HTML+CSS+JS (limit ${BUDGET / 1024} KB)`, b.parts.join(', '));
  }
  if (!over.length) rep.pass(`budget: all ${budget.length} pages under ${BUDGET / 1024} KB`);
  console.log('largest page loads (KB of HTML+CSS+JS, search not used):');
  for (const b of budget.slice(0, 5)) console.log(`  ${(b.bytes / 1024).toFixed(1).padStart(6)}  ${b.page}  [${b.parts.join(', ')}]`);

  await browser.close();
  await sub.close();
  await root.close();
  console.log(`summary: ${pages.length} pages; visits: file ${modes[0].visit.length} (all pages + search query), ` +
    `sub-path ${modes[1].visit.length}, root ${modes[2].visit.length} (${full ? 'all pages' : 'sample of every template type and entry kind'} + search query); ` +
    `${stats.pageChecks} page checks; ${stats.links} internal links checked over 3 modes; budget on ${budget.length} pages`);
});
