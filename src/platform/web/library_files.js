// Files in and out of the browser (platform.hpp, "Files"): downloads, the share sheet, mailto:
// links, the file picker and files dropped on the page. Linked with --js-library beside
// library_accord.js; the C++ half is platform_files.cpp.
//
// Browsers let a page open a file picker, start a download or open a link only shortly after the
// user did something (transient user activation, about five seconds in Chromium). ImGui handles a
// click in the next animation frame, well inside that window, so these run straight from C++.

mergeInto(LibraryManager.library, {
  $AccordFiles__deps: ['$AccordWeb'],
  $AccordFiles: {
    input: null,        // the hidden <input type=file>
    dragDepth: 0,       // dragenter/dragleave pairs: leaving a child is not leaving the page
    lastOpened: '',     // the last URL handed to open_url (tests read it: a mail client cannot be seen)
    maxBytes: 64 * 1024 * 1024,  // refused before reading; the importer's own limit is lower and explains itself

    // Hands a file's bytes to C++ (accord_on_file copies them).
    deliver: function(name, bytes) {
      var namePtr = allocateUTF8(name);
      var dataPtr = _malloc(Math.max(1, bytes.length));
      HEAPU8.set(bytes, dataPtr);
      AccordWeb.call('accord_on_file', [namePtr, dataPtr, bytes.length]);
      _free(dataPtr);
      _free(namePtr);
    },

    refuse: function(name, message) {
      var namePtr = allocateUTF8(name);
      var messagePtr = allocateUTF8(message);
      AccordWeb.call('accord_on_file_error', [namePtr, messagePtr]);
      _free(messagePtr);
      _free(namePtr);
    },

    read: function(file) {
      if (file.size > AccordFiles.maxBytes) {
        AccordFiles.refuse(file.name, 'the file is ' + Math.round(file.size / 1048576) +
                           ' MB: far larger than any plan file');
        return;
      }
      file.arrayBuffer().then(function(buffer) {
        AccordFiles.deliver(file.name, new Uint8Array(buffer));
      }, function(error) {
        AccordFiles.refuse(file.name, 'the browser could not read it (' + (error && error.message || error) + ')');
      });
    },

    setDragging: function(over) { AccordWeb.call('accord_on_drag', [over ? 1 : 0]); },

    hasFiles: function(event) {
      var types = event.dataTransfer && event.dataTransfer.types;
      return !!types && Array.prototype.indexOf.call(types, 'Files') >= 0;
    },

    init: function() {
      var input = document.createElement('input');
      input.type = 'file';
      input.accept = '.json,application/json';
      input.style.display = 'none';
      input.id = 'accord-file-input';
      input.addEventListener('change', function() {
        Array.prototype.forEach.call(input.files || [], AccordFiles.read);
        input.value = '';  // choosing the same file again must fire 'change' again
      });
      document.body.appendChild(input);
      AccordFiles.input = input;

      // A file dropped anywhere on the page comes to the app; without preventDefault on dragover
      // and drop the browser would navigate away to show the file, and the open plan would go.
      window.addEventListener('dragenter', function(event) {
        if (!AccordFiles.hasFiles(event)) return;
        event.preventDefault();
        if (AccordFiles.dragDepth++ === 0) AccordFiles.setDragging(true);
      });
      window.addEventListener('dragover', function(event) {
        if (!AccordFiles.hasFiles(event)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
      });
      window.addEventListener('dragleave', function(event) {
        if (!AccordFiles.hasFiles(event)) return;
        if (--AccordFiles.dragDepth <= 0) {
          AccordFiles.dragDepth = 0;
          AccordFiles.setDragging(false);
        }
      });
      window.addEventListener('drop', function(event) {
        if (!AccordFiles.hasFiles(event)) return;
        event.preventDefault();
        AccordFiles.dragDepth = 0;
        AccordFiles.setDragging(false);
        Array.prototype.forEach.call(event.dataTransfer.files || [], AccordFiles.read);
      });
    },
  },

  accord_js_files_init__deps: ['$AccordFiles'],
  accord_js_files_init: function() { AccordFiles.init(); },

  accord_js_download: function(name, mime, data, length) {
    var blob = new Blob([HEAPU8.slice(data, data + length)], {type: UTF8ToString(mime)});
    var url = URL.createObjectURL(blob);
    var link = document.createElement('a');
    link.href = url;
    link.download = UTF8ToString(name);
    link.style.display = 'none';
    document.body.appendChild(link);
    link.click();
    link.remove();
    // The download has taken its copy once click() returns in Chromium; Firefox needs a moment.
    setTimeout(function() { URL.revokeObjectURL(url); }, 10000);
  },

  accord_js_can_share_files: function() {
    if (!navigator.canShare) return 0;
    try {
      return navigator.canShare({files: [new File(['{}'], 'plan.accord.json', {type: 'application/json'})]}) ? 1 : 0;
    } catch (e) {
      return 0;
    }
  },

  accord_js_share__deps: ['$AccordWeb'],
  accord_js_share: function(name, mime, data, length, title) {
    var file = new File([HEAPU8.slice(data, data + length)], UTF8ToString(name), {type: UTF8ToString(mime)});
    var shared = {files: [file], title: UTF8ToString(title)};
    navigator.share(shared).then(function() {
      AccordWeb.call('accord_on_share_done', [1]);
    }, function(error) {
      // AbortError: the person closed the share sheet; that is not a failure to report.
      AccordWeb.call('accord_on_share_done', [error && error.name === 'AbortError' ? 1 : 0]);
    });
  },

  accord_js_open_url__deps: ['$AccordFiles'],
  accord_js_open_url: function(url) {
    var address = UTF8ToString(url);
    AccordFiles.lastOpened = address;
    Module['accordLastOpenedUrl'] = address;
    // A mailto: link through a clicked anchor: the mail client opens and the page stays.
    var link = document.createElement('a');
    link.href = address;
    link.rel = 'noopener';
    if (!/^mailto:/i.test(address)) link.target = '_blank';
    link.style.display = 'none';
    document.body.appendChild(link);
    link.click();
    link.remove();
  },

  accord_js_pick_file__deps: ['$AccordFiles'],
  accord_js_pick_file: function() {
    if (AccordFiles.input) AccordFiles.input.click();
  },

  accord_js_page_address: function() { return allocateUTF8(window.location.href.split('#')[0]); },
});
