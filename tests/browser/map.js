'use strict';
// The network map (kaart/index.html) from file://, at a desktop and a phone width: the map
// that shows is no wider than its box and the page does not scroll sideways; every network of
// the generated list is a mark with its full name as visible text, inside a link to its page,
// in each cell of its type and reach; "reach unknown" is drawn apart, after the grid; the
// filters dim marks and change the count; in print the whole table shows. Screenshots
// map-<width>.png and map-filtered.png go to the artifacts folder.
const path = require('path');
const H = require('./lib/harness');

const WIDTHS = [1280, 390];

function cellsOf(f) {
  const out = [];
  for (const t of f.types || []) for (const d of f.dekking || []) out.push(`${t}|${d}`);
  return out;
}

// What the reader sees of the map: the one SVG that is displayed, its box, and its marks.
function readMap() {
  const svgs =
      Array.from(document.querySelectorAll('figure.map svg')).filter((s) => getComputedStyle(s).display !== 'none');
  const svg = svgs[0];
  const fig = svg.closest('figure');
  const cs = getComputedStyle(fig);
  const box = fig.getBoundingClientRect();
  const inner = box.width - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight) - parseFloat(cs.borderLeftWidth) -
      parseFloat(cs.borderRightWidth);
  const sb = svg.getBoundingClientRect();
  const marks = Array.from(svg.querySelectorAll('a.mark')).map((a) => {
    const cell = a.closest('[data-row][data-column]');
    const texts = Array.from(a.querySelectorAll('text'));
    const visible = texts.length > 0 && texts.every((t) => {
      const r = t.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && r.left >= sb.left - 1 && r.right <= sb.right + 1 &&
          getComputedStyle(t).visibility !== 'hidden';
    });
    return {
      more: a.classList.contains('more'),
      href: new URL(a.getAttribute('href'), location.href).href,
      text: texts.map((t) => t.textContent).join(' ').replace(/\s+/g, ' ').trim(),
      visible,
      muted: !!a.closest('.muted-cell'),
      top: a.getBoundingClientRect().top - sb.top,
      cell: cell ? `${cell.getAttribute('data-row')}|${cell.getAttribute('data-column')}` : null,
    };
  });
  const grid =
      Array.from(svg.querySelectorAll('g.cell:not(.muted-cell)')).map((g) => g.getBoundingClientRect().bottom - sb.top);
  return {
    count: svgs.length,
    cls: svg.getAttribute('class'),
    svgWidth: sb.width,
    boxWidth: inner,
    scrollWidth: document.scrollingElement.scrollWidth,
    viewport: window.innerWidth,
    gridBottom: grid.length ? Math.max(...grid) : 0,
    marks,
  };
}

