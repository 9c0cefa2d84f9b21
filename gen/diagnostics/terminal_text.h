#pragma once

// Diagnostics quote what a file holds: a record's words, a source line. A
// terminal acts on some characters instead of showing them (ESC starts a
// command that can retitle the window or clear the screen) and bidi controls
// reorder what is shown, so a line can read other than what it is. These
// characters are written out as visible escapes before anything is printed.

#include <cstddef>
#include <string>
#include <string_view>

namespace sdgen {

/// One piece of text as it is shown: the bytes to print and the columns they take.
struct ShownText {
  std::string text;
  size_t columns = 0;
};

/// The code point starting at `text[at]` and its length in bytes (`*length`),
/// or -1 (length 1) for a byte that does not start valid, shortest-form UTF-8.
long CodePointAt(std::string_view text, size_t at, size_t* length);

/// Whether a terminal acts on `code` instead of showing it (a C0 or C1
/// control, DEL), or it reorders or hides text (a bidi control, a zero-width
/// or other invisible formatting character, a line or paragraph separator).
bool ActsOnTerminal(long code);

/// A byte that is a whole character and shown as it is: space to '~'.
inline bool IsPrintableAscii(char c) { return c >= 0x20 && c < 0x7F; }

/// The character starting at `text[at]`, as it may be shown on a terminal, and
/// how many bytes it took (`*length`). A control character is shown as `\x1b`,
/// a bidi or other invisible formatting character as `<U+202E>`, a byte that
/// does not start valid UTF-8 as `\xff`; a tab stays a tab when `keep_tab`.
ShownText ShowCharacter(std::string_view text, size_t at, bool keep_tab, size_t* length);

/// All of `text`, each character as ShowCharacter shows it (tabs as `\t`).
std::string TerminalSafe(std::string_view text);

}  // namespace sdgen
