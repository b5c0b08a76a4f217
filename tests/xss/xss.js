'use strict';
// Script injection through content: builds tests/xss/content (payloads in every field, label,
// enum value, body and link title; see make_site.py) with leernet, opens every page from
// file://, types payloads into the search box of a page and of the search page, puts them in
// the search page's ?q= and in the filter hash of list pages, and fails when any payload runs
// (a dialog opens or the console shows XSS-MARKER), when a page throws, when the DOM holds an
// event-handler attribute, a javascript: link or an iframe, or when an entry's title is not
// shown exactly as written (escaped once, not twice, not dropped).
//   node tests/xss/xss.js --leernet build/leernet [--out DIR] [--source DIR] [--theme DIR]
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');
const { pathToFileURL } = require('url');

const REPO = path.resolve(__dirname, '..', '..');
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--no-first-run'];
// Typed into search boxes; the last ones match titles, so that results show payloads.
const QUERIES = [
  "<script>console.log('XSS-MARKER q1')</script>",
  "\"><img src=x onerror=\"console.log('XSS-MARKER q2')\">",
  "'><svg onload=alert('q3')>",
  "</script><script>alert('q4')</script>",
  "{{t.title}} {{{x}}}",
  "\u2028\u2029 netwerk",
  'script', 'img', 'netwerk', 'type', 'thema', 'praktijk', 'console',
];

function parseArgs(argv) {
  const o = {
    leernet: path.join(REPO, 'build', 'leernet'),
    source: path.join(__dirname, 'content'),
    out: path.join(os.tmpdir(), `leernet-xss-${process.pid}`),
  };
  for (let i = 2; i < argv.length; i++) {
    const k = argv[i];
    if (i + 1 >= argv.length) throw new Error(`missing value for ${k}`);
    if (k === '--leernet') o.leernet = path.resolve(argv[++i]);
    else if (k === '--source') o.source = path.resolve(argv[++i]);
    else if (k === '--out') o.out = path.resolve(argv[++i]);
    else if (k === '--theme') o.theme = path.resolve(argv[++i]);  // to see the test fail
    else throw new Error(`unknown argument ${k}`);
  }
  return o;
}

function listPages(dir, base = dir, out = []) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) listPages(p, base, out);
    else if (e.name.endsWith('.html')) out.push(path.relative(base, p).split(path.sep).join('/'));
  }
  return out.sort();
}

// "<folder>/<slug>/index.html" -> the title as written in the source (make_site.py writes
// titles as JSON strings, which are YAML double-quoted scalars).
function expectedTitles(source) {
  const titles = {};
  for (const folder of fs.readdirSync(source, { withFileTypes: true })) {
    if (!folder.isDirectory()) continue;
    for (const file of fs.readdirSync(path.join(source, folder.name))) {
      const text = fs.readFileSync(path.join(source, folder.name, file), 'utf8');
      const m = /^titel: ("[^\n]*")\n/m.exec(text);
      if (m) titles[`${folder.name}/${file.replace(/\.(md|ya?ml)$/, '')}/index.html`] = JSON.parse(m[1]);
    }
  }
  return titles;
}

class Reporter {
  constructor() { this.passed = 0; this.failed = 0; }
  ok(cond, what, detail) {
    if (cond) { this.passed++; return; }
    this.failed++;
    console.log(`FAIL ${what}${detail ? ': ' + detail : ''}`);
  }
}

// Watches a page for payloads that run. `hits` collects what fired since the last take().
function watch(page) {
  const hits = [];
  page.on('dialog', (d) => { hits.push(`dialog ${d.type()} "${d.message()}"`); d.dismiss().catch(() => {}); });
  page.on('console', (m) => { if (m.text().includes('XSS-MARKER')) hits.push(`console "${m.text()}"`); });
  page.on('pageerror', (e) => hits.push(`page error ${e.message}`));
  page.on('popup', (p) => hits.push(`popup ${p.url()}`));
  return { take: () => hits.splice(0, hits.length) };
}

// What must never be in the DOM of a generated page, whatever the content says.
async function domProblems(page) {
  return page.evaluate(() => {
    const out = [];
    for (const el of document.querySelectorAll('*')) {
      for (const a of el.attributes) {
        if (/^on/i.test(a.name)) out.push(`<${el.localName} ${a.name}="${a.value.slice(0, 60)}">`);
        if (/^(href|src|action|formaction|xlink:href)$/i.test(a.name) &&
            /^\s*(javascript|vbscript|data):/i.test(a.value)) {
          out.push(`<${el.localName} ${a.name}="${a.value.slice(0, 60)}">`);
        }
      }
    }
    for (const el of document.querySelectorAll('iframe, object, embed, base, meta[http-equiv]')) {
      out.push(`<${el.localName}>`);
    }
    for (const el of document.querySelectorAll('script')) {
      if (el.textContent.includes('XSS-MARKER') && !el.type.includes('json')) {
        out.push(`script element with a payload: ${el.textContent.slice(0, 80)}`);
      }
    }
    return out;
  });
}