H.main('map', async (rep) => {
  const opts = H.parseArgs(process.argv, 'map');
  const site = H.buildSite(opts);
  const art = H.ensureDir(opts.artifacts);
  const browser = await H.launch();
  const {page, errors} = await H.openPage(browser);

  // The networks, from the generated list page.
  await page.goto(H.fileUrl(site, 'netwerken/index.html'));
  const networks = await page.$$eval('[data-facets]', (els) => els.map((el) => {
    const a = el.querySelector('a[href]');
    return {
      title: a.textContent.replace(/\s+/g, ' ').trim(),
      href: new URL(a.getAttribute('href'), location.href).href,
      facets: JSON.parse(el.getAttribute('data-facets'))
    };
  }));
  console.log(`netwerken/index.html lists ${networks.length} networks`);
  rep.ok(networks.length > 0, 'network list has networks');

  let wideCount = '';
  for (const width of WIDTHS) {
    await page.setViewportSize({width, height: 900});
    await page.goto(H.fileUrl(site, 'kaart/index.html'));
    await page.waitForFunction(() => (document.querySelector('[data-filter-count]') || {}).textContent);
    await H.screenshot(page, {path: path.join(art, `map-${width}.png`), fullPage: true});
    const m = await page.evaluate(readMap);
    const at = `@${width}`;
    console.log(`${at}: ${m.cls}, svg ${m.svgWidth.toFixed(0)} px in a ${m.boxWidth.toFixed(0)} px box, ${
        m.marks.length} marks, page ${m.scrollWidth} px`);
    rep.ok(m.count === 1, `${at}: one map shows`, `${m.count}`);
    rep.ok(m.svgWidth <= m.boxWidth + 0.5, `${at}: the map is no wider than its box`, `${m.svgWidth} > ${m.boxWidth}`);
    rep.ok(m.scrollWidth <= m.viewport, `${at}: no horizontal overflow`, `scrollWidth ${m.scrollWidth}`);
    rep.ok(
        m.marks.every((k) => !k.more), `${at}: no "+N meer" marks`,
        m.marks.filter((k) => k.more).map((k) => k.text).join('; '));

    const missing = [];
    for (const n of networks) {
      const mine = m.marks.filter((k) => k.href === n.href);
      const cells = cellsOf(n.facets);
      if (!mine.length) {
        missing.push(`${n.title}: no mark`);
        continue;
      }
      for (const k of mine) {
        if (k.text !== n.title) missing.push(`${n.title}: mark reads "${k.text}"`);
        if (!k.visible) missing.push(`${n.title}: text not visible in the map`);
      }
      for (const c of cells)
        if (!mine.some((k) => k.cell === c)) missing.push(`${n.title}: no mark in cell ${c}`);
    }
    rep.ok(
        missing.length === 0,
        `${at}: all ${networks.length} networks are marks with their full name, linked, in each of their cells`,
        missing.join('; '));
    const hrefs = new Set(networks.map((n) => n.href));
    const stray = m.marks.filter((k) => !hrefs.has(k.href));
    rep.ok(stray.length === 0, `${at}: every mark links to a network of the list`, stray.map((k) => k.href).join(' '));

    const unknown = m.marks.filter((k) => k.cell && k.cell.endsWith('|onbekend'));
    if (unknown.length) {
      rep.ok(unknown.every((k) => k.muted), `${at}: networks of unknown reach are drawn muted`);
      if (width === 1280) {
        rep.ok(
            unknown.every((k) => k.top >= m.gridBottom - 1),
            `${at}: unknown reach sits below the grid, not as a column of it`);
      }
    }
    if (width === 1280) wideCount = (await page.textContent('[data-filter-count]')).trim();
  }

  // Filters, at desktop width.
  await page.setViewportSize({width: 1280, height: 900});
  await page.goto(H.fileUrl(site, 'kaart/index.html'));
  await page.waitForFunction(() => (document.querySelector('[data-filter-count]') || {}).textContent);
  const m0 = wideCount.match(/(\d+)\D+(\d+)/);
  rep.ok(
      m0 && +m0[1] === networks.length && +m0[2] === networks.length,
      `map count before filtering shows all ${networks.length} networks`, wideCount);
  await page.click('label[for="f-types-onderzoeks-implementatienetwerk"]');
  await page.waitForFunction((c) => document.querySelector('[data-filter-count]').textContent.trim() !== c, wideCount);
  const after = await page.evaluate(() => ({
                                      count: document.querySelector('[data-filter-count]').textContent.trim(),
                                      dimmed: document.querySelectorAll('.leernet-map-wide a.mark.is-dimmed').length,
                                      lit: document.querySelectorAll('.leernet-map-wide a.mark:not(.is-dimmed)').length,
                                      hash: location.hash,
                                    }));
  await H.screenshot(page, { path: path.join(art, 'map-filtered.png'), fullPage: true });
  rep.ok(after.dimmed > 0 && after.lit > 0, 'filter dims some marks and leaves others', JSON.stringify(after));
  rep.ok(after.hash === '#types=onderzoeks-implementatienetwerk', 'filter state goes to the hash', after.hash);
  const expect = networks.filter((n) => (n.facets.types || []).includes('onderzoeks-implementatienetwerk')).length;
  const m1 = after.count.match(/(\d+)\D+(\d+)/);
  rep.ok(m1 && +m1[1] === expect, `filtered count is the ${expect} networks of that type`, after.count);

  // Print, still filtered: the whole table shows, every network in it, within the page
  // (A4 less margins is about 680 CSS px wide).
  await page.setViewportSize({width: 680, height: 960});
  await page.emulateMedia({media: 'print'});
  const printed = await page.evaluate(() => {
    const table = document.querySelector('.map-table table');
    const links = Array.from(document.querySelectorAll('.map-table li a')).filter((a) => a.getClientRects().length > 0);
    return {
      shown: table && getComputedStyle(document.querySelector('.map-table')).display !== 'none',
      hrefs: links.map((a) => new URL(a.getAttribute('href'), location.href).href),
      tableWidth: table ? table.getBoundingClientRect().width : 0,
      pageWidth: document.documentElement.clientWidth,
      wide: getComputedStyle(document.querySelector('.leernet-map-wide')).display,
    };
  });
  await page.emulateMedia({media: 'screen'});
  const unprinted = networks.filter((n) => !printed.hrefs.includes(n.href)).map((n) => n.title);
  rep.ok(
      printed.shown && unprinted.length === 0,
      `print: the table lists all ${networks.length} networks, also filtered-out ones`, unprinted.join('; '));
  rep.ok(
      printed.tableWidth <= printed.pageWidth + 0.5, 'print: the table fits the page width',
      `${printed.tableWidth} > ${printed.pageWidth}`);
  rep.ok(printed.wide === 'block', 'print: the wide map is printed', printed.wide);

  rep.ok(errors.length === 0, 'no console or page errors', errors.join(' | '));
  await browser.close();
});
