/* Search logic shared by the search page (search.js) and the header search box
 * (searchbox.js), so both rank and highlight results the same way.
 * Expects lunr, lunr.nl, window.LEERNET_INDEX (the list of index shards, from
 * search/index.js) and window.LEERNET_STORE to be loaded.
 *
 * Loader API: engine() returns {idx, shards, store, complete} at once with the shards that
 * are in (a one-shard index comes inside search/index.js, so it is there at once);
 * load(callback) fetches the other shards one after the other by <script> tag (file://
 * allows no fetch) and calls callback(engine) after each one; search() searches every
 * shard that is in and says partial: true while some are missing. */
(function () {
  'use strict';

  var engine = null;
  // Shard scripts live in search/ beside index.js; this script is in assets/.
  var base = (document.currentScript && document.currentScript.src || '').replace(/assets\/search-core\.js.*$/, '');
  var listeners = [];
  var loading = false;

  // Interface words come from the page (see partials/footer.html), so this file has no
  // language of its own. "{n}" style placeholders are filled in from vars.
  function str(key, vars) {
    var el = document.getElementById('leernet-strings');
    var camel = key.replace(/-([a-z])/g, function (m, c) { return c.toUpperCase(); });
    var text = (el && el.dataset[camel]) || '';
    return text.replace(/\{(\w+)\}/g, function (m, name) {
      return vars && name in vars ? String(vars[name]) : m;
    });
  }

  // Lower case without diacritics, so "cliënt" and "client" compare equal.
  function fold(s) {
    return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  }

  var NON_ASCII = /[^\u0000-\u007f]/;

  // Same as fold(), but also records for each folded character which character of the
  // original it came from, so highlights can be placed in the original text. Only
  // characters outside ASCII go through normalize(), which is slow per character; text
  // without any keeps its positions, so it needs no map (map is then null).
  function foldWithMap(text) {
    if (!NON_ASCII.test(text)) return { folded: text.toLowerCase(), map: null };
    var folded = '';
    var map = [];
    for (var i = 0; i < text.length; i++) {
      var c = text[i];
      var f = c < '\u0080' ? c.toLowerCase() : fold(c);
      for (var j = 0; j < f.length; j++) { folded += f[j]; map.push(i); }
    }
    return { folded: folded, map: map };
  }

  var WORD_CHAR = /[0-9a-z\u00df-\u024f]/;
  // Characters the query must not pass to lunr: '*' would act as a wildcard inside a term,
  // and punctuation around words is not in the index (the index trims it, the query
  // pipeline does not).
  var EDGE_PUNCT = /^[^0-9A-Za-z\u00c0-\u024f]+|[^0-9A-Za-z\u00c0-\u024f]+$/g;

  // Takes every shard whose script has run: JSON.parse of the string it holds (much faster
  // than a script with the index as an object literal), then lunr.Index.load.
  function takeShards(e) {
    var have = window.LEERNET_SHARDS || {};
    e.manifest.forEach(function (m, i) {
      if (e.loaded[i] || typeof have[m.name] !== 'string') return;
      e.loaded[i] = true;
      e.shards.push(window.lunr.Index.load(JSON.parse(have[m.name])));
      have[m.name] = null;
    });
    e.idx = e.shards[0] || null;
    e.complete = e.shards.length === e.manifest.length;
  }

  function getEngine() {
    if (engine) return engine;
    var index = window.LEERNET_INDEX;
    if (!window.lunr || !index || !index.shards || !window.LEERNET_STORE) return null;
    engine = {
      idx: null,
      shards: [],
      manifest: index.shards,
      loaded: index.shards.map(function () { return false; }),
      store: window.LEERNET_STORE,
      complete: false
    };
    takeShards(engine);
    return engine;
  }

  function loadNext() {
    var e = getEngine();
    var next = -1;
    e.manifest.forEach(function (m, i) { if (next < 0 && !e.loaded[i]) next = i; });
    if (next < 0) { loading = false; return; }
    var el = document.createElement('script');
    el.src = base + 'search/' + e.manifest[next].file;
    el.onload = function () {
      takeShards(e);
      if (!e.loaded[next]) e.loaded[next] = 'failed';
      listeners.forEach(function (f) { f(e); });
      loadNext();
    };
    el.onerror = function () {
      e.loaded[next] = 'failed';
      e.complete = e.loaded.every(Boolean);
      loadNext();
    };
    document.head.appendChild(el);
  }

  /* Calls callback(engine) each time a further shard has arrived. Returns false when the
   * index did not load at all, true otherwise (also when every shard is already in). */
  function load(callback) {
    var e = getEngine();
    if (!e) return false;
    if (e.complete) return true;
    if (callback) listeners.push(callback);
    if (!loading) {
      loading = true;
      loadNext();
    }
    return true;
  }

  function stem(term) {
    var e = getEngine();
    var out = e && e.idx ? e.idx.pipeline.runString(term) : [term];
    return out.length ? out[0] : '';
  }

  function isStopWord(term) {
    var f = window.lunr && window.lunr.nl && window.lunr.nl.stopWordFilter;
    return f ? f(new window.lunr.Token(term, {})) === undefined : false;
  }

  // The user's words as lunr terms. Stop words are dropped unless nothing else is left,
  // so "de" alone still finds something while typing but "netwerken in de zorg" is not
  // flooded by every word starting with "de".
  function terms(input) {
    var lunr = window.lunr;
    var all = lunr.tokenizer(String(input || '')).map(function (t) {
      return t.toString().replace(/\*/g, '').replace(EDGE_PUNCT, '');
    }).filter(Boolean);
    var content = all.filter(function (t) { return !isStopWord(t); });
    return content.length ? content : all;
  }

  // Parts of a compound query word that are terms of the index, so "verpleegkundige" also
  // finds "wijkverpleging" (indexed with its part "verpleging"). The index holds the parts
  // of its own compounds, so its terms serve as the dictionary.
  function parts(word) {
    var e = getEngine();
    var w = fold(word);
    var out = [];
    if (!e || w.length < 8) return out;
    var known = function (t) {
      var s = stem(t);
      return s.length >= 3 && e.shards.some(function (idx) { return s in idx.invertedIndex; });
    };
    for (var i = w.length - 4; i >= 4; i--) {
      var head = w.slice(i);
      var mod = w.slice(0, i);
      if (!known(head)) continue;
      if (known(mod)) return [mod, head];
      if (mod.charAt(mod.length - 1) === 's' && known(mod.slice(0, -1))) return [mod.slice(0, -1), head];
    }
    return out;
  }

  function runQuery(idx, words, fuzzy) {
    var lunr = window.lunr;
    return idx.query(function (q) {
      words.forEach(function (w) {
        var plain = fold(w);
        if (fuzzy) {
          // Long words get two edits: the index holds stems, so a typo near the end of a
          // long word is often two edits away from its stem.
          var edits = plain.length >= 8 ? 2 : 1;
          q.term(w, { editDistance: edits });
          q.term(plain, { editDistance: edits, usePipeline: false });
        } else {
          // Whole word (stemmed by the index's pipeline) counts most; the prefix clause
          // makes results appear while the word is still being typed. The prefix skips
          // the stemmer, which would mangle a half word, and is folded because the Dutch
          // stemmer folds accents in the index.
          q.term(w, { boost: 10 });
          q.term(plain, { wildcard: lunr.Query.wildcard.TRAILING, usePipeline: false, boost: 1 });
          parts(w).forEach(function (p) { q.term(p, { boost: 2 }); });
        }
      });
    });
  }

  // How many of the user's words a result matched, so results with all words come
  // before results with only some (lunr alone ranks by score over any word).
  function coverage(result, words) {
    var matched = Object.keys(result.matchData.metadata);
    var n = 0;
    words.forEach(function (w) {
      var s = stem(w);
      var p = fold(w);
      if (matched.some(function (m) { return m === s || m.indexOf(p) === 0; })) n++;
    });
    return n;
  }

  /* Searches for input. Returns {hits: [{doc, score}], fuzzy, words}, best first.
   * Never throws on user input: the query API is used instead of lunr's query parser. */
  function search(input) {
    var e = getEngine();
    var words = e && e.idx ? terms(input) : [];
    var partial = !e || !e.complete;
    if (!words.length) return { hits: [], fuzzy: false, words: words, partial: partial };
    var fuzzy = false;
    // Each shard is an index of its own; their results are merged by score.
    var all = function (fz) {
      var out = [];
      e.shards.forEach(function (idx) { out = out.concat(runQuery(idx, words, fz)); });
      if (e.shards.length > 1) out.sort(function (a, b) { return b.score - a.score; });
      return out;
    };
    var results = all(false);
    if (!results.length) {
      // A typo should still find something; the caller says the results are approximate.
      results = all(true);
      fuzzy = results.length > 0;
    }
    var hits = results.map(function (r, i) {
      var doc = e.store.docs[Number(r.ref)];
      return {
        doc: doc,
        score: doc ? r.score * (KIND_WEIGHT[doc.k] || 1) * titleBonus(doc, words) : 0,
        cover: fuzzy ? 0 : coverage(r, words),
        order: i
      };
    }).filter(function (h) { return h.doc; });
    // Entries with all the words first; among those, the weighted score.
    hits.sort(function (a, b) { return b.cover - a.cover || b.score - a.score || a.order - b.order; });
    return { hits: hits, fuzzy: fuzzy, words: words, partial: partial };
  }

  // Weights by kind, tuned on tests/search/queries.json: a source document or an
  // organisation mentions many subjects but is rarely the answer to a task question; a
  // theme or sector page gathers the networks, practices and toolkits of its subject.
  var KIND_WEIGHT = { bron: 0.5, organisatie: 0.7, thema: 1.3, sector: 1.2 };

  // An entry whose own title holds every word is the entry about it, so it goes before
  // entries that only carry the words as an alias or in their text.
  function titleBonus(doc, words) {
    var title = ' ' + fold(doc.t).replace(/[^0-9a-z\u00df-\u024f]+/g, ' ');
    var all = words.every(function (w) {
      var p = fold(w);
      var s = fold(stem(w) || '');
      return title.indexOf(' ' + p) !== -1 || (s.length >= 3 && title.indexOf(' ' + s) !== -1);
    });
    return all ? 2 : 1;
  }

  // The folded words and their stems to look for; a results list asks for the same words
  // once per hit and field, so the last answer is kept.
  var lastNeedles = { key: null, needles: [] };
  function needlesOf(words) {
    var e = getEngine();
    // Stems exist only once an index shard is in.
    var key = (e && e.idx ? 's' : 'w') + (words || []).join('\u0000');
    if (key === lastNeedles.key) return lastNeedles.needles;
    var needles = [];
    (words || []).forEach(function (w) {
      var p = fold(w);
      if (p) needles.push(p);
      var s = fold(stem(w) || '');
      if (s.length >= 3 && s !== p) needles.push(s);
    });
    lastNeedles = { key: key, needles: needles };
    return needles;
  }

  // Start positions of the words in text (folded, at word starts), as [start, end) ranges
  // in the original text, sorted and merged.
  function matchRanges(text, words) {
    var fm = foldWithMap(text);
    var needles = needlesOf(words);
    var ranges = [];
    needles.forEach(function (n) {
      var from = 0;
      var at;
      while ((at = fm.folded.indexOf(n, from)) !== -1) {
        from = at + 1;
        if (at > 0 && WORD_CHAR.test(fm.folded[at - 1])) continue;
        ranges.push(fm.map ? [fm.map[at], fm.map[at + n.length - 1] + 1] : [at, at + n.length]);
      }
    });
    ranges.sort(function (a, b) { return a[0] - b[0]; });
    var merged = [];
    ranges.forEach(function (r) {
      var last = merged[merged.length - 1];
      if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
      else merged.push(r.slice());
    });
    return merged;
  }

  var docIndex = null;

  // The body text of a store entry, from search/text.js (window.LEERNET_TEXT, parallel to
  // the store's docs), or '' while that file is not in.
  function bodyOf(doc) {
    var text = window.LEERNET_TEXT;
    var e = getEngine();
    if (!text || !e) return '';
    if (!docIndex) {
      docIndex = new Map();
      e.store.docs.forEach(function (d, i) { docIndex.set(d, i); });
    }
    return String(text[docIndex.get(doc)] || '');
  }

  /* The piece of the entry's text to show under a hit: the window of the body with the
   * most matched words (so the reader sees why it was found), else the summary. */
  function snippet(doc, words, length) {
    length = length || 220;
    // One line of running text: list markers at line starts would read as stray dashes.
    var body = bodyOf(doc).replace(/(^|\n)[ \t]*(?:[-*+]|\d+\.)[ \t]+/g, '$1').replace(/\s+/g, ' ').trim();
    var ranges = body ? matchRanges(body, words) : [];
    if (!ranges.length) return doc.s || body.slice(0, length);
    var best = 0;
    var bestCount = 0;
    for (var i = 0; i < ranges.length; i++) {
      var count = 0;
      var distinct = {};
      for (var j = i; j < ranges.length && ranges[j][1] - ranges[i][0] <= length - 40; j++) {
        distinct[fold(body.slice(ranges[j][0], ranges[j][1]))] = true;
        count++;
      }
      var score = Object.keys(distinct).length * 100 + count;
      if (score > bestCount) { bestCount = score; best = i; }
    }
    // A little context before the first match, cut at a word boundary.
    var start = Math.max(0, ranges[best][0] - 50);
    if (start > 0) {
      var space = body.indexOf(' ', start);
      start = space !== -1 && space < ranges[best][0] ? space + 1 : start;
    }
    var end = Math.min(body.length, start + length);
    if (end < body.length) {
      var cut = body.lastIndexOf(' ', end);
      if (cut > ranges[best][1]) end = cut;
    }
    return (start > 0 ? '\u2026 ' : '') + body.slice(start, end).trim() + (end < body.length ? ' \u2026' : '');
  }

  function editDistance(a, b, max) {
    if (Math.abs(a.length - b.length) > max) return max + 1;
    var prev = [];
    for (var j = 0; j <= b.length; j++) prev.push(j);
    for (var i = 1; i <= a.length; i++) {
      var cur = [i];
      var rowMin = i;
      for (var k = 1; k <= b.length; k++) {
        var v = Math.min(prev[k] + 1, cur[k - 1] + 1, prev[k - 1] + (a[i - 1] === b[k - 1] ? 0 : 1));
        cur.push(v);
        if (v < rowMin) rowMin = v;
      }
      if (rowMin > max) return max + 1;
      prev = cur;
    }
    return prev[b.length];
  }

  var vocabulary = null;

  function inIndex(term) {
    var e = getEngine();
    return !!e && e.shards.some(function (idx) {
      return Object.prototype.hasOwnProperty.call(idx.invertedIndex, term);
    });
  }

  // Words of the site's own text whose stem is a term of the index, with how often they
  // occur: the candidates for a did-you-mean.
  function getVocabulary() {
    // Built again once the body text has arrived.
    if (vocabulary && vocabulary.withText === !!window.LEERNET_TEXT) return vocabulary;
    var e = getEngine();
    var counts = {};
    e.store.docs.forEach(function (doc) {
      [doc.t, doc.s, bodyOf(doc)].forEach(function (text) {
        String(text || '').toLowerCase().split(/[^0-9a-z\u00df-\u024f]+/).forEach(function (w) {
          if (w.length >= 3) counts[w] = (counts[w] || 0) + 1;
        });
      });
    });
    vocabulary = Object.keys(counts).filter(function (w) {
      return !isStopWord(w) && inIndex(stem(w));
    }).map(function (w) { return { word: w, folded: fold(w), n: counts[w] }; });
    vocabulary.withText = !!window.LEERNET_TEXT;
    return vocabulary;
  }

  /* A query close to input whose words are all in the index, or '' when there is none.
   * Each word that finds nothing is replaced by the nearest word of the site's text
   * (fewest edits, then the most frequent). */
  function didYouMean(input) {
    var e = getEngine();
    if (!e) return '';
    var words = terms(input);
    var vocab = getVocabulary();
    var changed = false;
    var out = words.map(function (w) {
      if (inIndex(stem(w))) return w;
      var f = fold(w);
      var max = f.length >= 8 ? 2 : f.length >= 4 ? 1 : 0;
      var best = null;
      vocab.forEach(function (v) {
        var d = editDistance(f, v.folded, max);
        if (d > max) return;
        if (!best || d < best.d || (d === best.d && v.n > best.n)) best = { d: d, word: v.word, n: v.n };
      });
      if (!best) return w;
      changed = true;
      return best.word;
    });
    return changed ? out.join(' ') : '';
  }

  /* Returns a DocumentFragment of text with every word that starts with one of the query
   * words (accent- and case-insensitive) wrapped in <mark>. Built from text nodes only,
   * so neither user input nor store text is ever parsed as HTML. */
  function highlight(text, words) {
    text = String(text || '');
    var frag = document.createDocumentFragment();
    var merged = matchRanges(text, words);
    var pos = 0;
    merged.forEach(function (r) {
      if (r[0] > pos) frag.appendChild(document.createTextNode(text.slice(pos, r[0])));
      var mark = document.createElement('mark');
      mark.textContent = text.slice(r[0], r[1]);
      frag.appendChild(mark);
      pos = r[1];
    });
    if (pos < text.length) frag.appendChild(document.createTextNode(text.slice(pos)));
    return frag;
  }

  // Store URLs are relative to the site root; the page knows its own way there.
  function href(root, doc) {
    return (root || '') + doc.u;
  }

  function searchPageHref(root, query) {
    return (root || '') + 'zoeken/index.html' + (query ? '?q=' + encodeURIComponent(query) : '');
  }

  function countText(n) {
    return n === 1 ? str('search-results-one') : str('search-results', { n: n });
  }

  window.LeernetSearch = {
    str: str,
    fold: fold,
    engine: getEngine,
    load: load,
    parts: parts,
    terms: terms,
    search: search,
    highlight: highlight,
    snippet: snippet,
    didYouMean: didYouMean,
    href: href,
    searchPageHref: searchPageHref,
    countText: countText
  };
})();
