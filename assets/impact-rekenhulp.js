// Live update of the fte calculator (progressive enhancement): the form already works without
// JavaScript by posting. Here every change posts the same form in the background and the outcome
// (per measure, per cluster, totals, band) is taken from the server's answer, so the rules stay on
// the server (src/domein/impact.ts). The percentage field shows only when "Percentage" is chosen.
(function () {
  'use strict';
  var form = document.getElementById('rekenhulp');
  if (!form || !window.fetch || !window.DOMParser) return;

  function togglePct(select) {
    var label = select.parentNode.querySelector('.am-pct');
    if (label) label.hidden = select.value !== 'pct';
  }
  var selects = form.querySelectorAll('select[name^="inv_"]');
  for (var i = 0; i < selects.length; i++) togglePct(selects[i]);

  var timer = null;
  var volgnummer = 0;
  function werkBij() {
    var mijn = ++volgnummer;
    var data = new URLSearchParams(new FormData(form));
    fetch(form.getAttribute('action'), {
      method: 'POST',
      body: data,
      credentials: 'same-origin',
      headers: { accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' },
    })
      .then(function (r) { return r.ok ? r.text() : null; })
      .then(function (html) {
        if (!html || mijn !== volgnummer) return;
        var doc = new DOMParser().parseFromString(html, 'text/html');
        var nieuw = doc.getElementById('uitkomst');
        var oud = document.getElementById('uitkomst');
        if (nieuw && oud) oud.replaceWith(nieuw);
        var cellen = doc.querySelectorAll('[data-rij]');
        for (var j = 0; j < cellen.length; j++) {
          var hier = document.querySelector('[data-rij="' + cellen[j].getAttribute('data-rij') + '"]');
          if (hier) hier.textContent = cellen[j].textContent;
        }
      })
      .catch(function () { /* the submit button still works */ });
  }
  function bijWijziging(e) {
    var t = e.target;
    if (!t || !t.name || !(t.name.indexOf('inv_') === 0 || t.name.indexOf('pct_') === 0)) return;
    if (t.tagName === 'SELECT') togglePct(t);
    clearTimeout(timer);
    timer = setTimeout(werkBij, 250);
  }
  form.addEventListener('change', bijWijziging);
  form.addEventListener('input', bijWijziging);
})();
