/* Facet filters for kind pages and the map.
 * Every element with data-facets='{"field": ["slug", ...]}' (or data-f, whose facets are
 * looked up by its link in the page's shared table) is matched against the
 * ticked checkboxes: within one field any ticked value may match (OR), every field with
 * ticks must match (AND). Non-matching list items are hidden; marks inside the map's SVG
 * are dimmed instead, so the map keeps its shape. The state lives in location.hash as
 * #field=slug&field2=slug2 (several values: field=a,b), so the map's "+N meer" links can
 * open a filtered list and a filtered view can be bookmarked or shared. */
(function () {
  'use strict';

  var panel = document.querySelector('[data-filter-panel]');
  var form = document.querySelector('[data-filter-form]');
  if (!panel || !form) return;
  var boxes = Array.prototype.slice.call(form.querySelectorAll('input[type="checkbox"]'));
  if (!boxes.length) return;
  var countEl = document.querySelector('[data-filter-count]');
  var noneEl = document.querySelector('[data-filter-none]');
  var groups = Array.prototype.slice.call(document.querySelectorAll('[data-filter-group]'));
  var strings = (document.getElementById('leernet-strings') || { dataset: {} }).dataset;

  var fields = {};
  boxes.forEach(function (b) { fields[b.name] = true; });

  // Elements with data-f share one table of facets by link (the map page draws each network
  // two or three times and keeps the facets once, in <script id="leernet-facets">).
  var shared = {};
  var sharedEl = document.getElementById('leernet-facets');
  if (sharedEl) {
    try {
      shared = JSON.parse(sharedEl.textContent) || {};
    } catch (e) { /* no shared facets */
    }
  }

  var items = Array.prototype.slice.call(document.querySelectorAll('[data-facets],[data-f]')).map(function(el) {
    var link = el.matches('a[href]') ? el : el.querySelector('a[href]');
    var facets = {};
    if (el.hasAttribute('data-facets')) {
      try {
        facets = JSON.parse(el.getAttribute('data-facets')) || {};
      } catch (e) { /* treat as no facets */
      }
    } else if (link) {
      facets = shared[link.getAttribute('href')] || {};
    }
    return {
      el: el,
      facets: facets,
      inMap: !!el.closest('svg'),
      // The map's "+N meer" marks stand for several networks at once: dimmed like the
      // others, but not counted as an entry.
      counted: !el.classList.contains('more'),
      // A network can appear several times (one mark per row on the map, and again in
      // the table), so the count is over distinct entries, not elements.
      key: el.getAttribute('data-key') ||
        (link && (link.getAttribute('href') || link.getAttribute('xlink:href'))) || el
    };
  });

  function selected() {
    var sel = {};
    boxes.forEach(function (b) {
      if (b.checked) (sel[b.name] = sel[b.name] || []).push(b.value);
    });
    return sel;
  }

  function matches(item, sel) {
    return Object.keys(sel).every(function (field) {
      var have = item.facets[field] || [];
      if (!Array.isArray(have)) have = [have];
      return sel[field].some(function (v) { return have.indexOf(v) !== -1; });
    });
  }

  function apply() {
    var sel = selected();
    var all = new Set();
    var shown = new Set();
    items.forEach(function (item) {
      var ok = matches(item, sel);
      if (item.counted) {
        all.add(item.key);
        if (ok) shown.add(item.key);
      }
      if (item.inMap) item.el.classList.toggle('is-dimmed', !ok);
      else item.el.hidden = !ok;
    });
    if (countEl) {
      countEl.textContent = (strings.filterCount || '{n} / {m}')
        .replace('{n}', shown.size).replace('{m}', all.size);
    }
    if (noneEl) noneEl.hidden = shown.size > 0;
    // A group of items behind one button (the finder's participant networks) shows how
    // many of its items pass, and disappears when none does.
    groups.forEach(function (g) {
      var n = g.querySelectorAll('[data-facets]:not([hidden])').length;
      var countIn = g.querySelector('[data-filter-group-count]');
      if (countIn) countIn.textContent = n;
      g.hidden = n === 0;
    });
  }

  // Returns the state in the hash, or null when the hash is not a filter (such as the
  // skip link's #inhoud), so those hashes leave the filters alone.
  function readHash() {
    var hash = window.location.hash.replace(/^#/, '');
    if (hash.indexOf('=') === -1) return null;
    var sel = {};
    hash.split('&').forEach(function (pair) {
      var i = pair.indexOf('=');
      if (i < 1) return;
      var field;
      try { field = decodeURIComponent(pair.slice(0, i)); } catch (e) { return; }
      if (!fields[field]) return;
      pair.slice(i + 1).split(',').forEach(function (v) {
        try { v = decodeURIComponent(v); } catch (e) { return; }
        if (v) (sel[field] = sel[field] || []).push(v);
      });
    });
    return sel;
  }

  function setBoxes(sel) {
    boxes.forEach(function (b) {
      b.checked = !!(sel[b.name] && sel[b.name].indexOf(b.value) !== -1);
    });
  }

  function writeHash() {
    var sel = selected();
    var hash = Object.keys(sel).map(function (field) {
      return encodeURIComponent(field) + '=' + sel[field].map(encodeURIComponent).join(',');
    }).join('&');
    var url = window.location.pathname + window.location.search + (hash ? '#' + hash : '');
    // replaceState keeps the back button for pages, not for every tick. Some browsers
    // refuse it on file:// URLs; then the hash is set directly.
    try {
      window.history.replaceState(null, '', url);
    } catch (e) {
      if (hash || window.location.hash) window.location.replace('#' + hash);
    }
  }

  form.addEventListener('change', function () { apply(); writeHash(); });
  // 'reset' fires before the boxes are cleared.
  form.addEventListener('reset', function () { setTimeout(function () { apply(); writeHash(); }, 0); });
  window.addEventListener('hashchange', function () {
    var sel = readHash();
    if (sel) { setBoxes(sel); apply(); }
  });

  panel.hidden = false;
  var initial = readHash();
  if (initial) setBoxes(initial);
  // Open the panel on wide screens, and on small ones when a link arrived filtered, so
  // the reader sees why the list is short.
  var wide = window.matchMedia && window.matchMedia('(min-width: 60em)').matches;
  if (wide || (initial && Object.keys(initial).length)) panel.open = true;
  apply();
})();
