// Renders one agency's OpenAPI document (?doc=water.v1.yaml) with Swagger UI. "Try it out" is
// off: the servers in these documents are the agencies' systems, not the hub.
(function () {
  'use strict';
  var doc = new URLSearchParams(window.location.search).get('doc') || '';
  if (!/^[a-z][a-z0-9-]*\.v[1-9][0-9]*\.yaml$/.test(doc)) {
    document.getElementById('swagger-ui').textContent =
      'Name an agency API document, e.g. api.html?doc=water.v1.yaml (see the list on the contracts page).';
    return;
  }
  document.title = 'GovHub agency API: ' + doc;
  window.ui = SwaggerUIBundle({
    url: '/api/v1/contracts/agencies/' + doc,
    dom_id: '#swagger-ui',
    deepLinking: true,
    supportedSubmitMethods: [],
    defaultModelsExpandDepth: 1
  });
})();
