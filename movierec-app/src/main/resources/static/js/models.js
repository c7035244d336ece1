// The models page's charts: hold-out metrics of the served models side by side, drawn with Chart.js from
// GET /api/models; drawn again when the polled table shows that the background jobs have finished.
(function () {
  function css(name) { return getComputedStyle(document.documentElement).getPropertyValue(name).trim(); }
  var palette = ['#b26a00', '#2f6fb3', '#2e8b57', '#8a4fbf', '#c0392b', '#555'];
  var charts = [];
  function draw() {
    fetch('/api/models').then(function (r) { return r.json(); }).then(function (models) {
      charts.forEach(function (c) { c.destroy(); });
      charts = [];
      var measured = models.filter(function (m) { return Object.keys(m.metrics).length > 0; });
      if (measured.length === 0) { return; }
      Chart.defaults.color = css('--fg') || '#333';
      Chart.defaults.borderColor = css('--line') || '#ddd';
      function chart(id, keys) {
        var canvas = document.getElementById(id);
        var present = keys.filter(function (k) { return measured.some(function (m) { return k in m.metrics; }); });
        if (!canvas || present.length === 0) { return; }
        canvas.hidden = false;
        charts.push(new Chart(canvas, {
          type: 'bar',
          data: {
            labels: present,
            datasets: measured.map(function (m, i) {
              return { label: m.algorithm, backgroundColor: palette[i % palette.length],
                data: present.map(function (k) { return k in m.metrics ? m.metrics[k] : null; }) };
            })
          },
          options: { responsive: true }
        }));
      }
      chart('chart-ranking', ['ndcg@10', 'precision@10', 'recall@10', 'hitRate@10']);
      chart('chart-rating', ['rmse', 'mae']);
    });
  }
  draw();
  document.addEventListener('movierec:theme', draw);
  document.addEventListener('htmx:afterSwap', function (event) {
    var table = document.querySelector('main table');
    if (table && table.getAttribute('hx-trigger') === 'none') { draw(); }
  });
})();
