// Draws a story's provenance graph (pages -> cited origins -> primary sources) with Cytoscape.js.
// Labels go through Cytoscape's canvas renderer, never through HTML, so article text cannot inject markup.
(function () {
  'use strict';
  var box = document.getElementById('graph');
  if (!box || typeof cytoscape !== 'function') { return; }
  fetch('/api/stories/' + encodeURIComponent(box.dataset.story))
    .then(function (r) { return r.json(); })
    .then(function (story) {
      var titles = {};
      story.documents.forEach(function (d) { titles['doc:' + d.id] = d.title || d.id; });
      var nodes = {}, elements = [];
      function node(id) {
        if (nodes[id]) { return; }
        nodes[id] = true;
        var isDoc = id.indexOf('doc:') === 0;
        var label = titles[id] || id.replace(/^(doc|source):/, '');
        elements.push({ data: { id: id, label: label.length > 48 ? label.slice(0, 47) + '…' : label,
          kind: isDoc ? (titles[id] ? 'page' : 'other-page') : 'source' } });
      }
      Object.keys(titles).forEach(node);
      story.provenance.forEach(function (e, i) {
        node(e.source); node(e.target);
        elements.push({ data: { id: 'e' + i, source: e.source, target: e.target, kind: e.kind.toLowerCase() } });
      });
      cytoscape({
        container: box, elements: elements, wheelSensitivity: 0.3,
        layout: { name: 'breadthfirst', directed: true, spacingFactor: 1.1, padding: 20 },
        style: [
          { selector: 'node', style: { label: 'data(label)', 'font-size': 10, 'text-wrap': 'wrap',
            'text-max-width': 140, 'background-color': '#1f3a5a', color: '#1d232b', 'text-valign': 'bottom' } },
          { selector: 'node[kind = "source"]', style: { 'background-color': '#e8b64c', shape: 'diamond' } },
          { selector: 'node[kind = "other-page"]', style: { 'background-color': '#8899aa' } },
          { selector: 'edge', style: { width: 1.5, 'curve-style': 'bezier', 'target-arrow-shape': 'triangle',
            label: 'data(kind)', 'font-size': 8, 'line-color': '#9aa5b1', 'target-arrow-color': '#9aa5b1' } },
          { selector: 'edge[kind = "copies"]', style: { 'line-color': '#d9822b', 'target-arrow-color': '#d9822b',
            'line-style': 'dashed' } }
        ]
      });
      box.dataset.drawn = String(elements.length);
    });
}());
