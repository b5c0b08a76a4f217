/* The search page: results while typing, filters by kind and facet values, ?q= in the URL.
 * Ranking and highlighting live in search-core.js (shared with the header box). */
(function () {
  'use strict';

  var form = document.querySelector('[data-search-page]');
  if (!form) return;
  var input = form.querySelector('input[name="q"]');
  var status = document.querySelector('[data-search-status]');
  var list = document.querySelector('[data-search-results]');
  var panel = document.querySelector('[data-search-filters]');
  var filterForm = document.querySelector('[data-search-filter-form]');
  var root = (document.querySelector('form.site-search') || form).getAttribute('data-root') || '';
  var S = window.LeernetSearch;

  if (!S || !S.engine()) {
    // The index or lunr did not load (for example a partial copy of the site).
    status.textContent = (S && S.str('search-error')) ||
      (document.getElementById('leernet-strings') || { dataset: {} }).dataset.searchError || '';
    return;
  }
  var store = S.engine().store;
  // A large index comes in shards, one script after the other: the first is asked for
  // before anything else is built, and each one that arrives runs the search again.
  S.load(onShard);

  // Filter groups: the kind first, then every facet in the store. A facet belongs to the
  // kinds it lists; groups are told apart by key, since one field name (categorie) can be a
  // facet of several kinds under different labels.
  var groups = [{ key: '_kind', label: S.str('filter-kind'), values: store.kinds || {} }]
    .concat((store.facets || []).map(function (f, i) {
      return { key: 'f' + i, field: f.name, label: f.label, kinds: f.kinds || null, values: f.values || {} };
    }));
  // A label that several groups carry ("Soort" of a network, of a source, and the kind
  // filter itself) gets the kinds of the group, so no two groups read the same.
  var labelCount = {};
  groups.forEach(function (g) { labelCount[g.label] = (labelCount[g.label] || 0) + 1; });
  groups.forEach(function (g) {
    if (labelCount[g.label] < 2 || !g.kinds || !g.kinds.length) return;
    g.label += ' (' + g.kinds.map(function (k) { return (store.kinds && store.kinds[k]) || k; }).join(', ') + ')';
  });

  function valuesOf(doc, group) {
    if (group.key === '_kind') return [doc.k];
    if (group.kinds && group.kinds.indexOf(doc.k) === -1) return [];
    return (doc.f && doc.f[group.field]) || [];
  }

  // Checkboxes are built once; later searches only update counts and hide values that
  // do not occur, so the focused checkbox never disappears under the keyboard.
  var boxes = [];
  groups.forEach(function (g, gi) {
    var slugs = Object.keys(g.values);
    if (!slugs.length) return;
    var fs = document.createElement('fieldset');
    fs.className = 'facet';
    var legend = document.createElement('legend');
    legend.textContent = g.label;
    fs.appendChild(legend);
    var ul = document.createElement('ul');
    ul.className = 'facet-values';
    slugs.forEach(function (slug, vi) {
      var li = document.createElement('li');
      var cb = document.createElement('input');
      cb.type = 'checkbox';
      cb.id = 'zf-' + gi + '-' + vi;
      cb.name = g.key;
      cb.value = slug;
      var label = document.createElement('label');
      label.htmlFor = cb.id;
      label.appendChild(document.createTextNode(g.values[slug] + ' '));
      var n = document.createElement('span');
      n.className = 'n';
      label.appendChild(n);
      li.appendChild(cb);
      li.appendChild(label);
      ul.appendChild(li);
      boxes.push({ group: g, slug: slug, cb: cb, li: li, n: n, fs: fs });
    });
    fs.appendChild(ul);
    filterForm.appendChild(fs);
  });
  if (boxes.length) {
    var reset = document.createElement('button');
    reset.type = 'reset';
    reset.className = 'button-quiet';
    reset.textContent = S.str('filter-clear');
    filterForm.appendChild(reset);
    panel.hidden = false;
    if (window.matchMedia && window.matchMedia('(min-width: 60em)').matches) panel.open = true;
  }

  function selected() {
    var sel = {};
    boxes.forEach(function (b) {
      if (!b.cb.checked) return;
      (sel[b.group.key] = sel[b.group.key] || []).push(b.slug);
    });
    return sel;
  }

  // Within a group any ticked value may match (OR); every group with ticks must match (AND).
  function passes(doc, sel) {
    return groups.every(function (g) {
      var want = sel[g.key];
      if (!want) return true;
      var have = valuesOf(doc, g);
      return want.some(function (v) { return have.indexOf(v) !== -1; });
    });
  }

  function updateCounts(docs) {
    var counts = {};
    docs.forEach(function (doc) {
      groups.forEach(function (g) {
        valuesOf(doc, g).forEach(function (v) {
          var key = g.key + '\u0000' + v;
          counts[key] = (counts[key] || 0) + 1;
        });
      });
    });
    var visibleIn = new Map();
    boxes.forEach(function (b) {
      var c = counts[b.group.key + '\u0000' + b.slug] || 0;
      b.n.textContent = '(' + c + ')';
      b.li.hidden = c === 0 && !b.cb.checked;
      visibleIn.set(b.fs, (visibleIn.get(b.fs) || false) || !b.li.hidden);
    });
    visibleIn.forEach(function (visible, fs) { fs.hidden = !visible; });
  }

  var themeFacet = (store.facets || []).filter(function (f) { return f.name === 'themas'; })[0];

  // "Netwerk · Eerstelijnszorg": the kind and the themes of a hit.
  function kindLine(doc) {
    var parts = [doc.kl || (store.kinds && store.kinds[doc.k]) || ''];
    ((doc.f && doc.f.themas) || []).forEach(function (slug) {
      if (themeFacet && themeFacet.values[slug]) parts.push(themeFacet.values[slug]);
    });
    return parts.filter(Boolean).join(' \u00b7 ');
  }

  function renderHit(hit, words) {
    var doc = hit.doc;
    var li = document.createElement('li');
    li.className = 'result card';
    var h = document.createElement('h2');
    h.className = 'card-title';
    var a = document.createElement('a');
    a.href = S.href(root, doc);
    a.appendChild(S.highlight(doc.t, words));
    h.appendChild(a);
    var kind = document.createElement('p');
    kind.className = 'card-kind';
    kind.textContent = kindLine(doc);
    var sum = document.createElement('p');
    sum.className = 'snippet';
    sum.appendChild(S.highlight(words.length ? S.snippet(doc, words) : doc.s, words));
    li.appendChild(h);
    li.appendChild(kind);
    li.appendChild(sum);
    return li;
  }

  // The no-result help: a did-you-mean and links to browse by theme and by kind, so a
  // search never ends on an empty page.
  var help = document.querySelector('[data-search-help]');
  var dym = help && help.querySelector('[data-search-dym]');
  (function buildBrowse() {
    if (!help) return;
    var themes = help.querySelector('[data-search-browse-themes]');
    var kinds = help.querySelector('[data-search-browse-kinds]');
    var seenKind = {};
    store.docs.forEach(function (doc) {
      if (doc.k === 'thema') {
        var li = document.createElement('li');
        var a = document.createElement('a');
        a.href = S.href(root, doc);
        a.textContent = doc.t;
        li.appendChild(a);
        themes.appendChild(li);
      }
      if (!seenKind[doc.k]) {
        seenKind[doc.k] = true;
        var kli = document.createElement('li');
        var ka = document.createElement('a');
        ka.href = root + doc.u.split('/')[0] + '/index.html';
        ka.textContent = doc.kl || doc.k;
        kli.appendChild(ka);
        kinds.appendChild(kli);
      }
    });
  })();

  function showHelp(query, res) {
    if (!help) return;
    var none = query && !res.hits.length;
    var suggestion = query && (none || res.fuzzy) ? S.didYouMean(query) : '';
    help.hidden = !none && !suggestion;
    help.querySelector('[data-search-browse]').hidden = !none;
    dym.hidden = !suggestion;
    if (suggestion) {
      var a = dym.querySelector('a');
      a.textContent = suggestion;
      a.href = '?q=' + encodeURIComponent(suggestion);
    }
  }
  if (dym) {
    dym.querySelector('a').addEventListener('click', function (ev) {
      ev.preventDefault();
      input.value = ev.currentTarget.textContent;
      run();
      input.focus();
    });
  }

  var lastQuery = null;

  function run() {
    var query = input.value.trim();
    var sel = selected();
    var anyFilter = Object.keys(sel).length > 0;
    var base;
    var res = { hits: [], fuzzy: false, words: [] };
    if (query) {
      res = S.search(query);
      base = res.hits;
    } else {
      // No words but ticked filters: browse everything that matches the filters.
      base = store.docs.map(function (doc) { return { doc: doc }; });
    }
    updateCounts(base.map(function (h) { return h.doc; }));
    var shown = base.filter(function (h) { return passes(h.doc, sel); });

    list.textContent = '';
    var frag = document.createDocumentFragment();
    if (query || anyFilter) shown.forEach(function (h) { frag.appendChild(renderHit(h, res.words)); });
    list.appendChild(frag);

    // Nothing found yet while shards are still coming is not "no result": the help and
    // its did-you-mean (which reads every entry's text) wait for the whole index.
    var waiting = query && !base.length && res.partial;
    var msg;
    if (!query && !anyFilter) msg = S.str('search-empty');
    else if (waiting) msg = S.str('search-loading');
    else if (query && !base.length) msg = S.str('search-none', { q: query });
    else {
      msg = anyFilter && shown.length !== base.length
        ? S.str('search-results-filtered', { n: shown.length, m: base.length })
        : S.countText(shown.length);
      if (res.fuzzy) msg += '. ' + S.str('search-fuzzy', { q: query });
      else if (res.words.length > 1) {
        // Hits with every word come first; say how many, so a long tail of hits with only
        // some of the words reads as what it is.
        var full = shown.filter(function (h) { return h.cover === res.words.length; }).length;
        if (full < shown.length) msg += '; ' + S.str('search-all-words', { n: full });
      }
    }
    status.textContent = msg;
    showHelp(waiting ? '' : query, res);
    updateUrl(query);
  }

  function updateUrl(query) {
    if (query === lastQuery) return;
    lastQuery = query;
    var url = window.location.pathname + (query ? '?q=' + encodeURIComponent(query) : '') +
      window.location.hash;
    // Some browsers refuse replaceState on file:// URLs; the search still works without it.
    try { window.history.replaceState(null, '', url); } catch (e) { /* ignore */ }
  }

  var timer = 0;
  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(run, 150);
  });
  form.addEventListener('submit', function (ev) {
    ev.preventDefault();
    clearTimeout(timer);
    run();
  });
  filterForm.addEventListener('change', run);
  // 'reset' fires before the boxes are cleared.
  filterForm.addEventListener('reset', function () { setTimeout(run, 0); });

  // Keyboard: ArrowDown goes from the box to the first result, the arrows move between
  // results (Enter opens the focused link natively), ArrowUp from the first result and
  // Escape go back to the box.
  function resultLinks() {
    return Array.prototype.slice.call(list.querySelectorAll('.card-title a'));
  }
  input.addEventListener('keydown', function (ev) {
    if (ev.key !== 'ArrowDown' && ev.key !== 'Down') return;
    var links = resultLinks();
    if (!links.length) return;
    ev.preventDefault();
    links[0].focus();
  });
  list.addEventListener('keydown', function (ev) {
    var links = resultLinks();
    var i = links.indexOf(document.activeElement);
    if (i === -1) return;
    if (ev.key === 'ArrowDown' || ev.key === 'Down') {
      ev.preventDefault();
      links[Math.min(i + 1, links.length - 1)].focus();
    } else if (ev.key === 'ArrowUp' || ev.key === 'Up') {
      ev.preventDefault();
      if (i === 0) input.focus();
      else links[i - 1].focus();
    } else if (ev.key === 'Escape' || ev.key === 'Esc') {
      ev.preventDefault();
      input.focus();
    }
  });

  var params = new URLSearchParams(window.location.search);
  input.value = params.get('q') || '';
  run();
  // The body text for snippets comes after the first results and after every index shard
  // (it is as large as the store, and must not hold up a shard); then the results are drawn
  // again with snippets, unless the reader is already moving through them.
  var textAsked = false;
  function loadText() {
    if (textAsked || window.LEERNET_TEXT) return;
    textAsked = true;
    var textScript = document.createElement('script');
    textScript.src = root + 'search/text.js';
    textScript.onload = function () {
      if (!list.contains(document.activeElement)) run();
    };
    document.head.appendChild(textScript);
  }

  function onShard(e) {
    run();
    if (e.complete) loadText();
  }
  if (S.engine().complete) loadText();
})();
