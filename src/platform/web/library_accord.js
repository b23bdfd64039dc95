// The browser half of platform/web (linked with --js-library). Everything the app does with the
// DOM is here: sizing the canvas for the pixel ratio, waking the idle loop on input, wheel and
// touch input, the hidden text area for typed/IME/pasted text, and the clipboard.
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

    call: function(name, args) {
      // Input may arrive before the module finished starting; drop it then.
      var fn = Module['_' + name];
      if (fn) fn.apply(null, args || []);
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

  accord_js_init__deps: ['$AccordWeb'],
  accord_js_init: function() { AccordWeb.init(); },

  accord_js_css_width: function() { return window.innerWidth; },
  accord_js_css_height: function() { return window.innerHeight; },
  accord_js_device_pixel_ratio: function() { return window.devicePixelRatio || 1; },
  accord_js_date_now: function() { return Date.now(); },

  accord_js_first_frame: function() {
    if (Module['onFirstFrame']) Module['onFirstFrame']();
  },

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
});
