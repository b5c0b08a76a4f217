'use strict';
// Shared helpers for the browser tests: arguments, building the site, the browser, a
// static server on 127.0.0.1, page lists and a small pass/fail reporter.
const fs = require('fs');
const path = require('path');
const http = require('http');
const { execFileSync } = require('child_process');

const REPO = path.resolve(__dirname, '..', '..', '..');

function parseArgs(argv, testName) {
  const o = {
    leernet: path.join(REPO, 'build', 'leernet'),
    source: path.join(REPO, 'content'),
    out: path.join(require('os').tmpdir(), 'leernet-browser-site'),
    artifacts: path.join(REPO, 'test-artifacts'),
    site: null, // use an already built site instead of building one
  };
  for (let i = 2; i < argv.length; i++) {
    const k = argv[i];
    const take = () => {
      if (i + 1 >= argv.length) throw new Error(`missing value for ${k}`);
      return argv[++i];
    };
    if (k === '--leernet') o.leernet = take();
    else if (k === '--source') o.source = take();
    else if (k === '--out') o.out = take();
    else if (k === '--artifacts') o.artifacts = take();
    else if (k === '--site') o.site = take();
    else throw new Error(`unknown argument ${k}`);
  }
  // Every test builds into its own sub-folder, so tests run in parallel (ctest -j)
  // never replace a site another test is browsing.
  o.siteDir = o.site ? path.resolve(o.site) : path.join(path.resolve(o.out), testName);
  o.artifacts = path.resolve(o.artifacts);
  return o;
}

function buildSite(opts) {
  if (opts.site) return opts.siteDir;
  fs.mkdirSync(path.dirname(opts.siteDir), { recursive: true });
  const t0 = Date.now();
  execFileSync(opts.leernet, ['-q', 'build', '--source', opts.source, '--out', opts.siteDir],
    { stdio: ['ignore', 'inherit', 'inherit'] });
  console.log(`built ${opts.siteDir} in ${Date.now() - t0} ms`);
  return opts.siteDir;
}

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'];

async function launch() {
  const { chromium } = require(path.join(REPO, 'node_modules', 'playwright-core'));
  return chromium.launch({
    executablePath: process.env.LEERNET_CHROMIUM || '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
}

// All HTML pages of a site, as paths relative to the site root with '/' separators.
function listPages(siteDir) {
  const out = [];
  (function walk(dir) {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.html')) out.push(path.relative(siteDir, p).split(path.sep).join('/'));
    }
  })(siteDir);
  return out.sort();
}

// Template type of a page, from its path.
function templateOf(rel) {
  if (rel === 'index.html') return 'home';
  if (rel === '404.html') return '404';
  if (rel === 'zoeken/index.html') return 'search';
  if (rel === 'kaart/index.html') return 'map';
  const parts = rel.split('/');
  if (parts.length === 2) return 'kind';
  return 'entry';
}

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8', '.json': 'application/json',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg',
  '.gif': 'image/gif', '.webp': 'image/webp', '.ico': 'image/x-icon', '.txt': 'text/plain; charset=utf-8',
  '.pdf': 'application/pdf', '.woff2': 'font/woff2', '.xml': 'application/xml',
};

