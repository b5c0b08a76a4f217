'use strict';
// Issue 7: full-page screenshots of the main page types at 375, 768 and 1280 px, saved
// in <artifacts>/screens/<name>-<width>.png, and no horizontal overflow at any width.
const path = require('path');
const H = require('./lib/harness');

const WIDTHS = [375, 768, 1280];
const PAGES = [
  ['home', 'index.html'],
  ['network', 'netwerken/level/index.html'],
  ['practice', 'praktijken/casusbespreking/index.html'],
  ['toolkit', 'toolkits/ontwerp-je-eigen-leernetwerk/index.html'],
  ['type', 'typen/themanetwerk/index.html'],
  ['search', 'zoeken/index.html?q=casusbespreking', '[data-search-results] li'],
  ['map', 'kaart/index.html'],
  ['kind', 'praktijken/index.html'],
];

H.main('responsive', async (rep) => {
  const opts = H.parseArgs(process.argv, 'responsive');
  const site = H.buildSite(opts);
  const dir = H.ensureDir(path.join(opts.artifacts, 'screens'));
  const browser = await H.launch();
  let shots = 0;
  for (const width of WIDTHS) {
    const context = await browser.newContext({ viewport: { width, height: 900 }, deviceScaleFactor: 1 });
    const page = await context.newPage();
    for (const [name, rel, waitFor] of PAGES) {
      const where = `${name} @${width}`;
      await rep.step(where, async () => {
        await page.goto(H.fileUrl(site, '') + '/' + rel, { waitUntil: 'load' });
        if (waitFor) await page.waitForSelector(waitFor, { timeout: 15000 });
        await page.evaluate(() => document.fonts && document.fonts.ready);
        const m = await page.evaluate(() => {
          const se = document.scrollingElement;
          // What sticks out: elements whose right edge passes the viewport.
          const vw = document.documentElement.clientWidth;
          const wide = [];
          for (const el of document.body.querySelectorAll('*')) {
            const r = el.getBoundingClientRect();
            if (r.right > vw + 1 && r.width > 0) {
              // A scrolling ancestor clips an absolutely positioned element only when it
              // is, or contains, the element's containing block.
              const pos = getComputedStyle(el).position;
              if (pos === 'fixed') { wide.push(`${el.tagName.toLowerCase()} (fixed)`); continue; }
              const start = pos === 'absolute' ? el.offsetParent : el.parentElement;
              let inScroller = false;
              for (let p = start; p && p !== document.body; p = p.parentElement) {
                const ox = getComputedStyle(p).overflowX;
                if (ox === 'auto' || ox === 'scroll' || ox === 'hidden' || ox === 'clip') { inScroller = true; break; }
              }
              if (!inScroller) {
                const id = el.id ? '#' + el.id : '';
                const cls = typeof el.className === 'string' && el.className ? '.' + el.className.trim().split(/\s+/).join('.') : '';
                wide.push(`${el.tagName.toLowerCase()}${id}${cls}${pos === 'absolute' ? ' [position:absolute]' : ''} (right ${Math.round(r.right)})`);
              }
            }
          }
          // The outermost offenders first.
          wide.sort((a, b) => +b.match(/right (-?\d+)/)[1] - +a.match(/right (-?\d+)/)[1]);
          return { scrollWidth: se.scrollWidth, vw, wide: wide.slice(0, 6) };
        });
        rep.ok(m.scrollWidth <= width + 1, `${where}: no horizontal overflow`,
          `scrollWidth ${m.scrollWidth} > ${width}; sticking out: ${m.wide.join(', ')}`);
        await H.screenshot(page, { path: path.join(dir, `${name}-${width}.png`), fullPage: true });
        shots++;
      });
    }
    await context.close();
  }
  await browser.close();
  console.log(`summary: ${PAGES.length} pages x ${WIDTHS.length} widths, ${shots} screenshots in ${dir}`);
});
