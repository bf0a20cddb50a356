/* The graph component: draws the page built by pipeline.render.render_html
 * in an inner frame and sends clicks back to Streamlit.
 *
 * Streamlit component protocol, by hand (no npm build): we post
 * streamlit:componentReady, streamlit:setFrameHeight and
 * streamlit:setComponentValue to the parent, and receive streamlit:render
 * with args {page, height, selected}. The page goes into the inner frame's srcdoc
 * (a property, not markup), so it is the same document as the standalone
 * HTML export; the inner frame inherits this frame's origin, which lets
 * us reach its vis-network instance (window.network) and listen to it.
 *
 * Events (the component's value):
 *   click on a node     -> {type: "node", id, seq}
 *   click on a link     -> {type: "edge", source, target, seq}
 *   double click a node -> {type: "expand", id, seq}
 *   first frozen drawing of this page load -> {type: "drawn", seq}
 * seq grows with every event, so clicking the same node twice is two
 * values and Python acts on each once.
 * selected ({type: "node", id} or {type: "edge", source, target}, or
 * null) is marked in the drawing, also after the page is redrawn.
 */
(function () {
  "use strict";
  var shownPage = null;
  var height = 0;
  var seq = Date.now();
  var selected = null;
  var reportedDrawn = false;

  function send(type, extra) {
    var message = {isStreamlitMessage: true, type: type, apiVersion: 1};
    for (var k in extra) { if (Object.prototype.hasOwnProperty.call(extra, k)) { message[k] = extra[k]; } }
    window.parent.postMessage(message, "*");
  }

  function emit(value) {
    seq += 1;
    value.seq = seq;
    send("streamlit:setComponentValue", {value: value, dataType: "json"});
  }

  function mark(network) {
    if (!selected) { network.unselectAll(); return; }
    if (selected.type === "node") {
      if (network.body.data.nodes.get(selected.id)) { network.selectNodes([selected.id]); }
      return;
    }
    var ids = network.body.data.edges.getIds({filter: function (e) {
      return (e.from === selected.source && e.to === selected.target) || (e.from === selected.target && e.to === selected.source);
    }});
    network.setSelection({nodes: [], edges: ids}, {unselectAll: true, highlightEdges: false});
  }

  function reportDrawn(inner) {
    // Once per page load: the app holds back its heavier widgets until the first drawing is frozen.
    if (reportedDrawn) { return; }
    var stats = inner.graphStats;
    if (!stats || stats.stabilizedMs === null) { window.setTimeout(function () { reportDrawn(inner); }, 30); return; }
    reportedDrawn = true;
    emit({type: "drawn"});
  }

  function listen(frame) {
    var inner = frame.contentWindow;
    var network = inner && inner.network;
    if (!network) { return; }
    window.graphNetwork = network;  // the drawn page's network, for mark()
    mark(network);
    reportDrawn(inner);
    network.on("click", function (params) {
      if (params.nodes && params.nodes.length) {
        emit({type: "node", id: String(params.nodes[0])});
      } else if (params.edges && params.edges.length) {
        var edge = network.body.data.edges.get(params.edges[0]);
        if (edge) { emit({type: "edge", source: String(edge.from), target: String(edge.to)}); }
      }
    });
    network.on("doubleClick", function (params) {
      if (params.nodes && params.nodes.length) {
        emit({type: "expand", id: String(params.nodes[0])});
      }
    });
  }

  function render(args) {
    var frame = document.getElementById("graph-page");
    var wanted = Number(args.height) || 600;
    if (wanted !== height) {
      height = wanted;
      frame.style.height = height + "px";
      send("streamlit:setFrameHeight", {height: height});
    }
    selected = args.selected && typeof args.selected === "object" ? args.selected : null;
    if (window.graphNetwork && window.graphNetwork.body) { mark(window.graphNetwork); }
    var page = typeof args.page === "string" ? args.page : "";
    if (page !== shownPage) {
      shownPage = page;
      window.graphNetwork = null;
      frame.onload = function () { listen(frame); };
      frame.srcdoc = page;
    }
  }

  window.addEventListener("message", function (event) {
    if (event.source !== window.parent) { return; }
    var data = event.data;
    if (data && data.type === "streamlit:render") { render(data.args || {}); }
  });
  window.addEventListener("DOMContentLoaded", function () { send("streamlit:componentReady", {}); });
})();