async function settle(page) {
  // Search boxes wait 120-150 ms before they search; an img onerror fires after the load.
  await page.waitForTimeout(400);
}

async function main() {
  const rep = new Reporter();
  const opts = parseArgs(process.argv);
  fs.rmSync(opts.out, { recursive: true, force: true });
  const themeArgs = opts.theme ? ['--theme', opts.theme] : [];
  execFileSync(opts.leernet, ['build', '-q', '--source', opts.source, '--out', opts.out, ...themeArgs],
    { stdio: ['ignore', 'inherit', 'inherit'] });
  const pages = listPages(opts.out);
  const titles = expectedTitles(opts.source);
  console.log(`${pages.length} pages, ${Object.keys(titles).length} entries with payload titles`);
  rep.ok(Object.keys(titles).length >= 10, 'the payload site has entries', JSON.stringify(titles).slice(0, 80));

  const { chromium } = require(path.join(REPO, 'node_modules', 'playwright-core'));
  const browser = await chromium.launch({
    executablePath: process.env.LEERNET_CHROMIUM || '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    const hits = watch(page);
    const url = (rel) => pathToFileURL(path.join(opts.out, rel)).href;

    for (const rel of pages) {
      await page.goto(url(rel), { waitUntil: 'load' });
      await settle(page);
      const fired = hits.take();
      rep.ok(fired.length === 0, `${rel}: nothing runs`, fired.join('; '));
      const problems = await domProblems(page);
      rep.ok(problems.length === 0, `${rel}: no active content in the DOM`, problems.join(', '));
      if (titles[rel] !== undefined) {
        const h1 = await page.$eval('h1', (e) => e.textContent).catch(() => null);
        rep.ok(h1 === titles[rel], `${rel}: the title is shown as written`,
          `${JSON.stringify(h1)} instead of ${JSON.stringify(titles[rel])}`);
      }
    }

    // The search box in the header of an entry page, and the search page's own box.
    const boxes = [
      { page: pages.find((p) => p.startsWith('netwerken/') && p !== 'netwerken/index.html'), box: '#zoekvak' },
      { page: 'index.html', box: '#zoekvak' },
      { page: 'zoeken/index.html', box: '#zoekterm' },
    ];
    for (const { page: rel, box } of boxes) {
      await page.goto(url(rel), { waitUntil: 'load' });
      hits.take();
      const found = await page.$(box);
      rep.ok(found !== null, `${rel}: has the search box ${box}`);
      if (!found) continue;
      for (const q of QUERIES) {
        await page.fill(box, '');
        await page.type(box, q, { delay: 2 });
        await settle(page);
        const fired = hits.take();
        rep.ok(fired.length === 0, `${rel}: typing ${JSON.stringify(q)} runs nothing`, fired.join('; '));
        const problems = await domProblems(page);
        rep.ok(problems.length === 0, `${rel}: results of ${JSON.stringify(q)} hold no active content`,
          problems.join(', '));
      }
      // Enter in the header box goes to a result or the search page: nothing may run there either.
      await page.fill(box, 'netwerk');
      await settle(page);
      await page.press(box, 'Enter');
      await page.waitForLoadState('load');
      await settle(page);
      rep.ok(hits.take().length === 0, `${rel}: Enter in the search box runs nothing`);
    }

    // The search page reads ?q=, list pages read their filters from the hash.
    for (const q of QUERIES.slice(0, 6)) {
      await page.goto(url('zoeken/index.html') + '?q=' + encodeURIComponent(q), { waitUntil: 'load' });
      await settle(page);
      const fired = hits.take();
      rep.ok(fired.length === 0, `zoeken/?q=${JSON.stringify(q)} runs nothing`, fired.join('; '));
      for (const kind of ['netwerken/index.html', 'kaart/index.html']) {
        if (!pages.includes(kind)) continue;
        await page.goto(url(kind) + '#reikwijdte=' + encodeURIComponent(q), { waitUntil: 'load' });
        await settle(page);
        const firedHash = hits.take();
        rep.ok(firedHash.length === 0, `${kind}#${JSON.stringify(q)} runs nothing`, firedHash.join('; '));
        const problems = await domProblems(page);
        rep.ok(problems.length === 0, `${kind}#${JSON.stringify(q)}: no active content`, problems.join(', '));
      }
    }
  } finally {
    await browser.close();
    fs.rmSync(opts.out, { recursive: true, force: true });
  }
  console.log(`${rep.passed} passed, ${rep.failed} failed`);
  process.exitCode = rep.failed ? 1 : 0;
}

main().catch((e) => {
  console.log(`FAIL xss test aborted: ${(e && e.stack) || e}`);
  console.log('0 passed, 1 failed');
  process.exitCode = 1;
});
