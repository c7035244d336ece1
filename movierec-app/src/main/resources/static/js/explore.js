// The explore page's charts, drawn with Chart.js from GET /api/stats (again in the other colours when the theme changes).
(function () {
  var charts = [];
  function css(name) { return getComputedStyle(document.documentElement).getPropertyValue(name).trim(); }
  function bar(id, labels, data, options) {
    var color = css('--star') || '#b26a00';
    Chart.defaults.color = css('--fg') || '#333';
    Chart.defaults.borderColor = css('--line') || '#ddd';
    charts.push(new Chart(document.getElementById(id), {
      type: 'bar',
      data: { labels: labels, datasets: [{ label: options.label, data: data, backgroundColor: color }] },
      options: Object.assign({ responsive: true, plugins: { legend: { display: false } } }, options.chart || {})
    }));
  }
  function logY(title) {
    return { scales: { y: { type: 'logarithmic', title: { display: true, text: title } } } };
  }
  function draw(s) {
    charts.forEach(function (c) { c.destroy(); });
    charts = [];
    var values = s.ratingBins.map(function (_, i) { return ((i + 1) / 2).toString(); });
    bar('chart-ratings', values, s.ratingBins, { label: 'ratings' });
    function binLabel(b) { return b.low === b.high ? String(b.low) : b.low + '–' + b.high; }
    bar('chart-users', s.ratingsPerUser.map(binLabel), s.ratingsPerUser.map(function (b) { return b.count; }),
      { label: 'users', chart: logY('users') });
    bar('chart-movies', s.ratingsPerMovie.map(binLabel), s.ratingsPerMovie.map(function (b) { return b.count; }),
      { label: 'movies', chart: logY('movies') });
    var genres = Object.keys(s.genreRatings).sort(function (a, b) { return s.genreRatings[b] - s.genreRatings[a]; });
    bar('chart-genres', genres, genres.map(function (g) { return s.genreRatings[g]; }),
      { label: 'ratings', chart: { indexAxis: 'y', maintainAspectRatio: false, scales: { y: { ticks: { autoSkip: false } } } } });
    var years = Object.keys(s.ratingsPerYear);
    bar('chart-years', years, years.map(function (y) { return s.ratingsPerYear[y]; }), { label: 'ratings' });
  }
  fetch('/api/stats').then(function (r) { return r.json(); }).then(function (s) {
    draw(s);
    document.addEventListener('movierec:theme', function () { draw(s); });
  });
})();
