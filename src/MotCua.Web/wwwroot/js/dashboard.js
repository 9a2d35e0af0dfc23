// Leader dashboard charts. Each chart is drawn from the accessible table under it (the single source of the
// figures); a click on a bar opens the drill-down list of the row's resolved dossiers (the link in its third cell).
(function () {
  'use strict';

  function rowsOf(table) {
    return Array.prototype.map.call(table.tBodies[0].rows, function (tr) {
      var received = tr.querySelector('[data-received]');
      var rate = tr.querySelector('[data-rate]');
      var resolved = tr.cells[2] && tr.cells[2].querySelector('a');
      return {
        label: tr.cells[0].textContent.trim(),
        received: received ? Number(received.getAttribute('data-received')) : 0,
        rate: rate && rate.getAttribute('data-rate') !== '' ? Number(rate.getAttribute('data-rate')) : null,
        href: resolved ? resolved.getAttribute('href') : null
      };
    });
  }

  function draw(canvas) {
    var table = document.getElementById(canvas.getAttribute('data-table'));
    if (!table || typeof window.Chart === 'undefined') {
      return;
    }

    var rows = rowsOf(table);
    var monthly = canvas.getAttribute('data-chart') === 'month';
    if (!monthly) {
      rows = rows.slice(0, 15);
    }

    var open = function (event, elements) {
      if (elements.length > 0 && rows[elements[0].index].href) {
        window.location.href = rows[elements[0].index].href;
      }
    };
    var labels = rows.map(function (r) { return r.label; });
    var config = monthly
      ? {
          data: {
            labels: labels,
            datasets: [
              { type: 'bar', label: 'Hồ sơ tiếp nhận', data: rows.map(function (r) { return r.received; }), backgroundColor: '#0d6efd', yAxisID: 'y' },
              { type: 'line', label: 'Tỷ lệ đúng hạn (%)', data: rows.map(function (r) { return r.rate; }), borderColor: '#198754', backgroundColor: '#198754', yAxisID: 'rate' }
            ]
          },
          options: {
            maintainAspectRatio: false,
            onClick: open,
            scales: { y: { beginAtZero: true, position: 'left' }, rate: { min: 0, max: 100, position: 'right', grid: { drawOnChartArea: false } } }
          }
        }
      : {
          type: 'bar',
          data: {
            labels: labels,
            datasets: [{ label: 'Tỷ lệ đúng hạn (%)', data: rows.map(function (r) { return r.rate; }), backgroundColor: '#198754' }]
          },
          options: { indexAxis: 'y', maintainAspectRatio: false, onClick: open, scales: { x: { min: 0, max: 100 } } }
        };
    canvas.parentElement.classList.add(monthly ? 'chart-box-month' : 'chart-box-rank');
    new window.Chart(canvas, config);
  }

  document.addEventListener('DOMContentLoaded', function () {
    Array.prototype.forEach.call(document.querySelectorAll('canvas[data-chart]'), draw);
  });
})();
