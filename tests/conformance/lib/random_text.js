'use strict';
// Random single-line strings that stress the tokenizer, lowercasing, both
// trimmers, stop-word lists and both stemmers: ASCII words with stemmer
// suffixes, Latin accents, Greek (final sigma), Turkish dotted I, dashes,
// JS whitespace, combining marks, astral characters and random code points.
// Never contains \n or \r (the comparison is line based).

const cp = (...points) => points.map((p) => String.fromCodePoint(p));
const range = (a, b) => Array.from({ length: b - a + 1 }, (_, i) => String.fromCodePoint(a + i));

const pools = {
  lowerAscii: range(0x61, 0x7a),
  upperAscii: range(0x41, 0x5a),
  digits: range(0x30, 0x39),
  dutchLetters: Array.from('aeiouyèéëïöüáíóúäàâêîôûçbcdfghjklmnpqrstvwxzIY'),
  punctuation: Array.from('.,;:!?\'"()[]{}/\\_*&%$#@+=<>|~`^'),
  latin: range(0xc0, 0x17f),
  greek: range(0x386, 0x3ce).concat(cp(0x3a3, 0x3a3, 0x3c2, 0x3c3)),
  cyrillic: range(0x400, 0x45f),
  special: cp(0x130, 0x131, 0x49, 0x69, 0x307, 0x1e9e, 0xdf, 0x212a, 0x212b, 0x2126, 0x1c5, 0x1c4,
    0x345, 0x2b0, 0xb7, 0x2019, 0x2018, 0x201c, 0x201d, 0xad, 0x2013, 0x2014, 0x2010, 0x20ac,
    0x132, 0x133, 0xfb01, 0xff21, 0xff41, 0x10a0, 0x13a0, 0x1f88, 0x3d0, 0x3f4, 0x2160, 0x24b6,
    0xaa, 0xba, 0xd7, 0xf7, 0x2c65, 0xa722, 0x1d00, 0x2071, 0x300, 0x301, 0x308, 0x200d, 0x5f),
  whitespace: cp(0x20, 0x20, 0x20, 0x9, 0xb, 0xc, 0x2d, 0x2d, 0xa0, 0x1680, 0x2000, 0x2005, 0x200a,
    0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff, 0x85, 0x180e, 0x200b),
  astral: cp(0x1f600, 0x1f44d, 0x10400, 0x10428, 0x1d400, 0x1d41a, 0x1e900, 0x16e40, 0x118a0,
    0x20000, 0x1f1f3, 0x1f1f1),
};

const suffixes = ['ational', 'tional', 'enci', 'anci', 'izer', 'bli', 'alli', 'entli', 'eli',
  'ousli', 'ization', 'ation', 'ator', 'alism', 'iveness', 'fulness', 'ousness', 'aliti', 'iviti',
  'biliti', 'logi', 'icate', 'ative', 'alize', 'iciti', 'ical', 'ful', 'ness', 'al', 'ance',
  'ence', 'er', 'ic', 'able', 'ible', 'ant', 'ement', 'ment', 'ent', 'ou', 'ism', 'ate', 'iti',
  'ous', 'ive', 'ize', 'sion', 'tion', 'e', 'll', 'sses', 'ies', 'ss', 's', 'eed', 'ed', 'ing',
  'at', 'bl', 'iz', 'y', 'heden', 'heid', 'ene', 'en', 'se', 'end', 'ing', 'ig', 'lijk', 'baar',
  'bar', 'gem', 'aa', 'ee', 'oo', 'uu', 'dd', 'kk', 'tt', 'ij', 'je', 'tje'];
const stopWords = ['en', 'de', 'het', 'een', 'van', 'zijn', 'the', 'a', 'and', 'of', 'is', 'to'];

function randomCodePoint(rnd) {
  for (;;) {
    const c = rnd.chance(0.8) ? rnd.int(0x10000) : 0x10000 + rnd.int(0x100000);
    if (c === 0x0a || c === 0x0d || (c >= 0xd800 && c <= 0xdfff)) continue;
    return String.fromCodePoint(c);
  }
}

function randomWord(rnd) {
  const kind = rnd.int(10);
  let w = '';
  if (kind <= 3) {
    // Word-like: consonant/vowel soup plus a stemmer suffix.
    const letters = rnd.chance(0.5) ? pools.lowerAscii : pools.dutchLetters;
    const n = 1 + rnd.int(8);
    for (let i = 0; i < n; i++) w += rnd.pick(letters);
    if (rnd.chance(0.7)) w += rnd.pick(suffixes);
    if (rnd.chance(0.2)) w = w[0].toUpperCase() + w.slice(1);
    if (rnd.chance(0.05)) w = w.toUpperCase();
  } else if (kind === 4) {
    w = rnd.pick(stopWords);
  } else {
    const poolNames = Object.keys(pools).filter((p) => p !== 'whitespace');
    const n = 1 + rnd.int(10);
    for (let i = 0; i < n; i++) {
      w += rnd.chance(0.1) ? randomCodePoint(rnd) : rnd.pick(pools[rnd.pick(poolNames)]);
    }
  }
  return w;
}

function randomLine(rnd) {
  const words = 1 + rnd.int(6);
  let s = rnd.chance(0.1) ? rnd.pick(pools.whitespace) : '';
  for (let i = 0; i < words; i++) {
    if (i > 0) {
      const seps = 1 + (rnd.chance(0.2) ? rnd.int(3) : 0);
      for (let j = 0; j < seps; j++) s += rnd.pick(pools.whitespace);
    }
    s += randomWord(rnd);
  }
  return s;
}

module.exports = { randomLine };
