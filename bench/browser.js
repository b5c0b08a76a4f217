#!/usr/bin/env node
'use strict';
// Time from navigation to the first search result of a built site, in headless Chromium
// (/usr/bin/chromium), from file://, and how many bytes were loaded before it.
//   node bench/browser.js SITE_DIR [--runs N] WORD...
// For every word and run, in a fresh browser context (empty cache), zoeken/index.html?q=WORD:
//   first_result_ms  performance.now() when the first result is in the list, seen by a
//                    MutationObserver installed before the page's own scripts; performance.now()
//                    counts from the start of the navigation;
//   wall_ms          the same seen from outside (page.goto until the result is there);
//   bytes_before     bytes of the page and of every file whose download had ended by then
//                    (their load event had fired; over file:// Chromium keeps no Resource Timing
//                    entries), as the sizes of the files on disk;
//   index_bytes_before  the search/*.js files among them (index, shards, store, text);
//   files_before     how many files that was.
// Prints JSON {runs:[...], queries:{WORD:{hits, medians}}, median:{...}, version}; the overall
// medians are over every run of every word.
const fs = require('fs');
const path = require('path');
const { fileURLToPath } = require('url');
const { chromium } = require('playwright-core');

const kObserver = `
  (function () {
    // Over file:// Chromium records no Resource Timing entries, so the page's own load events
    // tell which files had arrived (load does not bubble, but it can be caught on the way down).
    var loaded = [];
    document.addEventListener('load', function (ev) {
      var el = ev.target;
      var src = el && (el.src || el.href);
      if (src && !window.__firstResult) loaded.push(src);
    }, true);
    var obs = new MutationObserver(function () {
      if (!document.querySelector('[data-search-results] li')) return;
      obs.disconnect();
      window.__firstResult = { at: performance.now(), files: loaded.slice() };
    });
    obs.observe(document, { childList: true, subtree: true });
  })();`;

function sizeOf(url) {
  try {
    return fs.statSync(fileURLToPath(url.split('?')[0].split('#')[0])).size;
  } catch (e) {
    return 0;
  }
}

function median(xs) {
  const s = xs.slice().sort((a, b) => a - b);
  if (!s.length) return null;
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

const kKeys = ['first_result_ms', 'wall_ms', 'bytes_before', 'index_bytes_before', 'files_before'];

function medians(runs) {
  const o = {};
  for (const k of kKeys) o[k] = median(runs.map((r) => r[k]));
  return o;
}

async function measure(browser, site, word) {
  const url = 'file://' + path.resolve(site, 'zoeken/index.html') + '?q=' + encodeURIComponent(word);
  const context = await browser.newContext();
  try {
    await context.addInitScript(kObserver);
    const page = await context.newPage();
    const t0 = Date.now();
    await page.goto(url, { waitUntil: 'commit', timeout: 120000 });
    await page.waitForFunction(() => window.__firstResult !== undefined, null, { timeout: 120000, polling: 10 });
    const wallMs = Date.now() - t0;
    const m = await page.evaluate(() => ({
      first: window.__firstResult,
      hits: document.querySelectorAll('[data-search-results] li').length,
    }));
    const files = m.first.files;
    const search = files.filter((u) => /\/search\/[^/]+\.js$/.test(u.split('?')[0]));
    return {
      word,
      hits_at_first: m.hits,
      first_result_ms: Math.round(m.first.at * 10) / 10,
      wall_ms: wallMs,
      bytes_before: sizeOf(url) + files.reduce((n, u) => n + sizeOf(u), 0),
      index_bytes_before: search.reduce((n, u) => n + sizeOf(u), 0),
      files_before: files.length + 1,
      search_files_before: search.map((u) => path.basename(u.split('?')[0])),
    };
  } finally {
    await context.close();
  }
}

async function main() {
  const args = process.argv.slice(2);
  let runs = 5;
  const words = [];
  let site = null;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--runs') runs = Number(args[++i]);
    else if (!site) site = args[i];
    else words.push(args[i]);
  }
  if (!site || !words.length || !(runs > 0)) {
    console.error('usage: browser.js SITE_DIR [--runs N] WORD...');
    return 2;
  }
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking',
           '--disable-component-update', '--no-first-run'],
  });
  const all = [];
  const queries = {};
  try {
    // One untimed warm-up, so the first measured run does not pay for starting the renderer.
    await measure(browser, site, words[0]);
    // Runs interleave the words, so a slow moment of the machine does not hit one word only.
    for (let r = 0; r < runs; r++) {
      for (const w of words) all.push(await measure(browser, site, w));
    }
    for (const w of words) {
      const rs = all.filter((x) => x.word === w);
      queries[w] = Object.assign({ hits_at_first: rs[0].hits_at_first,
                                   search_files_before: rs[0].search_files_before }, medians(rs));
    }
  } finally {
    await browser.close();
  }
  console.log(JSON.stringify({ runs: all, queries, median: medians(all), version: browser.version() }));
  return 0;
}

main().then((c) => { process.exitCode = c; }, (e) => { console.error(e); process.exitCode = 1; });
