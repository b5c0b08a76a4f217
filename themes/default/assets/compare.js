/* The compare view (vergelijk/). The choice comes from the finder page (compare-pick.js)
 * or a shared link as ?n=a&n=b; it sets the three choices to it and draws a table with one
 * column per network and one row per fact, from window.leernetCompare (loaded by a
 * <script> tag, so it works from file://). Every change of a choice redraws the table and
 * updates the address, so a comparison can be bookmarked or shared. */
(function () {
  'use strict';

  function text(tag, content, cls) {
    var el = document.createElement(tag);
    if (content) el.textContent = content;
    if (cls) el.className = cls;
    return el;
  }

  function comparePage(form) {
    var data = window.leernetCompare;
    var table = document.querySelector('[data-compare-table]');
    var status = document.querySelector('[data-compare-status]');
    if (!data || !table) return;
    // Links in the data are relative to the site root; this page is one folder deep.
    var root = '../';
    var bySlug = {};
    data.entries.forEach(function (e) { bySlug[e.slug] = e; });
    var selects = Array.prototype.slice.call(form.querySelectorAll('select[name="n"]'));

    function chosen() {
      var seen = {};
      return selects.map(function (s) { return s.value; }).filter(function (slug) {
        if (!slug || !bySlug[slug] || seen[slug]) return false;
        seen[slug] = true;
        return true;
      }).map(function (slug) { return bySlug[slug]; });
    }

    function cell(values) {
      var td = document.createElement('td');
      if (!values.length) {
        td.appendChild(text('span', '\u2013', 'compare-empty'));
        return td;
      }
      var ul = text('ul', '', 'values');
      values.forEach(function (v) {
        var li = document.createElement('li');
        if (v[1]) {
          var a = text('a', v[0]);
          a.href = /^[a-z]+:/i.test(v[1]) ? v[1] : root + v[1];
          li.appendChild(a);
        } else {
          li.textContent = v[0];
        }
        ul.appendChild(li);
      });
      td.appendChild(ul);
      return td;
    }

    function draw() {
      var entries = chosen();
      table.textContent = '';
      if (!entries.length) {
        status.textContent = status.getAttribute('data-empty');
        return;
      }
      status.textContent = entries.map(function (e) { return e.title; }).join(' \u2013 ');
      var t = text('table', '', 'compare-table');
      var head = document.createElement('thead');
      var tr = document.createElement('tr');
      tr.appendChild(text('td'));
      entries.forEach(function (e) {
        var th = text('th');
        th.scope = 'col';
        var a = text('a', e.title);
        a.href = root + e.href;
        th.appendChild(a);
        tr.appendChild(th);
      });
      head.appendChild(tr);
      t.appendChild(head);
      var body = document.createElement('tbody');
      data.rows.forEach(function (label, r) {
        // A fact none of the chosen networks has is left out.
        if (!entries.some(function (e) { return e.cells[r].length; })) return;
        var row = document.createElement('tr');
        var th = text('th', label);
        th.scope = 'row';
        row.appendChild(th);
        entries.forEach(function (e) {
          var td = cell(e.cells[r]);
          td.setAttribute('data-label', e.title);  // shown above the value on a phone
          row.appendChild(td);
        });
        body.appendChild(row);
      });
      t.appendChild(body);
      table.appendChild(t);
    }

    function writeAddress() {
      var query = chosen().map(function (e) { return 'n=' + encodeURIComponent(e.slug); }).join('&');
      var url = window.location.pathname + (query ? '?' + query : '') + window.location.hash;
      try { window.history.replaceState(null, '', url); } catch (e) { /* file:// may refuse */ }
    }

    var wanted = [];
    window.location.search.replace(/^\?/, '').split('&').forEach(function (pair) {
      var i = pair.indexOf('=');
      if (i < 1 || pair.slice(0, i) !== 'n') return;
      try { wanted.push(decodeURIComponent(pair.slice(i + 1).replace(/\+/g, ' '))); } catch (e) { /* skip */ }
    });
    wanted = wanted.filter(function (slug) { return bySlug[slug]; }).slice(0, selects.length);
    wanted.forEach(function (slug, k) { selects[k].value = slug; });
    form.hidden = false;
    form.addEventListener('change', function () { draw(); writeAddress(); });
    form.addEventListener('submit', function (e) { e.preventDefault(); });
    draw();
  }

  var form = document.querySelector('[data-compare-form]');
  if (form) comparePage(form);
})();
