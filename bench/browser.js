#!/usr/bin/env node
'use strict';
// Load time and first-query time of a built site's search in headless Chromium, from file://.
//   node bench/browser.js SITE_DIR WORD [RUNS]
// Per run, in a fresh browser context:
//   results_ms  navigation of zoeken/index.html?q=WORD until the first result is in the list
//               (scripts, index.js and store.js parsed, lunr.Index.load, query, render);
//   load_ms     lunr.Index.load(window.LEERNET_INDEX) again in the loaded page;
//   query_ms    a first query for WORD on that freshly loaded index.
// Prints JSON {runs:[...], hits}.
const path = require('path');
const { chromium } = require('playwright-core');

async function main() {
  const [site, word, runsArg] = process.argv.slice(2);
  if (!site || !word) {
    console.error('usage: browser.js SITE_DIR WORD [RUNS]');
    return 2;
  }
  const runs = Number(runsArg || 3);
  const url = 'file://' + path.resolve(site, 'zoeken/index.html') + '?q=' + encodeURIComponent(word);
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking',
           '--disable-component-update', '--no-first-run'],
  });
  const out = [];
  let hits = 0;
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const t0 = Date.now();
      await page.goto(url, { waitUntil: 'commit', timeout: 600000 });
      await page.waitForSelector('[data-search-results] li', { timeout: 600000 });
      const resultsMs = Date.now() - t0;
      const inPage = await page.evaluate((w) => {
        const a = performance.now();
        const idx = window.lunr.Index.load(window.LEERNET_INDEX);
        const b = performance.now();
        const res = idx.search(w);
        const c = performance.now();
        const nav = performance.getEntriesByType('navigation')[0];
        return { load_ms: b - a, query_ms: c - b, hits: res.length,
                 dom_content_loaded_ms: nav ? nav.domContentLoadedEventEnd : null };
      }, word);
      hits = inPage.hits;
      out.push({ results_ms: resultsMs, load_ms: inPage.load_ms, query_ms: inPage.query_ms,
                 dom_content_loaded_ms: inPage.dom_content_loaded_ms });
      await context.close();
    }
  } finally {
    await browser.close();
  }
  console.log(JSON.stringify({ runs: out, hits, version: browser.version() }));
  return 0;
}

main().then((c) => { process.exitCode = c; }, (e) => { console.error(e); process.exitCode = 1; });
