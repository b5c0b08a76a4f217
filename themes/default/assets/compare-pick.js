/* The compare choice on the finder page (a form with data-compare-pick): at most three boxes
 * ticked, the number chosen said in the bar, which sticks to the screen once one is chosen.
 * Without JavaScript the form still submits the ticked networks to the compare view. */
(function () {
  'use strict';

  var MAX = 3;

  function pickPage(form) {
    var status = form.querySelector('[data-compare-status]');
    var bar = form.querySelector('[data-compare-bar]');
    var boxes = Array.prototype.slice.call(form.querySelectorAll('input[name="n"]'));
    function update(changed) {
      var ticked = boxes.filter(function (b) { return b.checked; });
      if (ticked.length > MAX && changed) {
        changed.checked = false;
        status.textContent = status.getAttribute('data-max');
        return;
      }
      // The bar follows the reader down the list only once a network is chosen.
      if (bar) bar.classList.toggle('is-active', ticked.length > 0);
      status.textContent = ticked.length ?
        status.getAttribute('data-some').replace('{n}', ticked.length) : status.getAttribute('data-none');
    }
    form.addEventListener('change', function (e) { update(e.target); });
    form.addEventListener('submit', function (e) {
      // Hidden (filtered out) boxes stay ticked; they are compared too, as chosen.
      if (!boxes.some(function (b) { return b.checked; })) {
        e.preventDefault();
        status.textContent = status.getAttribute('data-none');
      }
    });
    update(null);
  }

  var pick = document.querySelector('[data-compare-pick]');
  if (pick) pickPage(pick);
})();