// Static server for siteDir under the URL prefix ('/' or '/kennisbank/'), on 127.0.0.1
// and a free port. Serves only regular files inside siteDir; a folder gives its
// index.html. Everything else is 404, with the site's page `options.notFound` (e.g.
// '404.html') as the body when given, as static hosts do.
function startServer(siteDir, prefix, options = {}) {
  const rootReal = fs.realpathSync(siteDir);
  const server = http.createServer((req, res) => {
    const send = (code, type, body) => {
      res.writeHead(code, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'text/plain', 'method');
    let pathname;
    try { pathname = decodeURIComponent(new URL(req.url, 'http://x').pathname); } catch (e) {
      return send(400, 'text/plain', 'bad url');
    }
    if (!pathname.startsWith(prefix)) return send(404, 'text/plain', 'outside the site');
    let file = path.resolve(rootReal, '.' + path.posix.normalize('/' + pathname.slice(prefix.length)));
    try {
      if (fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
      const real = fs.realpathSync(file);
      if (real !== rootReal && !real.startsWith(rootReal + path.sep)) return send(404, 'text/plain', 'outside');
      if (!fs.statSync(real).isFile()) return send(404, 'text/plain', 'not a file');
      const type = TYPES[path.extname(real).toLowerCase()] || 'application/octet-stream';
      const body = fs.readFileSync(real);
      res.writeHead(200, { 'content-type': type, 'content-length': body.length, 'cache-control': 'no-store' });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (e) {
      if (options.notFound) {
        return send(404, 'text/html; charset=utf-8', fs.readFileSync(path.join(rootReal, options.notFound)));
      }
      send(404, 'text/plain', 'not found');
    }
  });
  return new Promise((resolve, reject) => {
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const base = `http://127.0.0.1:${server.address().port}${prefix}`;
      resolve({ base, close: () => new Promise((r) => server.close(r)) });
    });
  });
}

function httpStatus(url, method = 'HEAD') {
  return new Promise((resolve) => {
    const req = http.request(url, { method }, (res) => { res.resume(); resolve(res.statusCode); });
    req.on('error', () => resolve(0));
    req.end();
  });
}

// Counts results, prints failures as they happen and the final "N passed, N failed".
class Reporter {
  constructor(name) { this.name = name; this.passed = 0; this.failed = 0; this.failures = []; }
  ok(cond, what, detail) {
    if (cond) { this.passed++; return true; }
    this.failed++;
    const msg = detail ? `${what}: ${detail}` : what;
    this.failures.push(msg);
    console.log(`FAIL ${msg}`);
    return false;
  }
  pass(what) { this.passed++; if (what) console.log(`ok   ${what}`); }
  fail(what, detail) { return this.ok(false, what, detail); }
  async step(what, fn) {
    try { await fn(); } catch (e) { this.fail(what, (e && e.stack) || String(e)); }
  }
  finish() {
    console.log(`${this.passed} passed, ${this.failed} failed`);
    process.exitCode = this.failed ? 1 : 0;
  }
}

function fileUrl(siteDir, rel) {
  return require('url').pathToFileURL(path.join(siteDir, rel)).href;
}

// Run fn over items with at most n in flight.
async function pool(items, n, fn) {
  let next = 0;
  const workers = Array.from({ length: Math.min(n, items.length) }, async (_, w) => {
    while (next < items.length) {
      const i = next++;
      await fn(items[i], i, w);
    }
  });
  await Promise.all(workers);
}

function ensureDir(d) { fs.mkdirSync(d, { recursive: true }); return d; }

async function main(name, fn) {
  const rep = new Reporter(name);
  const t0 = Date.now();
  try {
    await fn(rep);
  } catch (e) {
    rep.fail(`${name} aborted`, (e && e.stack) || String(e));
  }
  console.log(`${name}: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  rep.finish();
}

// A desktop-sized page whose page errors and console errors are collected in `errors`.
async function openPage(browser) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  return { context, page, errors };
}

// page.screenshot, tried once more when chromium's compositor has no frame to give
// ("Unable to capture screenshot"), which happens on a loaded machine; any other error, or the
// same one twice, fails the step as before.
async function screenshot(page, options) {
  try {
    return await page.screenshot(options);
  } catch (e) {
    if (!/Unable to capture screenshot/.test(String(e && e.message))) throw e;
    await page.waitForTimeout(500);
    return page.screenshot(options);
  }
}

module.exports = {
  REPO, openPage, parseArgs, buildSite, launch, listPages, templateOf, startServer, httpStatus,
  Reporter, fileUrl, pool, ensureDir, main, screenshot,
};
