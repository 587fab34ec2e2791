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
      // with many edges their labels hide the nodes: colours and the legend above the graph say the kind instead
      var edgeLabels = story.provenance.length <= 15;
      cytoscape({
        container: box, elements: elements, wheelSensitivity: 0.3,
        layout: { name: 'breadthfirst', directed: true, spacingFactor: 1.1, padding: 20 },
        ready: function (event) { staggerCrowdedRows(event.cy); },
        style: [
          { selector: 'node', style: { label: 'data(label)', 'font-size': 10, 'text-wrap': 'wrap',
            'text-max-width': 120, 'background-color': '#1f3a5a', color: '#1d232b', 'text-valign': 'bottom' } },
          { selector: 'node.up', style: { 'text-valign': 'top' } },
          { selector: 'node[kind = "source"]', style: { 'background-color': '#e8b64c', shape: 'diamond' } },
          { selector: 'node[kind = "other-page"]', style: { 'background-color': '#8899aa' } },
          { selector: 'edge', style: { width: 1.5, 'curve-style': 'bezier', 'target-arrow-shape': 'triangle',
            label: edgeLabels ? 'data(kind)' : '', 'font-size': 8, 'line-color': '#9aa5b1',
            'target-arrow-color': '#9aa5b1' } },
          { selector: 'edge[kind = "relays"]', style: { 'line-color': '#4a7fb5', 'target-arrow-color': '#4a7fb5' } },
          { selector: 'edge[kind = "republishes"]', style: { 'line-color': '#3f8f5a',
            'target-arrow-color': '#3f8f5a' } },
          { selector: 'edge[kind = "copies"]', style: { 'line-color': '#d9822b', 'target-arrow-color': '#d9822b',
            'line-style': 'dashed' } }
        ]
      });
      box.dataset.drawn = String(elements.length);
    });

  // in a crowded row every other label goes above its node, so neighbouring labels do not overlap
  function staggerCrowdedRows(cy) {
    var rows = {};
    cy.nodes().forEach(function (n) {
      var y = Math.round(n.position('y'));
      (rows[y] = rows[y] || []).push(n);
    });
    Object.keys(rows).forEach(function (y) {
      var row = rows[y];
      if (row.length < 6) { return; }
      row.sort(function (a, b) { return a.position('x') - b.position('x'); });
      row.forEach(function (n, i) { if (i % 2 === 1) { n.addClass('up'); } });
    });
  }
}());
