'use strict';
// The pages a practitioner meets first, photographed at a phone and a desktop width into
// test-artifacts/screenshots/ (the README shows two of them). Each photographed page must have
// loaded its own heading and content and stick out nowhere sideways; a page that is missing
// from the built site fails the test instead of leaving an old picture in place.
const fs = require('fs');
const path = require('path');
const H = require('./lib/harness');

const VIEWPORTS = [{ width: 390, height: 844 }, { width: 1280, height: 900 }];

// The first entry of a kind folder whose page has a body paragraph; networks with a website
// first, since that is the page a reader is sent to most.
function firstEntry(site, folder, preferred) {
  const dir = path.join(site, folder);
  const slugs = fs.readdirSync(dir).filter((s) => fs.existsSync(path.join(dir, s, 'index.html'))).sort();
  const withBody = slugs.filter((s) => /<div class="prose">[\s\S]*?<p>/.test(fs.readFileSync(path.join(dir, s, 'index.html'), 'utf8')));
  const best = withBody.find((s) => preferred && preferred.test(fs.readFileSync(path.join(dir, s, 'index.html'), 'utf8')));
  return `${folder}/${best || withBody[0]}/index.html`;
}

// The compare view with the first two networks of the finder chosen.
function compareQuery(site) {
  const html = fs.readFileSync(path.join(site, 'vind-een-netwerk/index.html'), 'utf8');
  const slugs = [...html.matchAll(/name="n" value="([^"]+)"/g)].slice(0, 2).map((m) => m[1]);
  return '?' + slugs.map((s) => 'n=' + encodeURIComponent(s)).join('&');
}

H.main('screenshots', async (rep) => {
  const opts = H.parseArgs(process.argv, 'screenshots');
  const site = H.buildSite(opts);
  const out = H.ensureDir(path.join(opts.artifacts, 'screenshots'));
  const shots = [
    ['home', 'index.html'],
    ['netwerk', firstEntry(site, 'netwerken', /class="field-website"/)],
    ['werkvorm', firstEntry(site, 'praktijken')],
    ['keuzehulp', 'welk-netwerk-past/index.html'],
    ['vind-een-netwerk', 'vind-een-netwerk/index.html'],
    ['vergelijk', 'vergelijk/index.html', compareQuery(site)],
    ['kaart', 'kaart/index.html'],
  ];
  for (const [, rel] of shots) rep.ok(fs.existsSync(path.join(site, rel)), `${rel} is built`);

  const browser = await H.launch();
  for (const viewport of VIEWPORTS) {
    const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
    const page = await context.newPage();
    for (const [name, rel, query] of shots) {
      if (!fs.existsSync(path.join(site, rel))) continue;
      await page.goto(H.fileUrl(site, rel) + (query || ''), { waitUntil: 'load' });
      await page.waitForTimeout(300);  // let scripts fill finder and matcher results
      const m = await page.evaluate(() => ({
        h1: (document.querySelector('h1') || { textContent: '' }).textContent.trim(),
        text: document.querySelector('main') ? document.querySelector('main').innerText.length : 0,
        scrollWidth: document.scrollingElement.scrollWidth,
      }));
      const where = `${name} @${viewport.width}`;
      rep.ok(m.h1.length > 0 && m.text > 200, `${where}: heading and content`, `h1 "${m.h1}", ${m.text} characters`);
      rep.ok(m.scrollWidth <= viewport.width, `${where}: no horizontal overflow`, `scrollWidth ${m.scrollWidth}`);
      const file = path.join(out, `${name}-${viewport.width}.png`);
      await H.screenshot(page, { path: file });  // the first screen, as a reader sees it
      rep.ok(fs.statSync(file).size > 5000, `${where}: screenshot ${path.relative(opts.artifacts, file)}`);
    }
    await context.close();
  }
  await browser.close();
});
