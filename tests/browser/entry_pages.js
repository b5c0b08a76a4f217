'use strict';
// Entry pages are text first: for one entry of every kind, at a phone and a desktop width,
// the body's first paragraph starts inside the first screen and nothing sticks out
// sideways. Fields marked `intern` in the schema appear on no page of the site at all.
const fs = require('fs');
const path = require('path');
const H = require('./lib/harness');

const VIEWPORTS = [{ width: 390, height: 844 }, { width: 1280, height: 900 }];

// The fields marked `intern: true` in schema.yaml, inline (`name: {..., intern: true}`) or
// as the block form's own line right under the field's name.
function internalFields(schemaText) {
  const names = new Set();
  const lines = schemaText.split('\n');
  lines.forEach((line, i) => {
    const inline = line.match(/^\s*([a-z_]+):\s*\{.*\bintern:\s*true\b/);
    if (inline) names.add(inline[1]);
    const block = line.match(/^(\s*)intern:\s*true\s*$/);
    if (block) {
      for (let j = i - 1; j >= 0; j--) {
        const m = lines[j].match(/^(\s*)([a-z_]+):\s*$/);
        if (m && m[1].length < block[1].length) { names.add(m[2]); break; }
      }
    }
  });
  return [...names].sort();
}

H.main('entry_pages', async (rep) => {
  const opts = H.parseArgs(process.argv, 'entry_pages');
  const site = H.buildSite(opts);
  const internal = internalFields(fs.readFileSync(path.join(opts.source, 'schema.yaml'), 'utf8'));
  rep.ok(internal.length >= 3, 'schema marks internal fields', internal.join(', '));

  const pages = H.listPages(site);
  const leaks = [];
  for (const rel of pages) {
    const html = fs.readFileSync(path.join(site, rel), 'utf8');
    for (const name of internal) if (html.includes(`class="field-${name}"`)) leaks.push(`${rel}: ${name}`);
  }
  rep.ok(leaks.length === 0, `no internal field on any of ${pages.length} pages`, leaks.slice(0, 10).join('; '));

  // One entry page per kind folder: the first entry (alphabetically) that has a body paragraph.
  const byFolder = new Map();
  for (const rel of pages) {
    const m = rel.match(/^([^/]+)\/([^/]+)\/index\.html$/);
    if (!m || byFolder.has(m[1])) continue;
    const html = fs.readFileSync(path.join(site, rel), 'utf8');
    if (html.includes('class="page-entry') && /<div class="prose">(?:(?!<\/div>)[\s\S])*?<p>/.test(html)) byFolder.set(m[1], rel);
  }
  rep.ok(byFolder.size >= 10, `an entry page of every kind (${byFolder.size} kinds)`);

  const browser = await H.launch();
  for (const viewport of VIEWPORTS) {
    const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
    const page = await context.newPage();
    for (const [folder, rel] of byFolder) {
      const where = `${rel} @${viewport.width}`;
      await page.goto(H.fileUrl(site, rel), { waitUntil: 'load' });
      const m = await page.evaluate(() => {
        const p = document.querySelector(".prose p");
        return {
          top: p ? p.getBoundingClientRect().top + scrollY : null,
          scrollWidth: document.scrollingElement.scrollWidth,
          lang: document.documentElement.lang,
        };
      });
      rep.ok(m.top !== null && m.top < viewport.height, `${where}: first paragraph in the first screen`,
        `starts at ${m.top} px, the screen is ${viewport.height} px high (${folder})`);
      rep.ok(m.scrollWidth <= viewport.width, `${where}: no horizontal overflow`, `scrollWidth ${m.scrollWidth}`);
      rep.ok(m.lang === 'nl', `${where}: lang="nl"`, m.lang);
    }
    await context.close();
  }
  await browser.close();
});
