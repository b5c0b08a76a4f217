'use strict';
// "Welk netwerk of welke werkvorm past bij mij?": scores the network types and practices of
// window.leernetMatcher (generated from the content) against the answers in the form, shows
// them with the reasons, announces the count and keeps the answers in the address (?a=...).
// It holds no answers itself: every value it compares comes from the data script, every word
// it shows from the page's data-* attributes.
(function () {
  const data = window.leernetMatcher;
  const form = document.querySelector('[data-matcher-form]');
  const results = document.querySelector('[data-matcher-results]');
  if (!data || !form || !results) return;
  const status = document.querySelector('[data-matcher-status]');
  const typesList = results.querySelector('[data-matcher-types]');
  const practicesList = results.querySelector('[data-matcher-practices]');
  const answersBox = results.querySelector('[data-matcher-answers]');
  const words = results.dataset;
  const questions = new Map(data.questions.map((q) => [q.kenmerk, q]));
  const typeBySlug = new Map(data.types.map((t) => [t.slug, t]));

  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, (m, k) => (k in values ? values[k] : m));
  }
  function count(n, one, many) { return n + ' ' + (n === 1 ? one : many); }
  function poolText(q, pool) { return pool === 'a' ? q.a : q.b; }

  // ?a=schaal.b_looptijd.a: kenmerk slug, dot, pole. Unknown kenmerken and poles are ignored.
  function readAnswers(search) {
    const params = new URLSearchParams(search);
    const answers = {};
    const packed = params.get('a');
    if (packed !== null) {
      for (const part of packed.split('_')) {
        const [k, v] = part.split('.');
        if (questions.has(k) && (v === 'a' || v === 'b')) answers[k] = v;
      }
    } else {
      // A form submitted without script support: ?schaal=b&looptijd=a.
      for (const k of questions.keys()) {
        const v = params.get(k);
        if (v === 'a' || v === 'b') answers[k] = v;
      }
    }
    return answers;
  }
  function formAnswers() {
    const answers = {};
    for (const k of questions.keys()) {
      const checked = form.querySelector('input[name="' + k + '"]:checked');
      if (checked && (checked.value === 'a' || checked.value === 'b')) answers[k] = checked.value;
    }
    return answers;
  }
  function setForm(answers) {
    for (const k of questions.keys()) {
      const want = answers[k] || '';
      for (const input of form.querySelectorAll('input[name="' + k + '"]')) input.checked = input.value === want;
    }
  }

  // An exact pole weighs 2, a value on both poles 1, a contrary pole -2.
  function score(candidate, answers) {
    const out = { score: 0, matches: [], conflicts: [] };
    for (const v of candidate.values) {
      const answer = answers[v.kenmerk];
      if (!answer) continue;
      if (v.pool.includes(answer)) {
        out.score += v.pool.length === 1 ? 2 : 1;
        out.matches.push(v);
      } else {
        out.score -= 2;
        out.conflicts.push(v);
      }
    }
    return out;
  }

  function reasonItem(text, editorial, cls) {
    const li = document.createElement('li');
    li.textContent = editorial ? text + ' ' + words.editorial : text;
    if (cls) li.className = cls;
    return li;
  }

  function resultItem(c, r, nAnswers, isType, suits) {
    const li = document.createElement('li');
    li.className = 'matcher-result';
    const h = document.createElement('h4');
    const a = document.createElement('a');
    a.href = '../' + c.href;
    a.textContent = c.title;
    h.appendChild(a);
    li.appendChild(h);
    const why = document.createElement('ul');
    why.className = 'matcher-why';
    for (const v of r.matches) {
      const q = questions.get(v.kenmerk);
      const vars = { answer: poolText(q, answers[v.kenmerk]), kenmerk: q.title, pool: poolText(q, v.pool),
        a: q.a, b: q.b, what: 'type' };
      let text = fill(words.chose, vars) + ' ';
      if (v.pool.length > 1) text += fill(words.both, vars);
      else text += fill(isType ? words.exact : words.exactPractice, vars);
      if (v.why) text += ' ' + v.why;
      why.appendChild(reasonItem(text, v.editorial));
    }
    for (const t of suits) {
      why.appendChild(reasonItem(fill(words.suits, { type: t.title }), c.typesEditorial));
    }
    for (const v of r.conflicts) {
      const q = questions.get(v.kenmerk);
      const text = fill(words.conflict, { kenmerk: q.title, answer: poolText(q, answers[v.kenmerk]),
        pool: v.pool.length > 1 ? q.a + ' / ' + q.b : poolText(q, v.pool) });
      why.appendChild(reasonItem(v.why ? text + ' ' + v.why : text, v.editorial, 'matcher-conflict'));
    }
    li.appendChild(why);
    return li;
  }

  let answers = {};

  function emptyItem(what) {
    const li = document.createElement('li');
    li.className = 'matcher-empty';
    li.textContent = fill(words.noneOfKind, { what });
    return li;
  }

  function render() {
    const n = Object.keys(answers).length;
    const types = data.types.map((c) => ({ c, r: score(c, answers) })).filter((x) => x.r.score > 0);
    types.sort((x, y) => y.r.score - x.r.score);
    const fitting = new Set(types.map((x) => x.c.slug));
    const practices = data.practices.map((c) => {
      const r = score(c, answers);
      const suits = c.types.filter((s) => fitting.has(s)).map((s) => typeBySlug.get(s));
      if (suits.length) r.score += 2;
      return { c, r, suits };
    }).filter((x) => x.r.score > 0);
    practices.sort((x, y) => y.r.score - x.r.score);

    typesList.replaceChildren(...types.map((x) => resultItem(x.c, x.r, n, true, [])));
    practicesList.replaceChildren(...practices.map((x) => resultItem(x.c, x.r, n, false, x.suits)));
    if (n && !types.length) typesList.appendChild(emptyItem(words.typesMany));
    if (n && !practices.length) practicesList.appendChild(emptyItem(words.practicesMany));

    // What was asked and answered, for print and for a shared link.
    answersBox.replaceChildren();
    if (n) {
      const h = document.createElement('h3');
      h.textContent = words.yourAnswers;
      const dl = document.createElement('dl');
      for (const [k, v] of Object.entries(answers)) {
        const q = questions.get(k);
        const dt = document.createElement('dt');
        dt.textContent = q.title;
        const dd = document.createElement('dd');
        dd.textContent = poolText(q, v);
        dl.append(dt, dd);
      }
      answersBox.append(h, dl);
    }
    results.hidden = n === 0;
    if (!n) status.textContent = words.noneAnswered;
    else if (!types.length && !practices.length) status.textContent = words.nothing;
    else {
      status.textContent = fill(words.status, {
        types: count(types.length, words.typesOne, words.typesMany),
        practices: count(practices.length, words.practicesOne, words.practicesMany),
        answers: count(n, words.answersOne, words.answersMany),
      });
    }
  }

  function keepInAddress() {
    const parts = Object.entries(answers).map(([k, v]) => k + '.' + v);
    const url = new URL(window.location.href);
    url.search = '';
    if (parts.length) url.searchParams.set('a', parts.join('_'));
    try {
      window.history.replaceState(null, '', url.href);
    } catch (e) {
      // Some browsers refuse to change a file:// address; the results still show.
    }
  }

  function update() {
    answers = formAnswers();
    render();
    keepInAddress();
  }

  form.addEventListener('change', update);
  form.addEventListener('submit', (e) => { e.preventDefault(); update(); });
  form.addEventListener('reset', () => { window.setTimeout(update, 0); });
  form.querySelector('[data-matcher-actions]').hidden = false;
  answers = readAnswers(window.location.search);
  setForm(answers);
  render();
})();
