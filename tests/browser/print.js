'use strict';
// Issue 7: the worksheet toolkit in print: navigation, search and the other screen-only
// parts are hidden, the questions and their writing room are shown; the PDF is saved as
// <artifacts>/worksheet.pdf.
const fs = require('fs');
const path = require('path');
const H = require('./lib/harness');

const PAGE = 'toolkits/ontwerp-je-eigen-leernetwerk/index.html';
const HIDDEN = ['.skip-link', '.site-nav', '.site-search', '#zoekvak', '.site-footer', '.worksheet-hint'];

function state(page) {
  return page.evaluate((hiddenSel) => {
    const vis = (el) => {
      if (!el) return null;
      const r = el.getBoundingClientRect();
      const cs = getComputedStyle(el);
      return cs.display !== 'none' && cs.visibility !== 'hidden' && r.width > 0 && r.height > 0;
    };
    const hidden = {};
    for (const s of hiddenSel) {
      const els = Array.from(document.querySelectorAll(s));
      hidden[s] = els.length ? els.map(vis) : null;
    }
    const questions = Array.from(document.querySelectorAll('.worksheet .question')).map((q) => {
      const lines = Array.from(q.querySelectorAll('.write-room span'));
      const shown = lines.filter(vis);
      const cs = shown[0] && getComputedStyle(shown[0]);
      return {
        text: (q.querySelector('.question-text') || {}).textContent,
        visible: vis(q),
        textVisible: vis(q.querySelector('.question-text')),
        lines: lines.length,
        shownLines: shown.length,
        room: shown.reduce((a, el) => a + el.getBoundingClientRect().height, 0),
        ruled: !!cs && cs.borderBottomStyle !== 'none' && parseFloat(cs.borderBottomWidth) > 0,
      };
    });
    return {
      isWorksheet: document.body.classList.contains('is-worksheet'),
      worksheet: vis(document.querySelector('.worksheet')),
      h1: vis(document.querySelector('h1')),
      hidden, questions,
    };
  }, HIDDEN);
}

H.main('print', async (rep) => {
  const opts = H.parseArgs(process.argv, 'print');
  const site = H.buildSite(opts);
  const art = H.ensureDir(opts.artifacts);
  const browser = await H.launch();
  const { context, page, errors } = await H.openPage(browser);
  await page.goto(H.fileUrl(site, PAGE));

  const screen = await state(page);
  rep.ok(screen.isWorksheet, `${PAGE} is a worksheet (body.is-worksheet)`);
  rep.ok(screen.questions.length > 0, `worksheet has questions (${screen.questions.length})`);
  rep.ok(screen.hidden['.site-nav'] && screen.hidden['.site-nav'].every(Boolean), 'on screen the navigation is shown');

  await page.emulateMedia({ media: 'print' });
  const pr = await state(page);
  for (const s of HIDDEN) {
    const v = pr.hidden[s];
    if (v === null) { console.log(`note: no ${s} on the page`); continue; }
    rep.ok(v.every((x) => !x), `print: ${s} hidden`, `${v.filter(Boolean).length} of ${v.length} visible`);
  }
  rep.ok(pr.h1 && pr.worksheet, 'print: title and worksheet visible');
  const bad = pr.questions.filter((q) => !q.visible || !q.textVisible || q.shownLines < q.lines || q.room < 100 || !q.ruled);
  rep.ok(pr.questions.length === screen.questions.length && bad.length === 0,
    `print: all ${pr.questions.length} questions visible with ruled writing room (${pr.questions[0] && pr.questions[0].shownLines} lines, ${pr.questions[0] && Math.round(pr.questions[0].room)} px each)`,
    JSON.stringify(bad.slice(0, 3)));
  rep.ok(pr.questions.every((q, i) => q.room > screen.questions[i].room),
    'print: more writing room than on screen', `${Math.round(screen.questions[0].room)} px on screen`);

  const pdfPath = path.join(art, 'worksheet.pdf');
  const pdf = await page.pdf({ path: pdfPath, format: 'A4', printBackground: false });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
  rep.ok(fs.statSync(pdfPath).size > 1000 && pages >= 1, `PDF saved: ${pdfPath} (${pages} pages, ${(pdf.length / 1024).toFixed(0)} KB)`);
  rep.ok(errors.length === 0, 'no console or page errors', errors.join(' | '));
  await browser.close();
});
