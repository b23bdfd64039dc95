// Starts Accord: checks that the browser can run it, shows progress while the wasm loads, and
// replaces the page with a plain message (never a blank page) when something is missing.
(function () {
  'use strict';
  // The app's files beside app.js and app.wasm, by their paths in the site and in the app's file
  // system. The one list of them: scripts/site puts the files there, preloads them in index.html and
  // has web/sw.js cache them; the single-file page carries copies (scripts/bundle_single.mjs).
  var ASSETS = ['fonts/Inter-Regular.ttf', 'fonts/Inter-SemiBold.ttf', 'fonts/fontawesome-webfont.ttf',
                'assets/sample.accord.json'];
  // The first screens' font atlas, made at build time for the pixel ratios most screens have
  // (src/ui/atlas_file.hpp; cmake/web.cmake makes one for each path listed here), gzipped. The one
  // for this screen is fetched with the files above; the app loads it instead of rasterising its
  // glyphs, ~15-30 ms of the start. At another ratio, or where it cannot be had, the app rasterises
  // them itself: nothing fails for want of it. scripts/site puts them in the site; web/sw.js caches
  // the one a page uses.
  var START_ATLASES = {1: 'fonts/start-atlas-1x.bin.gz', 1.25: 'fonts/start-atlas-1.25x.bin.gz',
                       1.5: 'fonts/start-atlas-1.5x.bin.gz', 2: 'fonts/start-atlas-2x.bin.gz'};
  var START_ATLAS_GRACE_MS = 2000;
  var loading = document.getElementById('loading');
  var canvas = document.getElementById('canvas');
  var started = performance.now();

  function fail(message) {
    library.release();
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

  // Asks the app's own canvas for its context, with the attributes Emscripten's GLFW asks for
  // (src/ui/runner.cpp's hints: 8 alpha bits, no depth or stencil buffer, no multisampling). A
  // canvas has one context: GLFW's request later gets this one back instead of creating another,
  // with the attributes asked for here (the browser ignores those of later requests). A separate
  // probe canvas cost a second WebGL context, about 50 ms of the start in headless Chromium.
  // The canvas gets the size the app will draw it at (its CSS size, the whole window, times the
  // pixel ratio) before it has a context: resizing it afterwards reallocates the drawing buffer.
  function supportsWebGL2() {
    var ratio = window.devicePixelRatio || 1;
    canvas.width = Math.max(1, Math.round(window.innerWidth * ratio));
    canvas.height = Math.max(1, Math.round(window.innerHeight * ratio));
    try {
      return !!canvas.getContext('webgl2', { alpha: true, depth: false, stencil: false, antialias: false });
    } catch (e) {
      return false;
    }
  }

  // The start's parts show in a browser trace and in performance.getEntriesByType('mark'); the
  // runtime adds its own (accord:main, accord:fonts, ..., accord:first-frame).
  function mark(name) {
    if (performance.mark) performance.mark(name);
  }

  // The plan library's lock and IndexedDB database (AccordStorage in library_accord.js keeps the
  // library there). Each is a round trip to the browser, 50-120 ms together on a first visit, when
  // the database is made; asked for by the runtime, they came after the download and compile and
  // held main() back by ~150 ms. Asked for here, they are answered while the wasm downloads, and
  // the runtime takes the answers (lock(), openDatabase()) or asks again where nothing was asked.
  var library = (function () {
    var LOCK_NAME = 'accord-library';
    var LOCK_WAIT_MS = 3000;  // a reloading page may hold the lock a moment longer
    // IDBFS names a mount's database after its mount point (AccordStorage.ROOT) and gives it
    // 3.1.6's version and store name; openDatabase() asked for anything else opens it anew.
    var DB_NAME = '/data', DB_VERSION = 21, DB_STORE = 'FILE_DATA';

    // A request made now, whose answer goes to whoever takes it: now or when it comes.
    function early(start) {
      var answer = null, takers = [];
      start(function () {
        answer = arguments;
        takers.forEach(function (taker) { taker.apply(null, answer); });
        takers = [];
      });
      return function (callback) {
        if (answer) callback.apply(null, answer);
        else takers.push(callback);
      };
    }

    // One page writes the library at a time: two pages syncing their own copies would each put
    // back their older view of the other's files. A page that cannot get the lock reads the library
    // but never writes it. Where locks are missing or refused (file:// pages have an opaque origin),
    // the page assumes it is alone. Answers held (true) or not.
    var released = false, letGo = null;
    function requestLock(callback) {
      if (!navigator.locks || typeof navigator.locks.request !== 'function') return callback(true);
      var controller = typeof AbortController === 'function' ? new AbortController() : null;
      var timer = setTimeout(function () { if (controller) controller.abort(); }, LOCK_WAIT_MS);
      var answered = false;
      var answer = function (held) {
        clearTimeout(timer);
        if (answered) return;
        answered = true;
        callback(held);
      };
      try {
        navigator.locks.request(LOCK_NAME, controller ? { signal: controller.signal } : {}, function () {
          answer(true);
          if (released) return undefined;  // the page could not start meanwhile
          return new Promise(function (resolve) { letGo = resolve; });  // held for the life of the page
        }).catch(function (error) { answer(!(error && error.name === 'AbortError')); });
      } catch (e) {
        answer(true);
      }
    }

    // IDBFS's schema: one store of entries keyed by path, indexed by timestamp.
    function open(name, version, storeName, callback) {
      var request;
      try {
        request = indexedDB.open(name, version);  // reading `indexedDB` throws where storage is blocked
      } catch (e) {
        return callback(e);
      }
      request.onupgradeneeded = function () {
        var db = request.result;
        var store = db.objectStoreNames.contains(storeName)
          ? request.transaction.objectStore(storeName)
          : db.createObjectStore(storeName);
        if (!store.indexNames.contains('timestamp')) store.createIndex('timestamp', 'timestamp', { unique: false });
      };
      request.onsuccess = function () { callback(null, request.result); };
      request.onerror = function (event) {
        event.preventDefault();
        callback(request.error || new Error('IndexedDB could not be opened'));
      };
    }

    // Everything the library holds, read as soon as the database is open: two requests answered
    // while the wasm still downloads and compiles. IDBFS reads it with a key cursor, a round trip per
    // stored file, each waiting for the page's thread, once the runtime runs. Answers {path: entry}
    // as IDBFS stores them, or null (the runtime then reads the store itself).
    function readAll(db, callback) {
      var answered = false;
      var answer = function (contents) {
        if (!answered) callback(contents);
        answered = true;
      };
      try {
        var store = db.transaction([DB_STORE], 'readonly').objectStore(DB_STORE);
        var keys = store.getAllKeys();
        var values = store.getAll();  // the same transaction: in the same (key) order
        values.onsuccess = function () {
          var contents = {};
          for (var i = 0; i < keys.result.length; i++) contents[keys.result[i]] = values.result[i];
          answer(contents);
        };
        keys.onerror = values.onerror = function (event) {
          event.preventDefault();  // a read that failed changes nothing: the runtime reads again
          answer(null);
        };
      } catch (e) {
        answer(null);
      }
    }

    var lock = early(requestLock);
    // Read once the lock is held: until then the page that holds it (the one being reloaded) may
    // still be writing. A page that does not get it reads nothing early.
    var database = early(function (callback) {
      open(DB_NAME, DB_VERSION, DB_STORE, function (error, db) {
        if (error) return callback(error);
        lock(function (held) {
          if (!held) return callback(null, db, null);
          readAll(db, function (contents) { callback(null, db, contents); });
        });
      });
    });
    // Closes the early connection if nobody took it: left open, it would block another connection's
    // upgrade (a runtime asking for a newer version, another tab).
    function dropDatabase() {
      if (database) database(function (error, db) { if (db) db.close(); });
      database = null;
    }
    return {
      lock: lock,  // (callback(held)): asked once per page
      // (name, version, storeName, callback(error, db, contents)): the database asked for at the
      // start, with what it held then (readAll), the first time; a new connection after that (the
      // browser may close one), without contents.
      openDatabase: function (name, version, storeName, callback) {
        if (database && name === DB_NAME && version === DB_VERSION && storeName === DB_STORE) {
          var take = database;
          database = null;
          return take(callback);
        }
        dropDatabase();
        open(name, version, storeName, callback);
      },
      // A page that cannot run the app lets another page have the library.
      release: function () {
        released = true;
        if (letGo) letGo();
        dropDatabase();
      },
    };
  })();

  window.accordBoot = { started: started, firstFrame: null, failed: null, library: library };

  if (typeof WebAssembly !== 'object' || !supportsWasm()) {
    fail('This browser does not run WebAssembly, which Accord is built with. ' +
         'It may be turned off by a policy or an extension.');
    return;
  }
  // The single-file accord.html carries the app and its wasm (base64) as text in non-executing
  // script elements: those bytes are compiled instead of fetching app.wasm, which a page opened
  // from disk could not. The served site loads app.js and app.wasm beside it.
  var inline = document.getElementById('accord-app');
  var script = document.createElement('script');
  var compiled;
  if (inline) {
    compiled = WebAssembly.compile(decodeBase64(document.getElementById('accord-wasm').textContent));
    script.textContent = inline.textContent;
  } else {
    script.src = 'app.js';
    script.async = true;
    script.onerror = function () {
      fail('Accord could not be downloaded. Check the connection and reload the page.');
    };
  }
  // The wasm compiles from here, while the WebGL2 check below makes the context (~100 ms) and
  // app.js downloads and runs, instead of from when app.js asks for it; compileStreaming compiles
  // while the bytes arrive. The runtime instantiates the module with its imports through
  // Module.instantiateWasm.
  if (!compiled) compiled = compileServed('app.wasm');
  compiled.then(function () { mark('accord:wasm-compiled'); }, function () {});
  // The fonts and the sample plan, fetched beside the wasm (AccordAssets in library_accord.js puts
  // them in the runtime's file system before main()). Inside the wasm they were 480 KB of its
  // 2.3 MB, and every byte of a wasm is on the start's path: the page's thread takes in each chunk
  // and the compile ends only with the last. Fetched beside it, they arrive while it compiles:
  // main() came 55-75 ms sooner (headless Chromium, three comparisons of 15 interleaved starts).
  // A start atlas that has not come 2 s after the files above (a stalled request) is done without.
  // Not raced with the wasm's compile: locally the compile won that race although the atlas's bytes
  // had come ~25 ms before it ended (it is requested last, when one of the browser's six
  // connections to the site is free, and ungzipping it takes tasks of the page's busy thread).
  var assets = loadAssets(ASSETS);
  var startAtlas = Promise.race([loadStartAtlas(inline), assets.then(function () {
    return new Promise(function (resolve) { setTimeout(resolve, START_ATLAS_GRACE_MS, null); });
  }, function () { return null; })]);
  window.accordBoot.assets = Promise.all([assets, startAtlas]).then(function (loaded) {
    return loaded[1] ? loaded[0].concat([loaded[1]]) : loaded[0];
  });
  window.accordBoot.assets.catch(function (error) {
    fail('Accord could not be downloaded (' + error.message + '). Check the connection and reload the page.');
  });
  // Out of the page's paints until the app has drawn: the first paint with the WebGL canvas in it
  // costs ~120 ms of the page's thread (headless Chromium), which held up app.js while the loading
  // page was painted; now it is paid once, with the first frame.
  canvas.style.visibility = 'hidden';
  if (!supportsWebGL2()) {
    fail('This browser cannot draw with WebGL 2, which Accord uses to draw its screens. ' +
         'Hardware acceleration may be turned off in the browser settings.');
    return;
  }

  // No setStatus: the runtime would report only "Running..." (the files are inside the wasm, so
  // there is no download progress), and with one it defers main() by a timer.
  window.Module = {
    canvas: canvas,
    print: function (text) { console.log(text); },
    printErr: function (text) { console.warn(text); },
    onFirstFrame: function () {
      window.accordBoot.firstFrame = performance.now();
      canvas.style.visibility = '';  // shown with the frame just drawn
      loading.hidden = true;
      registerServiceWorker();
    },
    onAbort: function (what) {
      fail('Accord stopped unexpectedly (' + what + '). Reload the page to start again.');
    },
  };

  window.Module.instantiateWasm = function (imports, receiveInstance) {
    compiled.then(function (module) {
      return WebAssembly.instantiate(module, imports).then(function (instance) {
        receiveInstance(instance, module);
      });
    }).catch(function (error) {
      fail('Accord could not be loaded (' + error + '). Check the connection and reload the page.');
    });
    return {};  // the exports arrive through receiveInstance
  };
  document.body.appendChild(script);

  // The served site's files, or the single-file page's copies of them (base64 in inert script
  // elements, like the wasm). Answers [{path, bytes}], the path as the app opens it.
  function loadAssets(paths) {
    return Promise.all(paths.map(function (path) {
      var copy = document.querySelector('script[type="text/plain"][data-asset="' + path + '"]');
      if (copy) return Promise.resolve({ path: '/' + path, bytes: decodeBase64(copy.textContent) });
      return fetchBytes(path).then(function (bytes) { return { path: '/' + path, bytes: bytes }; });
    }));
  }

  // A file of the site as bytes; fails on an HTTP error.
  function fetchBytes(path) {
    return fetch(path, { credentials: 'same-origin' }).then(function (response) {
      if (!response.ok) throw new Error(path + ': HTTP ' + response.status);
      return response.arrayBuffer();
    }).then(function (buffer) { return new Uint8Array(buffer); });
  }

  // The start atlas for this screen's pixel ratio as {path, bytes} at the path the app reads it from,
  // or null: none made for this ratio, none beside the single-file page, not fetched, or a browser
  // that cannot ungzip it. Never fails.
  function loadStartAtlas(singleFile) {
    var path = START_ATLASES[window.devicePixelRatio || 1];
    if (!path || singleFile || typeof DecompressionStream !== 'function') return Promise.resolve(null);
    return fetchBytes(path).then(function (bytes) {
      if (!bytes.length) throw new Error(path + ': empty');  // web/sw.js without the network
      // A server may have sent it with Content-Encoding: gzip for its name, and the browser ungzipped it.
      if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return bytes;
      var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
      return new Response(stream).arrayBuffer().then(function (plain) { return new Uint8Array(plain); });
    }).then(function (bytes) {
      return { path: '/fonts/start-atlas.bin', bytes: bytes };
    }).catch(function (error) {
      console.info('Accord builds its font atlas itself: ' + error.message);
      return null;
    });
  }

  function decodeBase64(text) {
    var encoded = atob(text);
    var bytes = new Uint8Array(encoded.length);
    for (var i = 0; i < encoded.length; i++) bytes[i] = encoded.charCodeAt(i);
    return bytes;
  }

  // A server that sends .wasm with another MIME type makes compileStreaming fail: compile the bytes.
  function compileServed(url) {
    var fetchBytes = function () {
      return fetch(url, { credentials: 'same-origin' })
        .then(function (response) { return response.arrayBuffer(); }).then(WebAssembly.compile);
    };
    if (typeof WebAssembly.compileStreaming !== 'function') return fetchBytes();
    return WebAssembly.compileStreaming(fetch(url, { credentials: 'same-origin' })).catch(fetchBytes);
  }

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
