// Imports page: upload → preview with row errors → run → progress until done (polls GET /api/imports/{id}).
(function () {
  const $ = (id) => document.getElementById(id);
  let current = null;
  let polling = null;

  function text(id, value) { $(id).textContent = value; }

  function showProblem(message) {
    const box = $('import-problem');
    box.textContent = message;
    box.hidden = !message;
  }

  function row(cells) {
    const tr = document.createElement('tr');
    cells.forEach(function (cell) {
      const td = document.createElement('td');
      td.textContent = cell == null ? '' : String(cell);
      tr.appendChild(td);
    });
    return tr;
  }

  function render(imp) {
    current = imp;
    $('import-current').hidden = false;
    text('import-name', imp.fileName);
    text('import-status', imp.status);
    ['total', 'valid', 'invalid', 'created', 'merged', 'rejected', 'processed', 'percent'].forEach(function (k) {
      text('import-' + k, k === 'percent' ? imp.percent + '%' : imp[k]);
    });
    text('import-of', imp.total);
    $('import-bar').style.width = imp.percent + '%';
    $('import-bar').classList.toggle('success', imp.status === 'DONE');
    $('import-run').hidden = imp.status !== 'PREVIEW';
    const done = imp.status === 'DONE';
    $('import-rejected-csv').hidden = !(done && imp.rejected > 0);
    $('import-rejected-csv').href = '/api/imports/' + imp.id + '/rejected.csv';
    $('import-leads').hidden = !(done && imp.created + imp.merged > 0);
    $('import-leads').href = '/leads?importId=' + encodeURIComponent(imp.id);
    const notes = $('import-notes');
    notes.replaceChildren();
    (imp.notes || []).forEach(function (note) { const li = document.createElement('li'); li.textContent = note; notes.appendChild(li); });
    const errors = $('import-errors').querySelector('tbody');
    errors.replaceChildren();
    (imp.errors || []).forEach(function (e) { errors.appendChild(row([e.line, e.email, e.reason])); });
    if (!imp.errors || imp.errors.length === 0) { errors.appendChild(row(['', '', 'No errors.'])); }
    renderPreview(imp);
  }

  function renderPreview(imp) {
    const fields = Array.from(new Set(Object.values(imp.columns || {})));
    const head = $('import-preview').querySelector('thead');
    head.replaceChildren(row(['Line'].concat(fields).concat(['Problems'])));
    head.querySelectorAll('td').forEach(function (td) { td.outerHTML = '<th>' + td.innerHTML + '</th>'; });
    const body = $('import-preview').querySelector('tbody');
    body.replaceChildren();
    (imp.preview || []).forEach(function (p) {
      const tr = row([p.line].concat(fields.map(function (f) { return p.values[f]; })).concat([p.errors.join('; ')]));
      if (p.errors.length) { tr.classList.add('row-error'); }
      body.appendChild(tr);
    });
  }

  async function load(id) {
    const response = await Leadflow.fetch('/api/imports/' + encodeURIComponent(id));
    if (response.ok) { render(await response.json()); }
    return current;
  }

  function poll() {
    clearInterval(polling);
    polling = setInterval(async function () {
      const imp = await load(current.id);
      if (imp.status === 'DONE') { clearInterval(polling); }
    }, 500);
  }

  async function upload() {
    showProblem('');
    const file = $('import-file').files[0];
    if (!file) { showProblem('Choose a CSV file first.'); return; }
    const data = new FormData();
    data.append('file', file);
    if ($('import-campaign').value) { data.append('campaign', $('import-campaign').value); }
    if ($('import-source').value) { data.append('source', $('import-source').value); }
    const response = await Leadflow.fetch('/api/imports', { method: 'POST', body: data });
    const body = await response.json().catch(function () { return {}; });
    if (!response.ok) { showProblem(body.detail || ('Upload failed (' + response.status + ')')); return; }
    history.replaceState(null, '', '/imports/' + body.id);
    render(body);
  }

  async function run() {
    $('import-run').hidden = true;
    const response = await Leadflow.fetch('/api/imports/' + current.id + '/start', { method: 'POST' });
    if (!response.ok) { showProblem('Could not start the import (' + response.status + ')'); return; }
    render(await response.json());
    poll();
  }

  document.addEventListener('DOMContentLoaded', function () {
    $('import-form').addEventListener('submit', upload);
    $('import-run').addEventListener('click', run);
    const id = $('import-current').getAttribute('data-import-id');
    if (id) {
      load(id).then(function (imp) { if (imp && imp.status === 'RUNNING') { poll(); } });
    }
  });
})();
