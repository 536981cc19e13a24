// The operators' console: views over the hub's operators' APIs (scorecard, exchanges, dead
// letters, audit log, Camel's developer console), called with the logged-in person's token.
// Everything from the APIs is written with textContent, never as HTML.
'use strict';

(() => {
  const $ = id => document.getElementById(id);
  let names = { mandates: {}, agencies: {} };
  let user = null;
  let currentView = null;
  let refreshTimer = null;
  let selectedExchange = null;
  let selectedDeadLetter = null;

  // ---- small helpers ----
  function el(tag, text, cls) {
    const e = document.createElement(tag);
    if (text !== undefined && text !== null) {
      e.textContent = String(text);
    }
    if (cls) {
      e.className = cls;
    }
    return e;
  }

  function row(cells) {
    const tr = document.createElement('tr');
    cells.forEach(c => tr.appendChild(c instanceof Node ? c : el('td', c)));
    return tr;
  }

  // A long cell (a legal basis, a list of fields) on one line, the whole text on hover.
  function clipped(text) {
    const td = el('td', text, 'clip');
    td.title = text || '';
    return td;
  }

  function when(iso) {
    return el('td', time(iso), 'nowrap');
  }

  function num(n, bad) {
    return el('td', n, 'num' + (bad && n > 0 ? ' bad' : ''));
  }

  function badge(status, label) {
    return el('span', label || status, 'status ' + status);
  }

  function time(iso) {
    if (!iso) {
      return '';
    }
    const d = new Date(iso);
    const p = n => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
  }

  // "water · 高唐县供水公司": the id and the first Chinese name in the contract's title.
  function displayName(id, title) {
    const chinese = title && title.match(/[\u3400-\u9fff〔〕]+/);
    return chinese ? `${id} · ${chinese[0]}` : id;
  }

  function agencyName(id) {
    return displayName(id, names.agencies[id]);
  }

  function mandateName(id) {
    return displayName(id, names.mandates[id]);
  }

  function fill(tbody, rows) {
    tbody.replaceChildren(...rows);
  }

  function facts(dl, pairs) {
    dl.replaceChildren();
    pairs.forEach(([k, v]) => {
      dl.appendChild(el('dt', k));
      const dd = el('dd');
      dd.append(v instanceof Node ? v : document.createTextNode(v == null ? '' : String(v)));
      dl.appendChild(dd);
    });
  }

  async function json(path, options) {
    const res = await GovHubAuth.api(path, options);
    const body = await res.json().catch(() => ({}));
    if (!res.ok) {
      throw new Error(`${res.status} ${body.title || ''}: ${body.detail || path}`);
    }
    return body;
  }

  function showError(e) {
    if (e instanceof GovHubAuth.LoginNeeded) {
      signedOut();
      return;
    }
    $('error').textContent = e.message;
  }

  function isOperator() {
    return user && user.roles.includes('operator');
  }

  function isAuditor() {
    return user && user.roles.includes('auditor');
  }

  // ---- scorecard ----
  async function scorecard() {
    const card = await json('/api/v1/scorecard');
    fill($('scorecard').tBodies[0], card.lines.map(l => row([
      el('td', mandateName(l.mandate)), el('td', agencyName(l.agency)),
      num(l.volume), num(l.onTime), num(l.late, true), num(l.pending), num(l.overdue, true),
      num(l.late + l.overdue, true),
      num(l.applied), num(l.rejected), num(l.notApplicable), num(l.failed, true),
    ])));
  }

  // ---- exchanges ----
  async function exchanges() {
    const status = $('exchange-status').value;
    const list = await json('/api/v1/exchanges?limit=50' + (status ? '&status=' + encodeURIComponent(status) : ''));
    fill($('exchanges').tBodies[0], list.map(x => {
      const obligations = el('td');
      x.obligations.forEach(o => obligations.appendChild(badge(o.status, `${o.recipient}: ${o.status}`)));
      const tr = row([
        el('td', x.exchangeId.slice(0, 8)), el('td', x.eventType), el('td', agencyName(x.source)),
        el('td').appendChild(badge(x.status)).parentNode,
        el('td').appendChild(badge(x.outcome || '', x.outcome || '')).parentNode,
        when(x.acceptedAt), obligations,
      ]);
      tr.className = 'clickable' + (x.exchangeId === selectedExchange ? ' selected' : '');
      tr.dataset.exchangeId = x.exchangeId;
      tr.addEventListener('click', () => exchange(x.exchangeId).catch(showError));
      return tr;
    }));
    $('exchanges-refreshed').textContent = 'refreshed ' + time(new Date().toISOString());
    if (selectedExchange) {
      await exchange(selectedExchange);
    }
  }

  async function exchange(id) {
    selectedExchange = id;
    const x = await json('/api/v1/exchanges/' + encodeURIComponent(id));
    $('exchange-detail').hidden = false;
    $('exchange-detail-id').textContent = x.exchangeId;
    facts($('exchange-detail-facts'), [
      ['Event', `${x.eventType} (${x.eventId})`], ['From', agencyName(x.source)], ['Caller', x.caller],
      ['Status', badge(x.status)], ['Outcome', x.outcome || ''], ['Late', x.late ? 'yes' : 'no'],
      ['Accepted', time(x.acceptedAt)], ['Completed', time(x.completedAt)], ['Due', time(x.dueAt)],
    ]);
    fill($('obligations').tBodies[0], x.obligations.map(o => {
      const tr = row([
        el('td', o.mandate), el('td', agencyName(o.recipient)), el('td', o.role),
        el('td').appendChild(badge(o.status)).parentNode,
        el('td', [o.reasonCode, o.reason].filter(Boolean).join(': ')), num(o.attempts || 0),
        el('td', (o.fields || []).join(', ')), when(o.dueAt), when(o.completedAt),
      ]);
      tr.dataset.recipient = o.recipient;
      return tr;
    }));
    document.querySelectorAll('#exchanges tbody tr').forEach(tr =>
      tr.classList.toggle('selected', tr.dataset.exchangeId === id));
  }

  // ---- dead letters ----
  async function deadLetters() {
    const list = await json('/api/v1/dead-letters');
    fill($('dead-letters').tBodies[0], list.deadLetters.map(l => {
      const inspect = el('button', 'Inspect');
      inspect.type = 'button';
      inspect.className = 'inspect';
      inspect.addEventListener('click', () => deadLetter(l.id).catch(showError));
      const tr = row([el('td', l.id), el('td', l.deadLetterQueue), el('td', l.targetQueue || ''), el('td', l.reason || ''),
        el('td', l.exchangeId || ''), when(l.timestamp), num(l.deliveryCount),
        el('td').appendChild(inspect).parentNode]);
      tr.dataset.exchangeId = l.exchangeId || '';
      tr.dataset.messageId = l.id;
      return tr;
    }));
    const actions = await json('/api/v1/dead-letters/actions');
    fill($('dead-letter-actions').tBodies[0], actions.slice().reverse().map(a => row([
      when(a.actedAt), el('td', a.action), el('td', a.messageId), el('td', a.targetQueue || ''),
      el('td', a.exchangeId || ''), el('td', a.note || ''),
    ])));
  }

  async function deadLetter(id) {
    selectedDeadLetter = id;
    const l = await json('/api/v1/dead-letters/' + encodeURIComponent(id));
    $('dead-letter-detail').hidden = false;
    $('dead-letter-id').textContent = l.id;
    facts($('dead-letter-facts'), [
      ['Reason', l.reason || ''], ['Dead-letter queue', l.deadLetterQueue], ['Goes back to', l.targetQueue || '(unknown)'],
      ['Exchange', l.exchangeId || ''], ['Dead-lettered', time(l.timestamp)], ['Deliveries', l.deliveryCount],
      ['Size', l.size + ' bytes'],
    ]);
    let body = l.body || '';
    try {
      body = JSON.stringify(JSON.parse(body), null, 2);
    } catch (e) {
      // Not JSON (XML, or poison): shown as it is.
    }
    $('dead-letter-body').textContent = body;
    $('dead-letter-headers').textContent = JSON.stringify(l.headers || {}, null, 2);
    // Only operators act; auditors look. The hub refuses an auditor's replay anyway.
    $('replay-form').hidden = !isOperator() || !l.targetQueue;
    $('replay-note').value = '';
    $('replay-result').textContent = '';
  }

  async function replay(event) {
    event.preventDefault();
    const note = $('replay-note').value.trim();
    if (!note) {
      $('replay-result').textContent = 'Say why you replay it: the note goes into the audit log.';
      return;
    }
    const a = await json('/api/v1/dead-letters/' + encodeURIComponent(selectedDeadLetter) + '/replay', {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ note }),
    });
    $('replay-result').textContent = `${a.repeated ? 'Already replayed' : 'Replayed'} to ${a.targetQueue} `
      + `at ${time(a.actedAt)} (action ${a.id}).`;
    $('replay-form').hidden = true;
    await deadLetters();
  }

  // ---- audit ----
  async function verifyChain() {
    const v = await json('/api/v1/audit/verify');
    const out = $('audit-verify-result');
    out.replaceChildren(badge(v.valid ? 'valid' : 'broken', v.valid ? 'Chain intact' : 'Chain broken'),
      document.createTextNode(v.valid ? ` ${v.records} records, every hash and link holds`
        + (v.unsealed ? `; ${v.unsealed} written by transactions still running, not sealed yet.` : '.')
        : ` at record ${v.firstBrokenSeq}: ${v.problem}`));
  }

  async function auditTrail(id) {
    const records = await json('/api/v1/audit/exchanges/' + encodeURIComponent(id));
    fill($('audit-trail').tBodies[0], records.map(r => row([
      num(r.seq ?? '…'), when(r.recordedAt), el('td', r.kind), el('td', r.mandate || ''),
      el('td', r.agency ? agencyName(r.agency) : '', 'nowrap'), clipped(r.legalBasis || ''),
      clipped((r.fields || []).join(', ')),
      el('td', r.detail || ''),
    ])));
  }

  async function subjectQuery(event) {
    event.preventDefault();
    const id = $('subject-id').value.trim();
    const answer = await json('/api/v1/audit/data-subject-queries', {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ idNumber: id }),
    });
    $('subject-deliveries').hidden = false;
    fill($('subject-deliveries').tBodies[0], answer.deliveries.map(d => row([
      num(d.seq ?? '…'), when(d.recordedAt), el('td', d.exchangeId), el('td', mandateName(d.mandate)),
      el('td', agencyName(d.agency), 'nowrap'), clipped(d.legalBasis), clipped((d.fields || []).join(', ')),
    ])));
    $('subject-result').textContent = `${answer.deliveries.length} deliveries of data about this identifier.`;
  }

  // ---- Camel's developer console ----
  async function camelConsoles() {
    const index = await json('/actuator/camel');
    const select = $('camel-console');
    if (select.options.length === 0) {
      Object.keys(index).sort().forEach(id => select.appendChild(new Option(id, id)));
      select.value = index.route !== undefined ? 'route' : select.options[0].value;
    }
    await camel();
  }

  async function camel() {
    const res = await GovHubAuth.api('/actuator/camel/' + encodeURIComponent($('camel-console').value));
    const text = await res.text();
    try {
      $('camel-output').textContent = JSON.stringify(JSON.parse(text), null, 2);
    } catch (e) {
      $('camel-output').textContent = text;
    }
  }

  // ---- views ----
  const VIEWS = {
    scorecard: { load: scorecard, refreshEvery: 10000 },
    exchanges: { load: exchanges, refreshEvery: 5000 },
    'dead-letters': { load: deadLetters },
    audit: { load: async () => {} },
    camel: { load: camelConsoles },
  };

  function show(view) {
    currentView = view;
    clearInterval(refreshTimer);
    $('error').textContent = '';
    document.querySelectorAll('.view').forEach(s => { s.hidden = s.id !== 'view-' + view; });
    document.querySelectorAll('nav button').forEach(b => b.classList.toggle('active', b.dataset.view === view));
    const v = VIEWS[view];
    v.load().catch(showError);
    if (v.refreshEvery) {
      refreshTimer = setInterval(() => {
        if (currentView === view) {
          v.load().catch(showError);
        }
      }, v.refreshEvery);
    }
    history.replaceState(null, '', '#' + view);
  }

  function signedOut() {
    clearInterval(refreshTimer);
    $('signed-in').hidden = true;
    $('signed-out').hidden = false;
    $('who').hidden = true;
    $('logout').hidden = true;
  }

  async function signedIn() {
    user = GovHubAuth.user();
    $('signed-out').hidden = true;
    $('signed-in').hidden = false;
    const who = $('who');
    who.replaceChildren(document.createTextNode(user.name));
    user.roles.forEach(r => who.appendChild(el('span', r, 'role')));
    who.hidden = false;
    $('logout').hidden = false;
    $('subject-form').hidden = !isAuditor();
    names = await json('/api/v1/console/directory').catch(() => names);
    const wanted = location.hash.slice(1);
    show(VIEWS[wanted] ? wanted : 'scorecard');
  }

  async function start() {
    $('login').addEventListener('click', () => GovHubAuth.login().catch(e => { $('login-error').textContent = e.message; }));
    $('logout').addEventListener('click', () => GovHubAuth.logout());
    document.querySelectorAll('nav button').forEach(b => b.addEventListener('click', () => show(b.dataset.view)));
    $('exchange-status').addEventListener('change', () => exchanges().catch(showError));
    $('exchange-audit').addEventListener('click', () => {
      $('audit-exchange-id').value = selectedExchange;
      show('audit');
      auditTrail(selectedExchange).catch(showError);
    });
    $('dead-letters-refresh').addEventListener('click', () => deadLetters().catch(showError));
    $('replay-form').addEventListener('submit', e => replay(e).catch(showError));
    $('audit-verify').addEventListener('click', () => verifyChain().catch(showError));
    $('audit-exchange-form').addEventListener('submit', e => {
      e.preventDefault();
      auditTrail($('audit-exchange-id').value.trim()).catch(showError);
    });
    $('subject-form').addEventListener('submit', e => subjectQuery(e).catch(showError));
    $('camel-refresh').addEventListener('click', () => camel().catch(showError));
    try {
      await GovHubAuth.completeLogin();
    } catch (e) {
      $('login-error').textContent = e.message;
    }
    if (GovHubAuth.token()) {
      await signedIn();
    } else {
      signedOut();
    }
  }

  start();
})();
