'use strict';
// 404.html as a host serves it: for any missing address, at any depth, under a sub-path,
// over http, and opened from file://. At each address the site's stylesheet applies, the
// page's links lead to pages that exist, the search form goes to the search page and the
// skip link stays in the page.
const H = require('./lib/harness');

async function look(page) {
  return page.evaluate(() => {
    // Loaded sheets only (a failed one has no sheet); cssRules cannot be read from file://.
    const sheets = Array.from(document.styleSheets)
                       .filter((s) => s.href && /assets\/style\.css$/.test(s.href) && s.media.mediaText !== 'not all');
    const links =
        Array.from(document.querySelectorAll('a[href]')).map((a) => ({href: a.href, raw: a.getAttribute('href')}));
    const form = document.querySelector('form.site-search');
    return {
      h1: (document.querySelector('h1') || {}).textContent,
      sheets: sheets.map((s) => s.href),
      background: getComputedStyle(document.body).backgroundColor,
      font: getComputedStyle(document.body).fontFamily,
      links,
      action: form ? form.action : null,
      skip: (document.querySelector('a[href*="#inhoud"]') || {}).href,
    };
  });
}

H.main('not_found', async (rep) => {
  const opts = H.parseArgs(process.argv, 'not_found');
  const site = H.buildSite(opts);
  const browser = await H.launch();
  const context = await browser.newContext({viewport: {width: 1280, height: 900}});
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));

  // The look of a page that works, to compare with.
  await page.goto(H.fileUrl(site, 'index.html'));
  const good = await look(page);
  rep.ok(good.sheets.length === 1, 'home page has the stylesheet');

  const check = async (where, url, base, isHttp) => {
    await page.goto(url);
    await page
        .waitForFunction(
            () => Array.from(document.styleSheets)
                      .some((s) => s.href && /assets\/style\.css$/.test(s.href) && s.media.mediaText !== 'not all'),
            null, {timeout: 5000})
        .catch(() => {});
    const m = await look(page);
    rep.ok(m.h1 && m.h1.length > 0, `${where}: the 404 page shows`, m.h1);
    rep.ok(
        m.sheets.length >= 1 && m.sheets.every((h) => h === base + 'assets/style.css'),
        `${where}: stylesheet from the site root`, m.sheets.join(' '));
    rep.ok(
        m.background === good.background && m.font === good.font, `${where}: the site's style applies`,
        `${m.background} ${m.font}`);
    rep.ok(m.action === base + 'zoeken/index.html', `${where}: search goes to the search page`, m.action);
    rep.ok(m.skip && m.skip.split('#')[0] === url.split('#')[0], `${where}: the skip link stays in the page`, m.skip);
    const inPage = (l) => l.href.includes('#') && l.href.split('#')[0] === url.split('#')[0];
    const internal = m.links.filter(
        (l) => !inPage(l) && !/^https?:\/\/(?!127\.0\.0\.1)/.test(l.href) && !l.href.startsWith('mailto:'));
    rep.ok(internal.length >= 5, `${where}: has internal links`, `${internal.length}`);
    const broken = [];
    for (const l of internal) {
      const target = l.href.split('#')[0];
      if (!target.startsWith(base)) {
        broken.push(`${l.raw} -> ${target} (outside the site)`);
        continue;
      }
      if (isHttp) {
        if ((await H.httpStatus(target)) !== 200) broken.push(`${l.raw} -> ${target}`);
      } else if (!require('fs').existsSync(require('url').fileURLToPath(target))) {
        broken.push(`${l.raw} -> ${target}`);
      }
    }
    rep.ok(
        broken.length === 0, `${where}: all ${internal.length} links lead to pages of the site`,
        broken.slice(0, 5).join('; '));
  };

  for (const prefix of ['/sub/path/', '/']) {
    const server = await H.startServer(site, prefix, {notFound: '404.html'});
    try {
      const base = server.base;
      const missing = await H.httpStatus(`${base}a/b/c/missing`, 'GET');
      rep.ok(missing === 404, `server under ${prefix} answers 404 for a missing page`, `${missing}`);
      await check(`http ${prefix}a/b/c/missing`, `${base}a/b/c/missing`, base, true);
      await check(
          `http ${prefix}netwerken/bestaat-niet/index.html`, `${base}netwerken/bestaat-niet/index.html`, base, true);
      await check(`http ${prefix}x/`, `${base}x/`, base, true);
      await check(`http ${prefix}404.html`, `${base}404.html`, base, true);
    } finally {
      await server.close();
    }
  }
  const fileBase = H.fileUrl(site, '');
  await check(
      'file:// 404.html', H.fileUrl(site, '404.html'), fileBase.endsWith('/') ? fileBase : fileBase + '/', false);

  rep.ok(errors.length === 0, 'no page errors', errors.join(' | '));
  await browser.close();
});
