// Leadflow UI helpers, served by the app (no CDN). Leadflow.fetch adds the session's CSRF token.
(function () {
  function csrfToken() {
    const meta = document.querySelector('meta[name="csrf-token"]');
    return meta ? meta.content : null;
  }

  async function leadflowFetch(url, options) {
    const opts = Object.assign({ credentials: 'same-origin' }, options || {});
    opts.headers = Object.assign({ Accept: 'application/json' }, opts.headers || {});
    const method = (opts.method || 'GET').toUpperCase();
    if (method !== 'GET' && method !== 'HEAD') {
      opts.headers['X-CSRF-Token'] = csrfToken();
      if (opts.body && typeof opts.body === 'object' && !(opts.body instanceof FormData)) {
        opts.headers['Content-Type'] = 'application/json';
        opts.body = JSON.stringify(opts.body);
      }
    }
    return fetch(url, opts);
  }

  // <input type="checkbox" data-select-all="leadIds"> toggles every checkbox named leadIds
  document.addEventListener('change', function (event) {
    const name = event.target.getAttribute && event.target.getAttribute('data-select-all');
    if (name) {
      document.querySelectorAll('input[type=checkbox][name="' + name + '"]')
        .forEach(function (box) { box.checked = event.target.checked; });
    }
  });

  window.Leadflow = { fetch: leadflowFetch, csrfToken: csrfToken };
})();
