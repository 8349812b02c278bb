// Client island: turns the server-rendered chart (SVG) into an interactive ECharts chart.
// Reads the option JSON from <script type="application/json" class="am-grafiek-optie"> inside
// [data-grafiek] (no inline scripts: CSP), adds Dutch number formatting, and redraws on resize.
// Without JavaScript the SVG and the table stay as they are.
(function () {
  'use strict';
  if (typeof window.echarts === 'undefined') return;
  var getal = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 });
  var maandJaar = new Intl.DateTimeFormat('nl-NL', { month: 'short', year: 'numeric', timeZone: 'Europe/Amsterdam' });
  function opmaak(v) {
    return typeof v === 'number' ? getal.format(v) : v === null || v === undefined || v === '-' ? '–' : String(v);
  }
  function alsLijst(x) {
    return Array.isArray(x) ? x : x ? [x] : [];
  }
  function metNederlandseOpmaak(o) {
    ['xAxis', 'yAxis'].forEach(function (k) {
      alsLijst(o[k]).forEach(function (as) {
        if (as.type === 'value') {
          as.axisLabel = as.axisLabel || {};
          if (!as.axisLabel.formatter) as.axisLabel.formatter = function (v) { return getal.format(v); };
        }
        if (as.type === 'time') {
          // the same Dutch month labels as the server (platform/web/grafiek.ts, metNederlandseOpmaak)
          as.axisLabel = as.axisLabel || {};
          if (!as.axisLabel.formatter) as.axisLabel.formatter = function (v) { return maandJaar.format(new Date(v)).replace('.', ''); };
        }
      });
    });
    o.tooltip = alsLijst(o.tooltip).map(function (t) {
      if (!t.valueFormatter) t.valueFormatter = opmaak;
      return t;
    });
    return o;
  }
  var grafieken = [];
  document.querySelectorAll('[data-grafiek]').forEach(function (blok) {
    var bron = blok.querySelector('script.am-grafiek-optie');
    var doel = blok.querySelector('.am-grafiek__teken');
    if (!bron || !doel) return;
    var optie;
    try {
      optie = JSON.parse(bron.textContent || '{}');
    } catch (e) {
      return;
    }
    var hoogte = doel.getBoundingClientRect().height || 360;
    doel.style.height = hoogte + 'px';
    doel.innerHTML = '';
    var g = window.echarts.init(doel, null, { renderer: 'svg', locale: 'EN' });
    g.setOption(metNederlandseOpmaak(optie));
    grafieken.push(g);
  });
  var wacht;
  window.addEventListener('resize', function () {
    clearTimeout(wacht);
    wacht = setTimeout(function () {
      grafieken.forEach(function (g) { g.resize(); });
    }, 150);
  });
})();
