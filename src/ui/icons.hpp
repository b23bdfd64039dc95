#pragma once
// Icons from Font Awesome 4.7 (Debian's fonts-font-awesome), merged into the UI font at start-up
// (ui/fonts.cpp). Each constant is the glyph's code point as UTF-8, ready to prefix a label:
//   ImGui::Button(ICON_UNDO " Undo")
// Code points are those of font-awesome.css in the same package.

#define ICON_DASHBOARD   u8"\uf0e4"  // fa-tachometer
#define ICON_VISION      u8"\uf06e"  // fa-eye
#define ICON_PARTNERS    u8"\uf0c0"  // fa-users
#define ICON_GOALS       u8"\uf0e8"  // fa-sitemap
#define ICON_ROLES       u8"\uf009"  // fa-th-large
#define ICON_ALIGNMENT   u8"\uf140"  // fa-bullseye
#define ICON_RISKS       u8"\uf071"  // fa-exclamation-triangle
#define ICON_CHECKINS    u8"\uf086"  // fa-comments
#define ICON_EXCHANGE    u8"\uf0ec"  // fa-exchange
#define ICON_UNDO        u8"\uf0e2"
#define ICON_REDO        u8"\uf01e"  // fa-repeat
#define ICON_ADD         u8"\uf067"  // fa-plus
#define ICON_REMOVE      u8"\uf068"  // fa-minus
#define ICON_DELETE      u8"\uf1f8"  // fa-trash
#define ICON_EDIT        u8"\uf040"  // fa-pencil
#define ICON_FIND        u8"\uf002"  // fa-search
#define ICON_OPEN        u8"\uf07c"  // fa-folder-open
#define ICON_DOWNLOAD    u8"\uf019"
#define ICON_UPLOAD      u8"\uf093"
#define ICON_SAVE        u8"\uf0c7"  // fa-floppy-o
#define ICON_CHECK       u8"\uf00c"
#define ICON_CLOSE       u8"\uf00d"  // fa-times
#define ICON_MENU        u8"\uf0c9"  // fa-bars
#define ICON_LIGHT       u8"\uf185"  // fa-sun-o
#define ICON_DARK        u8"\uf186"  // fa-moon-o
#define ICON_NEW         u8"\uf016"  // fa-file-o
#define ICON_COPY        u8"\uf0c5"  // fa-files-o
#define ICON_PASTE       u8"\uf0ea"  // fa-clipboard
#define ICON_SHARE       u8"\uf1e0"  // fa-share-alt
#define ICON_EMAIL       u8"\uf0e0"  // fa-envelope
#define ICON_FIT         u8"\uf065"  // fa-expand
#define ICON_COLLAPSE    u8"\uf066"  // fa-compress
#define ICON_CHEVRON_L   u8"\uf053"
#define ICON_CHEVRON_R   u8"\uf054"
#define ICON_CHEVRON_D   u8"\uf078"
#define ICON_CARET_D     u8"\uf0d7"  // fa-caret-down
#define ICON_ARROW_UP    u8"\uf062"
#define ICON_ARROW_DOWN  u8"\uf063"
#define ICON_MOVE        u8"\uf047"  // fa-arrows
#define ICON_INFO        u8"\uf05a"  // fa-info-circle
#define ICON_HELP        u8"\uf059"  // fa-question-circle
#define ICON_IDEA        u8"\uf0eb"  // fa-lightbulb-o
#define ICON_HANDSHAKE   u8"\uf2b5"  // fa-handshake-o
#define ICON_FLAG        u8"\uf024"
#define ICON_CALENDAR    u8"\uf073"
#define ICON_CLOCK       u8"\uf017"  // fa-clock-o
#define ICON_LINK        u8"\uf0c1"
#define ICON_STAR        u8"\uf005"
#define ICON_DOT         u8"\uf111"  // fa-circle
#define ICON_OK          u8"\uf058"  // fa-check-circle
#define ICON_ERROR       u8"\uf057"  // fa-times-circle
#define ICON_HISTORY     u8"\uf1da"
#define ICON_BOOK        u8"\uf02d"
#define ICON_LOCK        u8"\uf023"
#define ICON_REFRESH     u8"\uf021"
#define ICON_SETTINGS    u8"\uf013"  // fa-cog
#define ICON_CHART       u8"\uf201"  // fa-line-chart
#define ICON_BALANCE     u8"\uf24e"  // fa-balance-scale
#define ICON_PHONE       u8"\uf095"
#define ICON_GAVEL       u8"\uf0e3"
#define ICON_USER        u8"\uf007"

// The range to merge from the icon font: all of Font Awesome 4.7's glyphs.
#define ICON_RANGE_FIRST 0xf000
#define ICON_RANGE_LAST  0xf2e0
