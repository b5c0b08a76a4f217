/* Header search box: suggestions while typing.
 * Loaded on every page, so it is small and loads nothing until the box is used. Then it
 * adds <script> tags for lunr, the index and the store (script tags rather than fetch,
 * because fetch is blocked for pages opened from file://). Without JavaScript the box
 * is a plain form that opens the search page. */
(function () {
  'use strict';

  var form = document.querySelector('form.site-search');
  if (!form) return;
  var input = form.querySelector('input[name="q"]');
  var combo = form.querySelector('.combo') || form;
  var root = form.getAttribute('data-root') || '';
  var MAX = 8;

  // Scripts in load order, each with the global that shows it is already there (the
  // search page includes them itself).
  var SCRIPTS = [
    ['assets/lunr/lunr.js', function () { return window.lunr; }],
    ['assets/lunr/lunr.stemmer.support.js', function () { return window.lunr && window.lunr.stemmerSupport; }],
    ['assets/lunr/lunr.nl.js', function () { return window.lunr && window.lunr.nl; }],
    ['search/index.js', function () { return window.LEERNET_INDEX; }],
    ['search/store.js', function () { return window.LEERNET_STORE; }],
    ['assets/search-core.js', function () { return window.LeernetSearch; }]
  ];

  var listId = input.id + '-lijst';
  var list = document.createElement('ul');
  list.id = listId;
  list.className = 'suggestions';
  list.setAttribute('role', 'listbox');
  list.hidden = true;
  var status = document.createElement('p');
  status.className = 'visually-hidden';
  status.setAttribute('role', 'status');
  combo.appendChild(list);
  combo.appendChild(status);

  // Combobox semantics are added only here, because without this script there is no
  // popup for them to describe.
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', listId);

  var state = 'idle'; // idle | loading | ready | failed
  var waiting = [];
  var options = [];
  var active = -1;
  var timer = 0;

  function load(done) {
    if (state === 'ready') return done();
    waiting.push(done);
    if (state === 'loading' || state === 'failed') return;
    state = 'loading';
    var missing = SCRIPTS.filter(function (s) { return !s[1](); });
    if (!missing.length) return finish(true);
    var remaining = missing.length;
    missing.forEach(function (s) {
      var el = document.createElement('script');
      el.src = root + s[0];
      // async=false keeps execution in insertion order while still downloading in parallel.
      el.async = false;
      el.onload = function () { if (--remaining === 0) finish(true); };
      el.onerror = function () { finish(false); };
      document.head.appendChild(el);
    });
  }

  function finish(ok) {
    if (state !== 'loading') return;
    state = ok && window.LeernetSearch && window.LeernetSearch.engine() ? 'ready' : 'failed';
    if (state === 'failed') {
      status.textContent = text('search-error');
      return;
    }
    var w = waiting;
    waiting = [];
    w.forEach(function (f) { f(); });
    // Further shards of a large index: refresh open suggestions as each arrives.
    window.LeernetSearch.load(function () { if (!list.hidden) render(); });
  }

  function text(key, vars) {
    // LeernetSearch may not be loaded yet (or may have failed to load).
    if (window.LeernetSearch) return window.LeernetSearch.str(key, vars);
    var el = document.getElementById('leernet-strings');
    var camel = key.replace(/-([a-z])/g, function (m, c) { return c.toUpperCase(); });
    return (el && el.dataset[camel]) || '';
  }

  function close() {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  }

  function setActive(i) {
    if (!options.length) return;
    if (active >= 0) options[active].el.setAttribute('aria-selected', 'false');
    active = (i + options.length) % options.length;
    var el = options[active].el;
    el.setAttribute('aria-selected', 'true');
    input.setAttribute('aria-activedescendant', el.id);
    el.scrollIntoView({ block: 'nearest' });
  }

  function addOption(i, href, build, extraClass) {
    var li = document.createElement('li');
    li.id = listId + '-' + i;
    li.setAttribute('role', 'option');
    li.setAttribute('aria-selected', 'false');
    li.className = 'suggestion' + (extraClass ? ' ' + extraClass : '');
    build(li);
    list.appendChild(li);
    options.push({ el: li, href: href });
  }

  function render() {
    var query = input.value.trim();
    var S = window.LeernetSearch;
    list.textContent = '';
    options = [];
    active = -1;
    input.removeAttribute('aria-activedescendant');
    if (!query) { close(); status.textContent = ''; return; }
    var res = S.search(query);
    var top = res.hits.slice(0, MAX);
    top.forEach(function (h, i) {
      addOption(i, S.href(root, h.doc), function (li) {
        var t = document.createElement('span');
        t.className = 'suggestion-title';
        t.appendChild(S.highlight(h.doc.t, res.words));
        var k = document.createElement('span');
        k.className = 'suggestion-kind';
        k.textContent = h.doc.kl || '';
        li.appendChild(t);
        li.appendChild(k);
      });
    });
    // Last option: the full search page, also when nothing was found here.
    addOption(top.length, S.searchPageHref(root, query), function (li) {
      li.textContent = S.str('search-all', { q: query });
    }, 'suggestion-all');
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    // While shards of a large index are still coming, no hit yet is not "nothing found".
    status.textContent = res.hits.length
      ? S.str('search-suggestions', { n: top.length })
      : res.partial ? S.str('search-loading') : S.str('search-none', { q: query });
  }

  function schedule() {
    clearTimeout(timer);
    timer = setTimeout(function () { load(render); }, 120);
  }

  input.addEventListener('focus', function () { load(function () {}); });
  input.addEventListener('input', schedule);

  input.addEventListener('keydown', function (ev) {
    var open = !list.hidden;
    if (ev.key === 'ArrowDown' || ev.key === 'Down') {
      ev.preventDefault();
      if (!open) { load(render); return; }
      setActive(active + 1);
    } else if (ev.key === 'ArrowUp' || ev.key === 'Up') {
      if (!open) return;
      ev.preventDefault();
      setActive(active - 1);
    } else if (ev.key === 'Enter') {
      // With an option chosen, open it; otherwise the form submits to the search page.
      if (open && active >= 0) {
        ev.preventDefault();
        window.location.href = options[active].href;
      }
    } else if (ev.key === 'Escape' || ev.key === 'Esc') {
      if (open) { ev.preventDefault(); close(); }
    }
  });

  // mousedown would blur the input and close the list before the click lands.
  list.addEventListener('mousedown', function (ev) { ev.preventDefault(); });
  list.addEventListener('click', function (ev) {
    var li = ev.target.closest('[role="option"]');
    if (!li) return;
    var opt = options.filter(function (o) { return o.el === li; })[0];
    if (opt) window.location.href = opt.href;
  });

  form.addEventListener('focusout', function (ev) {
    if (!form.contains(ev.relatedTarget)) close();
  });

  // "/" and Ctrl+K (Cmd+K) focus search from anywhere on the page: the search page's own
  // box when there is one, else this box. "/" is left alone while typing in a field.
  function typingIn(el) {
    if (!el || el === document.body) return false;
    var tag = el.tagName;
    if (el.isContentEditable || tag === 'TEXTAREA' || tag === 'SELECT') return true;
    return tag === 'INPUT' && !/^(checkbox|radio|button|submit|reset|range|color|file)$/i.test(el.type);
  }
  document.addEventListener('keydown', function (ev) {
    var slash = ev.key === '/' && !ev.ctrlKey && !ev.metaKey && !ev.altKey;
    var ctrlK = (ev.key === 'k' || ev.key === 'K') && (ev.ctrlKey || ev.metaKey) && !ev.altKey;
    if (!slash && !ctrlK) return;
    if (slash && typingIn(document.activeElement)) return;
    var target = document.getElementById('zoekterm') || input;
    ev.preventDefault();
    target.focus();
    target.select();
  });
})();
