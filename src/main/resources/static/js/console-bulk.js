// Lead list: send the selected leads (or all matching the filter) into a sequence, after a confirm step.
(function () {
  const $ = (id) => document.getElementById(id);
  const form = () => $('lead-bulk-form');

  function selectedIds() {
    return Array.from(document.querySelectorAll('input[type=checkbox][name=leadIds][form=lead-bulk-form]:checked'))
      .map(function (box) { return box.value; });
  }

  function request() {
    const f = form();
    const body = { sequence: f.elements.sequence.value };
    if (f.elements.scope.value === 'all') {
      const filter = {};
      ['stage', 'buyingStage', 'grade', 'minScore', 'maxScore', 'campaign', 'source', 'q', 'importId'].forEach(function (k) {
        const v = f.elements[k].value;
        if (v) { filter[k] = v; }
      });
      body.filter = filter;
    } else {
      body.leadIds = selectedIds();
    }
    return body;
  }

  function result(text) {
    $('bulk-result').textContent = text;
    $('bulk-result').hidden = false;
  }

  function describe(r) {
    const skipped = Object.entries(r.skippedBecause || {}).map(function (e) { return e[1] + ' ' + e[0].toLowerCase().replace(/_/g, ' '); });
    return 'Enrolled ' + r.enrolled + ' lead(s) into ' + r.sequence + (skipped.length ? '; skipped: ' + skipped.join(', ') : '') + '.';
  }

  function follow(job) {
    $('bulk-progress').hidden = false;
    const timer = setInterval(async function () {
      const response = await Leadflow.fetch('/api/enrollments/' + job.id);
      const j = await response.json();
      $('bulk-bar').style.width = j.percent + '%';
      $('bulk-progress-text').textContent = j.processed + ' of ' + j.total + ' · ' + j.percent + '%';
      if (j.status === 'DONE') {
        clearInterval(timer);
        $('bulk-bar').classList.add('success');
        result('Enrolled ' + j.enrolled + ' of ' + j.total + ' lead(s) into ' + j.sequence + '; ' + j.alreadyEnrolled +
          ' already in it, ' + j.notInNurture + ' not in nurture.');
      }
    }, 700);
  }

  async function confirmAndSend() {
    const body = request();
    if (body.leadIds && body.leadIds.length === 0) { result('Select leads first, or choose "All matching".'); return; }
    const previewResponse = await Leadflow.fetch('/api/enrollments/preview', { method: 'POST', body: body });
    const preview = await previewResponse.json();
    if (!previewResponse.ok) { result(preview.detail || 'Cannot enroll.'); return; }
    $('bulk-confirm-count').textContent = preview.selected;
    $('bulk-confirm-sequence').textContent = preview.sequence;
    $('bulk-confirm-what').textContent = preview.whatHappens;
    const dialog = $('bulk-confirm');
    dialog.showModal();
    $('bulk-confirm-cancel').onclick = function () { dialog.close(); };
    $('bulk-confirm-ok').onclick = async function () {
      dialog.close();
      const response = await Leadflow.fetch('/api/enrollments', { method: 'POST', body: body });
      const answer = await response.json();
      if (response.status === 202) { follow(answer); } else if (response.ok) { result(describe(answer)); } else { result(answer.detail || 'Failed.'); }
    };
  }

  document.addEventListener('DOMContentLoaded', function () {
    if (!form()) { return; }
    document.addEventListener('change', function () { $('bulk-selected').textContent = selectedIds().length; });
    $('bulk-enroll').addEventListener('click', confirmAndSend);
  });
})();
