// Upload page (progressive enhancement): while the server imports the posted file, the page asks every
// second how far it is (rows read, checked, written; reading time left) and shows it in a progress
// element. Without JavaScript the form simply posts and the result page follows.
(function () {
  'use strict';
  if (!window.fetch) return;
  var formulieren = document.querySelectorAll('form[data-voortgang]');
  Array.prototype.forEach.call(formulieren, function (form) {
    form.addEventListener('submit', function () {
      var id = form.querySelector('input[name="voortgang"]').value;
      var vak = form.querySelector('.am-voortgang');
      var balk = vak.querySelector('progress');
      var tekst = vak.querySelector('.am-voortgang__tekst');
      vak.hidden = false;
      function vraag() {
        fetch(form.getAttribute('data-voortgang') + encodeURIComponent(id), { headers: { accept: 'application/json' }, credentials: 'same-origin' })
          .then(function (r) { return r.ok ? r.json() : null; })
          .then(function (v) {
            if (v) {
              tekst.textContent = v.tekst;
              if (v.aandeel === null) balk.removeAttribute('value');
              else balk.value = v.aandeel;
            }
          })
          .catch(function () {})
          .then(function () { setTimeout(vraag, 1000); });
      }
      setTimeout(vraag, 500);
    });
  });
})();
