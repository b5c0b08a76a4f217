'use strict';
// Issue 5: the network map (kaart/index.html) from file://: every network is on it (as a
// mark or in a "+N meer" overflow), the filters dim marks and change the count, and the
// overflow link opens the network list already filtered. Screenshots map-before.png and
// map-filtered.png go to the artifacts folder.
const path = require('path');
const H = require('./lib/harness');

function cellsOf(f) {
  const out = [];
  for (const t of f.types || []) for (const d of f.dekking || []) out.push(`${t}|${d}`);
  return out;
}

H.main('map', async (rep) => {
  const opts = H.parseArgs(process.argv, 'map');
  const site = H.buildSite(opts);
  const art = H.ensureDir(opts.artifacts);
  const browser = await H.launch();
  const { context, page, errors } = await H.openPage(browser);

  // The networks, from the list page.
  await page.goto(H.fileUrl(site, 'netwerken/index.html'));
  const networks = await page.$$eval('[data-facets]', (els) => els.map((el) => {
    const a = el.querySelector('a[href]');
    return { title: a.textContent.trim(), href: new URL(a.getAttribute('href'), location.href).href, facets: JSON.parse(el.getAttribute('data-facets')) };
  }));
  const listCount = await page.textContent('[data-filter-count]');
  console.log(`netwerken/index.html lists ${networks.length} networks ("${listCount.trim()}")`);
  rep.ok(networks.length > 0, 'network list has networks');

  await page.goto(H.fileUrl(site, 'kaart/index.html'));
  await page.waitForFunction(() => (document.querySelector('[data-filter-count]') || {}).textContent);
  await page.screenshot({ path: path.join(art, 'map-before.png'), fullPage: true });
  const map = await page.evaluate(() => {
    const marks = Array.from(document.querySelectorAll('svg a.mark')).map((a) => {
      const cell = a.closest('[data-row][data-column]');
      return {
        more: a.classList.contains('more'),
        href: new URL(a.getAttribute('href') || a.getAttribute('xlink:href'), location.href).href,
        rawHref: a.getAttribute('href'),
        text: a.textContent.replace(/\s+/g, ' ').trim(),
        cell: cell ? `${cell.getAttribute('data-row')}|${cell.getAttribute('data-column')}` : null,
      };
    });
    return { marks, count: document.querySelector('[data-filter-count]').textContent.trim() };
  });
  const marks = map.marks.filter((m) => !m.more);
  const mores = map.marks.filter((m) => m.more);
  console.log(`map: ${marks.length} marks, ${mores.length} overflow marks (${mores.map((m) => `${m.cell}: ${m.text.match(/\+\d+ meer/)}`).join('; ')}), count "${map.count}"`);
  rep.ok(marks.length > 0, 'map has network marks');

  // Every network: a mark in each of its cells, or that cell has an overflow mark.
  const byCell = {};
  for (const n of networks) for (const c of cellsOf(n.facets)) (byCell[c] = byCell[c] || []).push(n);
  const missing = [];
  let onlyInOverflow = 0;
  for (const n of networks) {
    const cells = cellsOf(n.facets);
    const hasMark = marks.some((m) => m.href === n.href);
    if (!cells.length) {
      if (!hasMark) missing.push(`${n.title} (no type or reach, not on the map)`);
      continue;
    }
    let inOverflowOnly = true;
    for (const c of cells) {
      const here = marks.some((m) => m.href === n.href && m.cell === c);
      const over = mores.some((m) => m.cell === c);
      if (here) inOverflowOnly = false;
      if (!here && !over) missing.push(`${n.title} (cell ${c})`);
    }
    if (inOverflowOnly) onlyInOverflow++;
  }
  rep.ok(missing.length === 0, `every network of the list (${networks.length}) is a mark or in a "+N meer" of its cell`, missing.join('; '));
  // Per cell: marks + N of "+N meer" = networks that belong in it.
  for (const [cell, list] of Object.entries(byCell)) {
    const inCell = marks.filter((m) => m.cell === cell).length;
    const more = mores.filter((m) => m.cell === cell).map((m) => +((m.text.match(/\+(\d+)/) || [])[1] || 0)).reduce((a, b) => a + b, 0);
    rep.ok(inCell + more === list.length, `cell ${cell}: ${inCell} marks + ${more} in "+N meer" = ${list.length} networks`, `${inCell + more} != ${list.length}`);
  }
  const distinctMarked = new Set(marks.map((m) => m.href)).size;
  rep.ok(distinctMarked + onlyInOverflow === networks.length,
    `networks on the map: ${distinctMarked} as marks + ${onlyInOverflow} only in overflow = ${networks.length} in the list`);
  // The map's count speaks of all networks, not only those drawn as marks.
  const m0 = map.count.match(/(\d+)\D+(\d+)/);
  rep.ok(m0 && +m0[1] === networks.length && +m0[2] === networks.length,
    `map count before filtering shows all ${networks.length} networks`, `shows "${map.count}"`);

  // Filter: tick a type that only some networks have.
  await page.click('label[for="f-types-onderzoeks-implementatienetwerk"]');
  await page.waitForFunction((c) => document.querySelector('[data-filter-count]').textContent.trim() !== c, map.count);
  const after = await page.evaluate(() => ({
    count: document.querySelector('[data-filter-count]').textContent.trim(),
    dimmed: document.querySelectorAll('svg a.mark.is-dimmed').length,
    lit: document.querySelectorAll('svg a.mark:not(.is-dimmed):not(.more)').length,
    hash: location.hash,
  }));
  await page.screenshot({ path: path.join(art, 'map-filtered.png'), fullPage: true });
  rep.ok(after.dimmed > 0 && after.lit > 0, 'filter dims some marks and leaves others', JSON.stringify(after));
  rep.ok(after.count !== map.count, `filter changes the count ("${map.count}" -> "${after.count}")`);
  rep.ok(after.hash === '#types=onderzoeks-implementatienetwerk', 'filter state goes to the hash', after.hash);
  const expect = networks.filter((n) => (n.facets.types || []).includes('onderzoeks-implementatienetwerk')).length;
  const m1 = after.count.match(/(\d+)\D+(\d+)/);
  rep.ok(m1 && +m1[1] === expect, `filtered count is the ${expect} networks of that type`, after.count);
  // The table follows the filter too, when its items carry facets.
  const table = await page.evaluate(() => {
    const items = Array.from(document.querySelectorAll('.map-table li'));
    return { total: items.length, withFacets: items.filter((li) => li.hasAttribute('data-facets')).length, visible: items.filter((li) => !li.hidden).length };
  });
  // Optional in the theme README (facet_json on table items); a note, not a failure: the
  // count check above fails when its absence makes the map undercount.
  if (table.withFacets !== table.total) {
    console.log(`note: ${table.withFacets} of ${table.total} map table items have data-facets; the table does not follow the filters (${table.visible} still visible)`);
  } else rep.pass('map table follows the filters');

  // Reset, then open the overflow link.
  await page.click('[data-filter-form] button[type="reset"]');
  await page.waitForFunction(() => document.querySelectorAll('svg a.mark.is-dimmed:not(.more)').length === 0);
  rep.pass('reset clears the filter');
  if (rep.ok(mores.length > 0, 'map has a "+N meer" overflow mark')) {
    const more = mores[0];
    const n = +more.text.match(/\+(\d+)/)[1];
    await Promise.all([page.waitForNavigation(), page.click('svg a.mark.more >> nth=0')]);
    const url = page.url();
    rep.ok(/netwerken\/index\.html#.+=/.test(url), 'overflow link opens the network list with a filter hash', url);
    await page.waitForFunction(() => (document.querySelector('[data-filter-count]') || {}).textContent);
    const st = await page.evaluate(() => ({
      count: document.querySelector('[data-filter-count]').textContent.trim(),
      visible: Array.from(document.querySelectorAll('[data-facets]')).filter((e) => !e.hidden).length,
      total: document.querySelectorAll('[data-facets]').length,
      checked: Array.from(document.querySelectorAll('[data-filter-form] input:checked')).map((b) => `${b.name}=${b.value}`),
      open: document.querySelector('[data-filter-panel]').open,
    }));
    const hash = decodeURIComponent(new URL(url).hash.slice(1));
    const want = hash.split('&').flatMap((p) => { const [k, v] = p.split('='); return v.split(',').map((x) => `${k}=${x}`); });
    rep.ok(want.every((w) => st.checked.includes(w)) && st.checked.length === want.length, 'hash ticks the matching checkboxes', `${st.checked} vs ${want}`);
    const c = st.count.match(/(\d+)\D+(\d+)/);
    rep.ok(c && +c[1] < +c[2] && +c[2] === networks.length, `filtered list count smaller than the total ("${st.count}")`);
    rep.ok(st.visible === +c[1] && st.visible < st.total, `list shows ${st.visible} of ${st.total} items`);
    const cellTotal = (byCell[more.cell] || []).length;
    rep.ok(st.visible === cellTotal, `the list shows exactly the ${cellTotal} networks of cell ${more.cell} (map: ${cellTotal - n} marks + ${n} more)`, `${st.visible}`);
    rep.ok(st.open, 'filter panel is open when arriving filtered');
  }

  rep.ok(errors.length === 0, 'no console or page errors', errors.join(' | '));
  await browser.close();
  console.log(`summary: ${networks.length} networks, ${marks.length} marks, ${mores.length} overflow marks; screenshots in ${art}`);
});
