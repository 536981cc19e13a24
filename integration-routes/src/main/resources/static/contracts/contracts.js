// The contracts portal: renders GET /api/v1/contracts/overview. Plain DOM, no framework;
// every value is inserted as text, never as HTML.
(function () {
  'use strict';

  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    (children || []).forEach(function (c) {
      e.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
    });
    return e;
  }

  function recipientRows(list, role) {
    return list.map(function (r) {
      var notes = [];
      if (r.deadline) { notes.push('deadline ' + r.deadline); }
      if (r.when) { notes.push('only when ' + r.when); }
      if (r.consent) { notes.push('needs consent: ' + r.consent); }
      return el('tr', {'class': 'recipient', 'data-agency': r.agency}, [
        el('td', {}, [role]),
        el('td', {}, [el('strong', {}, [r.agency])]),
        el('td', {}, [el('code', {}, [r.command])]),
        el('td', {}, [el('span', {'class': 'cls ' + (r.sharingClass || '')}, [r.sharingClass || ''])]),
        el('td', {'class': 'fields'}, r.fields.map(function (f) { return el('code', {}, [f]); })),
        el('td', {}, [notes.join('; ')])
      ]);
    });
  }

  function renderMandate(m) {
    var flows = m.flows.map(function (f) {
      var rows = recipientRows(f.recipients, 'recipient').concat(recipientRows(f.completion, 'when all answered'));
      return el('div', {'class': 'flow'}, [
        el('h4', {}, [m.flows.length > 1 ? 'Flow ' + f.name + ': ' : 'Trigger: ',
          el('code', {}, [f.eventType]), ' from ', el('strong', {}, [f.source]), ' · deadline ' + f.deadline]),
        el('table', {}, [
          el('thead', {}, [el('tr', {}, ['Role', 'Agency', 'Command', 'Class', 'Fields shared', 'Notes']
            .map(function (h) { return el('th', {}, [h]); }))]),
          el('tbody', {}, rows)
        ])
      ]);
    });
    return el('article', {'class': 'mandate', 'id': m.id}, [
      el('h3', {}, [m.id + ' ' + m.name + ' (v' + m.version + ')']),
      el('p', {'class': 'title'}, [m.title]),
      el('p', {'class': 'basis'}, ['Legal basis: ' + m.document + ', ' + m.section]),
      el('blockquote', {}, [m.legalText]),
      el('p', {}, [el('a', {'href': '/api/v1/contracts/mandates/' + m.file}, ['Declaration (YAML)'])])
    ].concat(flows));
  }

  fetch('/api/v1/contracts/overview', {headers: {'Accept': 'application/json'}})
    .then(function (r) {
      if (!r.ok) { throw new Error('GET /api/v1/contracts/overview answered ' + r.status); }
      return r.json();
    })
    .then(function (o) {
      var list = document.getElementById('mandate-list');
      list.textContent = '';
      o.mandates.forEach(function (m) { list.appendChild(renderMandate(m)); });
      var agencies = document.getElementById('agency-list');
      o.agencyApis.forEach(function (file) {
        agencies.appendChild(el('li', {}, [
          el('a', {'href': 'api.html?doc=' + encodeURIComponent(file)}, [file.replace(/\.v\d+\.yaml$/, '')]),
          ' · ', el('a', {'href': '/api/v1/contracts/agencies/' + file}, ['YAML'])
        ]));
      });
      var body = document.querySelector('#channel-table tbody');
      o.channels.forEach(function (c) {
        body.appendChild(el('tr', {}, [
          el('td', {}, [el('code', {}, [c.address])]),
          el('td', {}, [c.title || '']),
          el('td', {}, [c.messages.join(', ')])
        ]));
      });
    })
    .catch(function (e) {
      document.getElementById('mandate-list').textContent = 'The contracts could not be loaded: ' + e.message;
    });
})();
