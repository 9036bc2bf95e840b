/*! Dossier embeds: sizes every Dossier iframe on this page to its content.
 * Include once, anywhere: <script src="https://…/embed.js" async></script>
 * No dependencies; it reads only `embed-size` messages ({sentinel: "amp", type: "embed-size",
 * height}) that come from a Dossier iframe's own window and origin, and it sends an iframe
 * nothing but Pym's "width" message, which asks it to report its height again. */
(function () {
  'use strict';
  if (window.DossierEmbeds) return;
  var MAX_HEIGHT = 100000;

  function frames() {
    return document.querySelectorAll('iframe[data-dossier-embed]');
  }
  function address(frame) {
    try { return new URL(frame.src, document.baseURI); } catch (e) { return null; }
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.sentinel !== 'amp' || data.type !== 'embed-size') return;
    var height = data.height;
    if (typeof height !== 'number' || !isFinite(height) || height <= 0 || height > MAX_HEIGHT) return;
    var list = frames();
    for (var i = 0; i < list.length; i++) {
      var frame = list[i];
      var url = address(frame);
      if (frame.contentWindow === event.source && url && url.origin === event.origin) {
        // Through the CSSOM, so a host's strict style-src allows it.
        frame.style.border = '0';
        frame.style.display = 'block';
        frame.style.width = '100%';
        frame.style.height = Math.ceil(height) + 'px';
        return;
      }
    }
  });

  // Embeds that drew themselves before this script ran report again when asked.
  function ask() {
    var list = frames();
    for (var i = 0; i < list.length; i++) {
      var frame = list[i];
      var url = address(frame);
      var id = url && url.searchParams.get('childId');
      // A frame still on its first blank page (readable from here) will report once it loads.
      if (id && frame.contentWindow && !frame.contentDocument) {
        frame.contentWindow.postMessage('pymxPYMx' + id + 'xPYMxwidthxPYMx' + Math.round(frame.clientWidth), url.origin);
      }
    }
  }
  window.DossierEmbeds = { resize: ask };
  ask();
})();
