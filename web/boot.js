// Starts Accord: checks that the browser can run it, shows progress while the wasm loads, and
// replaces the page with a plain message (never a blank page) when something is missing.
(function () {
  'use strict';
  var loading = document.getElementById('loading');
  var loadingText = document.getElementById('loading-text');
  var canvas = document.getElementById('canvas');
  var started = performance.now();

  function fail(message) {
    loading.hidden = true;
    canvas.style.display = 'none';
    document.getElementById('failure-text').textContent = message;
    document.getElementById('failure').hidden = false;
    window.accordBoot.failed = message;
  }

  function supportsWasm() {
    try {
      // The smallest valid module: magic number and version.
      var module = new WebAssembly.Module(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]));
      return module instanceof WebAssembly.Module;
    } catch (e) {
      return false;
    }
  }

  function supportsWebGL2() {
    try {
      var probe = document.createElement('canvas');
      return !!probe.getContext('webgl2');
    } catch (e) {
      return false;
    }
  }

  window.accordBoot = { started: started, firstFrame: null, failed: null };

  if (typeof WebAssembly !== 'object' || !supportsWasm()) {
    fail('This browser does not run WebAssembly, which Accord is built with. ' +
         'It may be turned off by a policy or an extension.');
    return;
  }
  if (!supportsWebGL2()) {
    fail('This browser cannot draw with WebGL 2, which Accord uses to draw its screens. ' +
         'Hardware acceleration may be turned off in the browser settings.');
    return;
  }

  window.Module = {
    canvas: canvas,
    print: function (text) { console.log(text); },
    printErr: function (text) { console.warn(text); },
    setStatus: function (text) {
      // Emscripten reports download progress as "Downloading data... (x/y)".
      var match = /\((\d+(\.\d+)?)\/(\d+)\)/.exec(text || '');
      if (match) loadingText.textContent = 'Loading Accord… ' + Math.round(100 * match[1] / match[3]) + '%';
    },
    onFirstFrame: function () {
      window.accordBoot.firstFrame = performance.now();
      loading.hidden = true;
      registerServiceWorker();
    },
    onAbort: function (what) {
      fail('Accord stopped unexpectedly (' + what + '). Reload the page to start again.');
    },
  };

  // The single-file accord.html carries the app and its wasm (base64) as text in non-executing
  // script elements: the runtime takes the bytes from Module.wasmBinary instead of fetching
  // app.wasm, which a page opened from disk could not. The served site loads app.js, which
  // fetches app.wasm beside it.
  var inline = document.getElementById('accord-app');
  var script = document.createElement('script');
  if (inline) {
    var encoded = atob(document.getElementById('accord-wasm').textContent);
    var bytes = new Uint8Array(encoded.length);
    for (var i = 0; i < encoded.length; i++) bytes[i] = encoded.charCodeAt(i);
    window.Module.wasmBinary = bytes;
    script.textContent = inline.textContent;
  } else {
    script.src = 'app.js';
    script.async = true;
    script.onerror = function () {
      fail('Accord could not be downloaded. Check the connection and reload the page.');
    };
  }
  document.body.appendChild(script);

  // Offline: after the first visit a service worker serves the app from its cache. When a new
  // version has been installed, it is used from the next start; say so quietly. Registered once
  // the app has drawn: installing fetches the app's files again, which must not compete with the
  // first start for the connection and the CPU.
  function registerServiceWorker() {
    if (!('serviceWorker' in navigator) || !/^https?:$/.test(location.protocol)) return;
    var hadController = !!navigator.serviceWorker.controller;
    navigator.serviceWorker.addEventListener('controllerchange', function () {
      if (!hadController) return;  // the very first install: this page is already the current version
      var notice = document.getElementById('update-notice');
      if (notice) notice.hidden = false;
    });
    navigator.serviceWorker.register('sw.js').then(function (registration) {
      window.accordBoot.serviceWorker = registration;
    }, function (error) {
      console.warn('Accord works online only here: ' + error);
    });
  }
})();
