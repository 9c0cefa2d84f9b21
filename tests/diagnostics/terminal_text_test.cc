// What a diagnostic prints of a file is shown, never acted on: a terminal
// command or a bidi override in a record is written out as an escape.

#include "diagnostics/terminal_text.h"

#include <catch2/catch.hpp>

using namespace sdgen;

TEST_CASE("terminal commands in text are written out as escapes") {
  CHECK(TerminalSafe("a\x1b]0;title\x07z") == "a\\x1b]0;title\\x07z");
  CHECK(TerminalSafe("\x1b[2J") == "\\x1b[2J");
  CHECK(TerminalSafe("del\x7f") == "del\\x7f");
  CHECK(TerminalSafe("c1 \xC2\x9B") == "c1 \\x9b");  // U+009B, the one-character CSI
  CHECK(TerminalSafe("tab\there") == "tab\\there");
}

TEST_CASE("bidi controls and invisible characters are named by code point") {
  CHECK(TerminalSafe("abc\xE2\x80\xAE"
                     "cba") == "abc<U+202E>cba");
  CHECK(TerminalSafe("\xE2\x81\xA6x\xE2\x81\xA9") == "<U+2066>x<U+2069>");
  CHECK(TerminalSafe("a\xE2\x80\x8B"
                     "b") == "a<U+200B>b");
  CHECK(TerminalSafe("\xEF\xBB\xBFx") == "<U+FEFF>x");
}

TEST_CASE("names in any script are shown as they are, and broken UTF-8 as bytes") {
  CHECK(TerminalSafe("Llŷr ap Gwilym, Agnieszka Śliwińska, 王") ==
        "Llŷr ap Gwilym, Agnieszka Śliwińska, 王");
  CHECK(TerminalSafe("Si\xE2n") == "Si\\xe2n");
  CHECK(TerminalSafe("\xC0\xAF") == "\\xc0\\xaf");  // an overlong '/'
}

TEST_CASE("each character says how many columns it takes") {
  size_t length = 0;
  ShownText escape = ShowCharacter("\x1b", 0, false, &length);
  CHECK(escape.columns == 4);
  CHECK(length == 1);
  ShownText override_mark = ShowCharacter("\xE2\x80\xAE", 0, false, &length);
  CHECK(override_mark.columns == 8);
  CHECK(length == 3);
  ShownText tab = ShowCharacter("\t", 0, true, &length);
  CHECK(tab.text == "\t");
}
