'use strict';
// Deterministic search-docs corpora for the index identity test and the
// benchmark: dictionary words with Zipf-like frequencies, punctuation,
// accents, numbers, capitals, stop words, and a mix of ref styles.
const fs = require('fs');
const { makeRandom } = require('./random');

const kWordLists = { nl: '/usr/share/dict/dutch', en: '/usr/share/dict/american-english' };
const kFields = {
  nl: [{ name: 'titel', boost: 10 }, { name: 'samenvatting', boost: 2.5 }, { name: 'inhoud', boost: 1 }],
  en: [{ name: 'title', boost: 10 }, { name: 'summary', boost: 2.5 }, { name: 'body', boost: 1 }],
};
const kExtras = ['2023', '2023-2024', '50%', '1.5', '€', '—', '–', '(haakjes)', 'd.w.z.', 'e-mail',
  'cliënt', 'één', 'coördinatie', 'café’s', '‘zorg’', '“Goede', 'zorg”', 'İstanbul', 'ΟΔΟΣ',
  'Ĳsselmeer', 'zorg­verlener', 'crème', 'brûlée', '😀', 'naïef', 'reëel', "don't", 'C++',
  'x\u00a0y', 'a/b', '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'ΣΑΣ'];
const kStopWords = { nl: ['de', 'het', 'een', 'en', 'van', 'in', 'is', 'op', 'te', 'dat'],
                     en: ['the', 'a', 'of', 'and', 'to', 'in', 'is', 'it', 'that', 'for'] };

function shuffle(list, rnd) {
  for (let i = list.length - 1; i > 0; i--) {
    const j = rnd.int(i + 1);
    [list[i], list[j]] = [list[j], list[i]];
  }
  return list;
}

// Options: lang, docs, seed, bodyWords (default 120), vocabulary (default
// whole list), refs: 'mixed' (integer-like, path-like, odd) or 'path'.
function generateCorpus(opts) {
  const lang = opts.lang;
  const rnd = makeRandom(opts.seed);
  if (!fs.existsSync(kWordLists[lang])) {
    throw new Error(`missing word list ${kWordLists[lang]} (Debian packages wdutch / wamerican)`);
  }
  let words = fs.readFileSync(kWordLists[lang], 'utf8').split('\n').filter((w) => w !== '');
  words = shuffle(words, rnd);
  if (opts.vocabulary) words = words.slice(0, opts.vocabulary);
  // Zipf(1) sampling via the inverse of the harmonic CDF, approximated.
  const n = words.length;
  const hn = Math.log(n) + 0.5772156649;
  const zipf = () => {
    const r = Math.exp(rnd.next() * hn - 0.5772156649);
    return words[Math.min(n - 1, Math.max(0, Math.floor(r) - 1))];
  };
  const text = (count) => {
    const out = [];
    for (let i = 0; i < count; i++) {
      let w;
      const k = rnd.next();
      if (k < 0.12) w = rnd.pick(kStopWords[lang]);
      else if (k < 0.15) w = rnd.pick(kExtras);
      else w = zipf();
      if (rnd.chance(0.05)) w = w.toUpperCase();
      else if (rnd.chance(0.1)) w = w.charAt(0).toUpperCase() + w.slice(1);
      if (rnd.chance(0.15)) w += rnd.pick([',', '.', '!', '?', ':', ';', '…', '”', ')']);
      if (rnd.chance(0.03)) w = rnd.pick(['(', '“', '‘', '"', "'"]) + w;
      out.push(w);
    }
    let s = out.join(' ');
    if (rnd.chance(0.05)) s = s.replace(/ /g, '\t');
    if (rnd.chance(0.05)) s += '\n' + text(3);
    return s;
  };

  const mixed = opts.refs !== 'path';
  const docs = [];
  for (let i = 0; i < opts.docs; i++) {
    let ref = `/${lang}/pagina-${i}/`;
    if (mixed) {
      const r = rnd.next();
      if (r < 0.35) ref = String(opts.docs - i);                        // integer-like, reverse order
      else if (r < 0.4) ref = rnd.pick(['007', '-1', '1.5', '4294967295', '4294967294', '1e3']) + '-' + i;
      else if (r < 0.42) ref = `/${lang}/café "${i}"\\/`;
      else if (r < 0.44 && docs.length > 0) ref = rnd.pick(docs).ref;   // repeated ref
      else if (r < 0.45) ref = ['4294967294', '4294967295', '007', '-1', '0'][i % 5];
    }
    const boost = rnd.chance(0.8) ? 1 : rnd.pick([2, 0.5, 1.7, 0, 3, 10]);
    const fields = {};
    const [title, summary, body] = kFields[lang];
    fields[title.name] = rnd.chance(0.03) ? '' : text(2 + rnd.int(6));
    if (!rnd.chance(0.2)) fields[summary.name] = text(5 + rnd.int(20));
    fields[body.name] = rnd.chance(0.02) ? '' : text(Math.max(1, (opts.bodyWords || 120) + rnd.int(40) - 20));
    docs.push({ ref, boost, fields });
  }
  return { language: lang, fields: kFields[lang], documents: docs };
}

module.exports = { generateCorpus };
