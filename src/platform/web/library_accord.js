// The browser half of platform/web (linked with --js-library). Everything the app does with the
// DOM is here: sizing the canvas for the pixel ratio, waking the idle loop on input, wheel and
// touch input, the hidden text area for typed/IME/pasted text, the clipboard, downloads, the app's
// files ($AccordAssets) and the plan library's storage in IndexedDB ($AccordStorage, at the end).
//
// Emscripten 3.1.6's GLFW gets several of these wrong (see TOOLCHAIN.md, "Browser traps"):
// touch events move the mouse to a stale position, wheel deltas are raw pixels with the wrong
// sign, text only arrives through `keypress` (no IME, no phone keyboard). We remove those GLFW
// listeners and deliver the input ourselves; mouse buttons, mouse moves and keys stay with GLFW.

mergeInto(LibraryManager.library, {
  $AccordWeb__deps: ['$GLFW', '$Browser'],
  $AccordWeb: {
    textArea: null,
    composing: false,
    wantsText: false,
    early: null,   // {text, at}: printable keys typed while no text field had the keyboard yet
    touch: null,   // {mode: 'mouse'|'gesture', ids, last centre/distance}

    earlyMs: 400,  // how long keys typed before a text field took the keyboard are kept

    // A named moment of the start (performance.mark), for traces and getEntriesByType('mark').
    mark: function(name) {
      if (typeof performance !== 'undefined' && performance.mark) performance.mark(name);
    },

    call: function(name, args) {
      // Input may arrive before the module finished starting (the exports are stubs that throw
      // until the wasm is instantiated); drop it then.
      var fn = Module['_' + name];
      if (fn && runtimeInitialized) fn.apply(null, args || []);
    },

    sendText: function(text) {
      if (!text) return;
      var ptr = allocateUTF8(text);
      AccordWeb.call('accord_on_text', [ptr]);
      _free(ptr);
    },

    backingPoint: function(clientX, clientY) {
      var canvas = Module['canvas'];
      var rect = canvas.getBoundingClientRect();
      return {
        x: (clientX - rect.left) * (canvas.width / rect.width),
        y: (clientY - rect.top) * (canvas.height / rect.height),
      };
    },

    // One finger drives the mouse (position first, then the button, so ImGui sees the press where
    // the finger is); two fingers become a pan/zoom gesture for the canvas views.
    onTouch: function(event) {
      event.preventDefault();           // no synthetic mouse events, no page scroll or zoom
      event.stopImmediatePropagation();
      var touches = event.touches;
      var win = GLFW.active;
      if (!win) return;
      var setButton = function(down) {
        var was = (win.buttons & 1) !== 0;
        if (down === was) return;
        if (down) win.buttons |= 1; else win.buttons &= ~1;
        if (win.mouseButtonFunc) {{{ makeDynCall('viiii', 'win.mouseButtonFunc') }}}(win.id, 0, down ? 1 : 0, 0);
      };
      var moveTo = function(p) {
        Browser.mouseX = p.x;
        Browser.mouseY = p.y;
        if (win.cursorPosFunc) {{{ makeDynCall('vidd', 'win.cursorPosFunc') }}}(win.id, p.x, p.y);
      };
      if (touches.length === 1 && (!AccordWeb.touch || AccordWeb.touch.mode === 'mouse')) {
        moveTo(AccordWeb.backingPoint(touches[0].clientX, touches[0].clientY));
        setButton(true);
        AccordWeb.touch = {mode: 'mouse'};
      } else if (touches.length >= 2) {
        if (AccordWeb.touch && AccordWeb.touch.mode === 'mouse') setButton(false);
        var a = AccordWeb.backingPoint(touches[0].clientX, touches[0].clientY);
        var b = AccordWeb.backingPoint(touches[1].clientX, touches[1].clientY);
        var centre = {x: (a.x + b.x) / 2, y: (a.y + b.y) / 2};
        var distance = Math.max(1, Math.hypot(a.x - b.x, a.y - b.y));
        var last = AccordWeb.touch && AccordWeb.touch.mode === 'gesture' ? AccordWeb.touch : null;
        if (last) {
          AccordWeb.call('accord_on_gesture', [centre.x, centre.y, centre.x - last.centre.x,
                                               centre.y - last.centre.y, distance / last.distance]);
        }
        moveTo(centre);
        AccordWeb.touch = {mode: 'gesture', centre: centre, distance: distance};
      } else if (touches.length === 0) {
        // Release where the finger was; the position stays so ImGui sees the release over the item.
        if (AccordWeb.touch && AccordWeb.touch.mode === 'mouse') setButton(false);
        AccordWeb.touch = null;
      }
      AccordWeb.call('accord_wake');
    },

    onWheel: function(event) {
      event.preventDefault();  // no browser zoom on ctrl+wheel (trackpad pinch), no page scroll
      event.stopImmediatePropagation();
      // DOM: positive deltaY scrolls down, in pixels, lines or pages. ImGui: +1 per notch up.
      var unit = event.deltaMode === 1 ? 3 : event.deltaMode === 2 ? 1 : 100;
      AccordWeb.call('accord_on_wheel', [-event.deltaX / unit, -event.deltaY / unit]);
    },

    onInput: function(event) {
      if (AccordWeb.composing || event.isComposing) return;
      AccordWeb.sendText(AccordWeb.textArea.value);
      AccordWeb.textArea.value = '';
    },

    notifyViewport: function() {
      AccordWeb.call('accord_on_resize', [window.innerWidth, window.innerHeight, window.devicePixelRatio || 1]);
    },

    // devicePixelRatio changes with browser zoom and when the window moves to another screen;
    // a media query on the current ratio fires once when it changes, then is renewed.
    watchPixelRatio: function() {
      if (!window.matchMedia) return;
      var query = window.matchMedia('(resolution: ' + (window.devicePixelRatio || 1) + 'dppx)');
      var onChange = function() {
        query.removeEventListener('change', onChange);
        AccordWeb.notifyViewport();
        AccordWeb.watchPixelRatio();
      };
      query.addEventListener('change', onChange);
    },

    init: function() {
      var canvas = Module['canvas'];
      // Take over what GLFW mishandles (see the comment at the top of this file).
      ['touchstart', 'touchmove', 'touchend', 'touchcancel'].forEach(function(type) {
        canvas.removeEventListener(type, type === 'touchstart' ? GLFW.onMouseButtonDown
                                       : type === 'touchmove' ? GLFW.onMousemove : GLFW.onMouseButtonUp, true);
        canvas.addEventListener(type, AccordWeb.onTouch, {capture: true, passive: false});
      });
      canvas.removeEventListener('wheel', GLFW.onMouseWheel, true);
      canvas.removeEventListener('mousewheel', GLFW.onMouseWheel, true);
      canvas.addEventListener('wheel', AccordWeb.onWheel, {capture: true, passive: false});
      window.removeEventListener('keypress', GLFW.onKeyPress, true);

      // Typed text arrives through a hidden text area: it gets IME composition, phone keyboards and
      // paste for free. Keys (arrows, backspace, shortcuts) still reach ImGui through GLFW.
      var area = document.createElement('textarea');
      area.id = 'accord-text-input';
      area.setAttribute('aria-hidden', 'true');
      area.setAttribute('autocomplete', 'off');
      area.setAttribute('autocapitalize', 'off');
      area.setAttribute('spellcheck', 'false');
      area.style.cssText = 'position:fixed;left:0;bottom:0;width:1px;height:1px;opacity:0;' +
                           'border:0;padding:0;resize:none;pointer-events:none;font-size:16px';
      document.body.appendChild(area);
      area.addEventListener('input', AccordWeb.onInput);
      area.addEventListener('compositionstart', function() { AccordWeb.composing = true; });
      area.addEventListener('compositionend', function(event) {
        AccordWeb.composing = false;
        AccordWeb.sendText(event.data || area.value);
        area.value = '';
      });
      AccordWeb.textArea = area;
      // Focusing inside the gesture is what opens a phone keyboard: when a tap has just activated a
      // text field, ImGui already asked for text input by the time the finger lifts.
      var focusIfWanted = function() { if (AccordWeb.wantsText) area.focus({preventScroll: true}); };
      canvas.addEventListener('pointerup', focusIfWanted);
      canvas.addEventListener('touchend', focusIfWanted);

      // A text field the app opens by itself (a new goal's title after "Add sibling") takes the
      // keyboard a frame or two later; until then the text area is not focused and keys typed at
      // once would be lost ("econd site"). Printable keys typed meanwhile are kept for a moment and
      // given to the field if one takes the keyboard within it; a click or any other key drops them.
      window.addEventListener('keydown', function(event) {
        if (AccordWeb.wantsText || document.activeElement === AccordWeb.textArea) return;
        var printable = !event.ctrlKey && !event.metaKey && !event.altKey && !event.isComposing &&
                        Array.from(event.key || '').length === 1;
        if (!printable) {
          if (event.key !== 'Shift') AccordWeb.early = null;
          return;
        }
        var now = performance.now();
        if (!AccordWeb.early || now - AccordWeb.early.at > AccordWeb.earlyMs) AccordWeb.early = {text: '', at: now};
        AccordWeb.early.text += event.key;
        AccordWeb.early.at = now;
      }, true);
      canvas.addEventListener('mousedown', function() { AccordWeb.early = null; }, true);

      // The app's own shortcuts (find, undo, redo, open, export, save) must not also open the
      // browser's find bar or file dialogs. Copy, cut, paste and select-all keep their default:
      // the browser's clipboard events are how text gets in and out.
      window.addEventListener('keydown', function(event) {
        if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
        if (['f', 'z', 'y', 'o', 'e', 's'].indexOf((event.key || '').toLowerCase()) >= 0) event.preventDefault();
      }, true);

      // Any input wakes the idle loop.
      var wake = function() { AccordWeb.call('accord_wake'); };
      ['mousemove', 'mousedown', 'mouseup', 'mouseenter', 'mouseleave'].forEach(function(type) {
        canvas.addEventListener(type, wake, true);
      });
      ['keydown', 'keyup', 'focus', 'blur'].forEach(function(type) { window.addEventListener(type, wake, true); });
      document.addEventListener('visibilitychange', wake);
      window.addEventListener('resize', AccordWeb.notifyViewport);
      AccordWeb.watchPixelRatio();
    },
  },

  // glfwInit() listens for gamepads on the window, and a page that listens for them makes Chromium
  // start its gamepad service: a polling thread, and on Linux an enumeration of the HID devices
  // through udev that took 130-250 ms of a background thread in the browser, in the middle of the
  // start (on 2 cores it slowed the page's thread: first frame ~25 ms later), and polls 60 times a
  // second while the page is open. The app reads no gamepad, so those two listeners are not added.
  accord_js_glfw_init__deps: ['glfwInit'],
  accord_js_glfw_init: function() {
    var hadOwn = Object.prototype.hasOwnProperty.call(window, 'addEventListener');
    var add = window.addEventListener;
    window.addEventListener = function(type) {
      if (type === 'gamepadconnected' || type === 'gamepaddisconnected') return;
      return add.apply(this, arguments);
    };
    try {
      return _glfwInit();
    } finally {
      if (hadOwn) window.addEventListener = add;
      else delete window.addEventListener;
    }
  },

  accord_js_init__deps: ['$AccordWeb', '$AccordAssets'],
  accord_js_init: function() { AccordWeb.init(); },

  accord_js_css_width: function() { return window.innerWidth; },
  accord_js_css_height: function() { return window.innerHeight; },
  accord_js_device_pixel_ratio: function() { return window.devicePixelRatio || 1; },
  accord_js_date_now: function() { return Date.now(); },

  accord_js_first_frame__deps: ['$AccordStorage'],
  accord_js_first_frame: function() {
    if (Module['onFirstFrame']) Module['onFirstFrame']();
    AccordStorage.firstFrameDrawn();
  },

  accord_js_mark__deps: ['$AccordWeb'],
  accord_js_mark: function(name) { AccordWeb.mark(UTF8ToString(name)); },

  accord_js_set_text_input__deps: ['$AccordWeb'],
  accord_js_set_text_input: function(active) {
    AccordWeb.wantsText = !!active;
    var area = AccordWeb.textArea;
    if (!area) return;
    if (active && document.activeElement !== area) area.focus({preventScroll: true});
    if (!active && document.activeElement === area) area.blur();
    var early = AccordWeb.early;
    AccordWeb.early = null;
    if (active && early && performance.now() - early.at <= AccordWeb.earlyMs) AccordWeb.sendText(early.text);
  },

  // Browser.setCanvasSize sizes the backing store and tells GLFW (its resize listener updates the
  // window size and calls the size callbacks).
  accord_js_set_canvas_size__deps: ['$Browser'],
  accord_js_set_canvas_size: function(width, height) { Browser.setCanvasSize(width, height); },

  accord_js_set_cursor: function(css) { Module['canvas'].style.cursor = UTF8ToString(css); },

  accord_js_copy__deps: ['$AccordWeb'],
  accord_js_copy: function(utf8) {
    var text = UTF8ToString(utf8);
    var fallback = function() {
      // execCommand needs a selection in a focused element; borrow the hidden text area.
      var area = AccordWeb.textArea;
      if (!area) return;
      var hadFocus = document.activeElement === area;
      area.value = text;
      area.select();
      try { document.execCommand('copy'); } catch (e) {}
      area.value = '';
      if (!hadFocus) area.blur();
    };
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).catch(fallback);
    } else {
      fallback();
    }
  },

  //-----------------------------------------------------------------------------------------------
  // The app's files (fonts, the sample plan): boot.js fetches them beside the wasm, and they are
  // put in the file system, at the paths the app opens, before main() runs. A file that could not
  // be fetched never lets main() run: boot.js shows the page's failure message instead.
  //-----------------------------------------------------------------------------------------------
  $AccordAssets__deps: ['$FS', '$PATH'],
  $AccordAssets__postset: 'AccordAssets.load();',
  $AccordAssets: {
    load: function() {
      addRunDependency('accord-assets');
      window.accordBoot.assets.then(function(files) {
        files.forEach(function(file) {
          FS.mkdirTree(PATH.dirname(file.path));
          FS.writeFile(file.path, file.bytes, { canOwn: true });
        });
        removeRunDependency('accord-assets');
      }, function() {});
    },
  },

  //-----------------------------------------------------------------------------------------------
  // Storage: the plan library in IndexedDB through IDBFS (platform.hpp, "Storage on this device").
  //
  // Before main() runs (a pre-run step holding a run dependency) the library is loaded from
  // IndexedDB into memory at /data with FS.syncfs(true). The app then writes files in memory and
  // asks persist(ticket); one FS.syncfs(false) runs at a time, and a request made meanwhile runs one
  // more sync afterwards (two syncs in flight can undo each other: a sync that read the files before
  // another finished writes its older view). The app hears each finished sync with the ticket it
  // covered, and says "Saved" only then.
  //
  // Emscripten 3.1.6's IDBFS loses errors (see README, "Things learned the hard way"), so three of
  // its functions are replaced by ones that report them (patchIdbfs).
  //-----------------------------------------------------------------------------------------------
  $AccordStorage__deps: ['$FS', '$IDBFS', '$AccordWeb'],
  // Loading starts as app.js runs, while the wasm still compiles (it needs only the JS file
  // system), and holds main() back until it answers. As a pre-run step it began only once the wasm
  // was instantiated, and its ~100 ms were added to the start.
  $AccordStorage__postset: 'AccordStorage.load();',
  $AccordStorage: {
    ROOT: '/data',
    MEMORY_ROOT: '/memory',
    LOAD_TIMEOUT_MS: 8000,   // IndexedDB that never answers (seen with broken profiles)
    SYNC_WATCHDOG_MS: 10000,
    // platform::StorageProblem, in order.
    NONE: 0, UNAVAILABLE: 1, ELSEWHERE: 2, QUOTA: 3, FAILED: 4,

    root: '/memory',
    durable: false,
    problem: 0,
    detail: '',
    requested: 0,   // the highest ticket asked to persist
    running: null,  // the sync in flight: {ticket, started, done, finish}
    again: false,   // persist() was asked while a sync ran (or before the first frame): run one more after it
    drawn: false,   // the app's first frame is on screen
    remote: null,   // what IndexedDB holds, as the last completed sync left it (patchIdbfs)
    prefetched: null,  // {path: entry}: what it held as the page started (boot.js), until the load is done

    words: function(error) {
      if (!error) return '';
      if (typeof error === 'string') return error;
      if (error instanceof FS.ErrnoError) return 'file system error ' + error.errno;
      return (error.name ? error.name + ': ' : '') + (error.message || String(error));
    },

    kindOf: function(error) {
      var text = AccordStorage.words(error);
      if ((error && error.name === 'QuotaExceededError') || /quota/i.test(text)) return AccordStorage.QUOTA;
      return AccordStorage.FAILED;
    },

    hasIndexedDB: function() {
      try {
        return typeof indexedDB !== 'undefined' && !!indexedDB && typeof indexedDB.open === 'function';
      } catch (e) {
        return false;  // reading `indexedDB` throws where storage is blocked outright
      }
    },

    // 3.1.6's IDBFS reports `this.error` from arrow functions (undefined), and its request error
    // handlers call preventDefault, which stops the transaction from aborting: a failed put is then
    // reported as success and the rest of the sync commits. A transaction that aborts at commit
    // (quota) has no handler at all, so the sync never calls back. These replacements report the
    // real error and abort the whole transaction (a sync is all or nothing), and the abort finishes
    // the sync in flight; the connection is reopened if the browser closes it.
    patchIdbfs: function() {
      var watch = function(store) {
        var transaction = store.transaction;
        if (transaction.accordWatched) return;
        transaction.accordWatched = true;
        var run = AccordStorage.running;  // the sync this transaction belongs to, not a later one
        transaction.addEventListener('abort', function() {
          if (run) run.finish(transaction.error || new DOMException('The browser cancelled the save', 'AbortError'));
        });
      };
      var abort = function(store) {
        try { store.transaction.abort(); } catch (e) { /* already finished */ }
      };
      var request = function(store, make, callback) {
        watch(store);
        var req;
        try {
          req = make();
        } catch (e) {
          abort(store);
          return callback(e);
        }
        req.onsuccess = function() { callback(null); };
        req.onerror = function(event) {
          event.preventDefault();  // abort below, with our reason
          event.stopPropagation();
          callback(req.error || new Error('IndexedDB refused a write'));
          abort(store);
        };
      };
      IDBFS.storeRemoteEntry = function(store, path, entry, callback) {
        request(store, function() { return store.put(entry, path); }, callback);
      };
      IDBFS.removeRemoteEntry = function(store, path, callback) {
        request(store, function() { return store.delete(path); }, callback);
      };
      IDBFS.getDB = function(name, callback) {
        var cached = IDBFS.dbs[name];
        if (cached) return callback(null, cached);
        // The first connection was asked for as the page started (boot.js).
        window.accordBoot.library.openDatabase(name, IDBFS.DB_VERSION, IDBFS.DB_STORE_NAME, function(error, db, contents) {
          if (error) return callback(error);
          AccordStorage.prefetched = contents || null;
          var forget = function() {
            if (IDBFS.dbs[name] === db) delete IDBFS.dbs[name];
            AccordStorage.remote = null;
            AccordStorage.prefetched = null;
            try { db.close(); } catch (e) { /* closed already */ }
          };
          db.onclose = forget;          // the browser closed it (site data cleared)
          db.onversionchange = forget;  // another page wants to upgrade it
          IDBFS.dbs[name] = db;
          callback(null, db);
        });
      };
      // What IndexedDB holds is known after a sync that completed: the files it compared, with their
      // times (a push stores the page's set, a pull leaves the stored set as it read it). The next
      // sync compares against that instead of reading the store's index again. 3.1.6 reads it with
      // a key cursor, one round trip to the browser per stored file, each waiting for the page's
      // thread: with a large plan being typed into, that was 0.4 to 8 seconds of every save. Only
      // this page writes the store (the library lock), so the record stays true; it is forgotten
      // when a sync starts (one that fails leaves the store unknown) and when the connection closes.
      var snapshot = function(entries) {
        var copy = {};
        Object.keys(entries).forEach(function(path) { copy[path] = {'timestamp': entries[path]['timestamp']}; });
        return copy;
      };
      // The library (ROOT) is the only IDBFS mount, so one record serves. The first sync, the load,
      // takes what boot.js read as the database opened (prefetched) instead of reading it again.
      var readRemoteSet = IDBFS.getRemoteSet;
      IDBFS.getRemoteSet = function(mount, callback) {
        IDBFS.getDB(mount.mountpoint, function(error, db) {
          if (error) return callback(error);
          var known = AccordStorage.prefetched || AccordStorage.remote;
          if (!known) return readRemoteSet(mount, callback);
          callback(null, {type: 'remote', db: db, entries: snapshot(known)});
        });
      };
      var loadRemoteEntry = IDBFS.loadRemoteEntry;
      IDBFS.loadRemoteEntry = function(store, path, callback) {
        var prefetched = AccordStorage.prefetched;
        if (prefetched && Object.prototype.hasOwnProperty.call(prefetched, path)) return callback(null, prefetched[path]);
        loadRemoteEntry(store, path, callback);
      };
      var reconcile = IDBFS.reconcile;
      IDBFS.reconcile = function(src, dst, callback) {
        AccordStorage.remote = null;
        reconcile(src, dst, function(error) {
          if (!error) AccordStorage.remote = snapshot(src.entries);
          callback(error);
        });
      };
    },

    // One page writes the library at a time (boot.js asks for the lock as the page starts, and
    // says why). Answers held (true) or not.
    acquireLock: function(callback) {
      window.accordBoot.library.lock(callback);
    },

    // Everything the app needs to know about storage is settled before main().
    load: function() {
      addRunDependency('accord-storage');
      var settled = false;
      var timer = null;
      var finish = function(problem, detail, loaded) {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        AccordStorage.prefetched = null;  // what it held is in memory now (or never will be)
        AccordStorage.problem = problem;
        AccordStorage.detail = detail || '';
        AccordStorage.durable = problem === AccordStorage.NONE;
        // A library that did not load (or loads late) is never used: this session works on an
        // empty one in memory, and nothing is ever synced over what IndexedDB holds.
        AccordStorage.root = loaded ? AccordStorage.ROOT : AccordStorage.MEMORY_ROOT;
        if (!loaded) FS.mkdirTree(AccordStorage.MEMORY_ROOT);
        AccordWeb.mark('accord:storage-loaded');
        removeRunDependency('accord-storage');
      };
      timer = setTimeout(function() {
        finish(AccordStorage.UNAVAILABLE, 'IndexedDB did not answer within ' + AccordStorage.LOAD_TIMEOUT_MS / 1000 + ' seconds', false);
      }, AccordStorage.LOAD_TIMEOUT_MS);
      if (!AccordStorage.hasIndexedDB()) return finish(AccordStorage.UNAVAILABLE, 'IndexedDB is not available', false);
      AccordStorage.patchIdbfs();
      try {
        FS.mkdir(AccordStorage.ROOT);
        FS.mount(IDBFS, {}, AccordStorage.ROOT);
      } catch (e) {
        return finish(AccordStorage.UNAVAILABLE, AccordStorage.words(e), false);
      }
      AccordStorage.acquireLock(function(held) {
        try {
          FS.syncfs(true, function(error) {
            if (error) return finish(AccordStorage.UNAVAILABLE, AccordStorage.words(error), false);
            if (!held) return finish(AccordStorage.ELSEWHERE, 'another page holds the library', true);
            finish(AccordStorage.NONE, '', true);
          });
        } catch (e) {
          finish(AccordStorage.UNAVAILABLE, AccordStorage.words(e), false);
        }
      });
      // Hidden or left: the app writes what is pending now (timers are slowed in hidden tabs, and a
      // closed tab runs none).
      document.addEventListener('visibilitychange', function() {
        if (document.visibilityState === 'hidden') AccordWeb.call('accord_on_page_hidden', [0]);
      });
      window.addEventListener('pagehide', function() { AccordWeb.call('accord_on_page_hidden', [1]); });
    },

    persist: function(ticket) {
      if (!AccordStorage.durable) return;
      AccordStorage.requested = Math.max(AccordStorage.requested, ticket);
      if (AccordStorage.running) {
        AccordStorage.again = true;
        return;
      }
      // Before the app has drawn (a first visit writes its new, empty plan; a start may replay a
      // last-moment copy, which localStorage keeps until a sync covers it) the sync waits for the
      // first frame: its work on the page's thread, and the browser's making the database's files,
      // took CPU from the first frame on two cores. Nobody can have typed anything yet.
      if (!AccordStorage.drawn) {
        AccordStorage.again = true;
        return;
      }
      AccordStorage.sync(0);
    },

    // Called inside the first frame, before the browser has shown it: the waiting sync starts once
    // the frame is on screen (the next animation frame), not in the same task, which held the
    // frame back by the sync's ~20 ms. A hidden page gets no animation frames: the timer starts it.
    firstFrameDrawn: function() {
      var start = function() {
        if (AccordStorage.drawn) return;
        AccordStorage.drawn = true;
        if (AccordStorage.again && !AccordStorage.running) AccordStorage.sync(0);
      };
      requestAnimationFrame(function() { setTimeout(start, 0); });
      setTimeout(start, 500);
    },

    sync: function(attempt) {
      var run = {ticket: AccordStorage.requested, started: performance.now(), done: false};
      AccordStorage.running = run;
      AccordStorage.again = false;
      // Says "not saved" when IndexedDB stops answering, but keeps the sync as the one in flight:
      // starting another while this one may still write would be the overlap this code avoids.
      var watchdog = setTimeout(function() {
        if (!run.done) {
          AccordStorage.report(run.ticket, AccordStorage.FAILED,
                               'the browser has not finished saving for ' + AccordStorage.SYNC_WATCHDOG_MS / 1000 + ' seconds');
        }
      }, AccordStorage.SYNC_WATCHDOG_MS);
      run.finish = function(error) {
        if (run.done) return;
        run.done = true;
        clearTimeout(watchdog);
        AccordStorage.running = null;
        // A file listed when the sync began was removed before it was read (a version pruned
        // meanwhile): nothing failed, the next sync sees the new set of files.
        var changedMeanwhile = error instanceof FS.ErrnoError && attempt < 3;
        if (changedMeanwhile) return AccordStorage.sync(attempt + 1);
        AccordStorage.report(run.ticket, error ? AccordStorage.kindOf(error) : AccordStorage.NONE, AccordStorage.words(error));
        if (AccordStorage.again) AccordStorage.sync(0);
      };
      try {
        FS.syncfs(false, function(error) { run.finish(error); });
      } catch (e) {
        run.finish(e);
      }
    },

    report: function(ticket, problem, detail) {
      var text = allocateUTF8(detail || '');
      AccordWeb.call('accord_on_storage_synced', [ticket, problem, text]);
      _free(text);
    },
  },

  accord_js_storage_root__deps: ['$AccordStorage'],
  accord_js_storage_root: function() { return allocateUTF8(AccordStorage.root); },
  accord_js_storage_durable__deps: ['$AccordStorage'],
  accord_js_storage_durable: function() { return AccordStorage.durable ? 1 : 0; },
  accord_js_storage_problem__deps: ['$AccordStorage'],
  accord_js_storage_problem: function() { return AccordStorage.problem; },
  accord_js_storage_detail__deps: ['$AccordStorage'],
  accord_js_storage_detail: function() { return allocateUTF8(AccordStorage.detail); },
  accord_js_storage_persist__deps: ['$AccordStorage'],
  accord_js_storage_persist: function(ticket) { AccordStorage.persist(ticket); },

  // The last-moment copy (platform.hpp): localStorage, because it is written before the page goes.
  accord_js_keep_copy: function(text) {
    try {
      localStorage.setItem('accord-last-moment', UTF8ToString(text));
      return 1;
    } catch (e) {
      return 0;  // no localStorage here, or the copy is larger than its quota
    }
  },
  accord_js_last_copy: function() {
    try {
      var text = localStorage.getItem('accord-last-moment');
      return text === null ? 0 : allocateUTF8(text);
    } catch (e) {
      return 0;
    }
  },
  accord_js_forget_copy: function() {
    try { localStorage.removeItem('accord-last-moment'); } catch (e) { /* nothing kept */ }
  },

  // navigator.storage.persist(): whether the browser may clear the library when space runs low.
  // Chrome answers from how much the site is used, Firefox asks the person, Safari may say no.
  // Reported as platform::Protection (1 protected, 2 not protected, 3 unsupported).
  accord_js_request_protection__deps: ['$AccordWeb'],
  accord_js_request_protection: function() {
    var report = function(state) { AccordWeb.call('accord_on_storage_protection', [state]); };
    if (!navigator.storage || typeof navigator.storage.persist !== 'function') return report(3);
    navigator.storage.persisted()
      .then(function(already) { return already || navigator.storage.persist(); })
      .then(function(granted) { report(granted ? 1 : 2); }, function() { report(3); });
  },

  accord_js_request_storage_use__deps: ['$AccordWeb'],
  accord_js_request_storage_use: function() {
    if (!navigator.storage || typeof navigator.storage.estimate !== 'function') return;
    navigator.storage.estimate().then(function(estimate) {
      AccordWeb.call('accord_on_storage_use', [estimate.usage || 0, estimate.quota || 0]);
    }, function() {});
  },
});
