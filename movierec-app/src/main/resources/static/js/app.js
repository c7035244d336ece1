// movierec: CSRF header on htmx requests, the light/dark toggle (remembered in localStorage), failed posters.
(function () {
  var stored = localStorage.getItem('movierec-theme');
  if (stored) document.documentElement.setAttribute('data-theme', stored);
  document.addEventListener('htmx:configRequest', function (event) {
    var header = document.querySelector('meta[name="csrf-header"]');
    var token = document.querySelector('meta[name="csrf-token"]');
    if (header && token) event.detail.headers[header.content] = token.content;
  });
  document.addEventListener('DOMContentLoaded', function () {
    var toggle = document.querySelector('.theme-toggle');
    if (!toggle) return;
    toggle.addEventListener('click', function () {
      var dark = document.documentElement.getAttribute('data-theme') === 'dark'
        || (!document.documentElement.getAttribute('data-theme') && matchMedia('(prefers-color-scheme: dark)').matches);
      var next = dark ? 'light' : 'dark';
      document.documentElement.setAttribute('data-theme', next);
      localStorage.setItem('movierec-theme', next);
      document.dispatchEvent(new Event('movierec:theme'));
    });
  });
  // A real poster that cannot be loaded leaves the generated poster under it visible.
  document.addEventListener('error', function (event) {
    if (event.target.classList && event.target.classList.contains('poster-image')) event.target.classList.add('failed');
  }, true);
  // Search results: arrow keys move between the search box and the results, Escape closes them.
  document.addEventListener('keydown', function (event) {
    var box = document.getElementById('site-search');
    var links = Array.prototype.slice.call(document.querySelectorAll('#search-results a'));
    var at = links.indexOf(document.activeElement);
    if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && (document.activeElement === box || at >= 0) && links.length > 0) {
      event.preventDefault();
      var next = event.key === 'ArrowDown' ? at + 1 : at - 1;
      (next < 0 ? box : links[Math.min(next, links.length - 1)]).focus();
      return;
    }
    if (event.key === 'Escape') {
      if (at >= 0 && box) box.focus();
      var results = document.getElementById('search-results');
      if (results) results.innerHTML = '';
    }
  });
})();
