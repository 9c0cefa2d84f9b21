#include "diagnostics/terminal_text.h"

#include <cstdio>

namespace sdgen {

long CodePointAt(std::string_view text, size_t at, size_t* length) {
  unsigned char lead = static_cast<unsigned char>(text[at]);
  *length = 1;
  if (lead < 0x80) return lead;
  size_t size = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 0;
  if (size == 0 || lead > 0xF4 || at + size > text.size()) return -1;
  long code = lead & (0x7F >> size);
  for (size_t i = 1; i < size; ++i) {
    unsigned char next = static_cast<unsigned char>(text[at + i]);
    if ((next & 0xC0) != 0x80) return -1;
    code = (code << 6) | (next & 0x3F);
  }
  static const long kSmallest[] = {0, 0, 0x80, 0x800, 0x10000};
  if (code < kSmallest[size] || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) return -1;
  *length = size;
  return code;
}

namespace {

bool IsControl(long code) { return code < 0x20 || (code >= 0x7F && code <= 0x9F); }

// Characters that change the order or the spacing of what is shown without
// being seen themselves: bidi embeddings, overrides and isolates, marks,
// zero-width characters, line and paragraph separators, the byte-order mark.
bool IsInvisibleFormat(long code) {
  return code == 0x061C || (code >= 0x200B && code <= 0x200F) ||
         (code >= 0x2028 && code <= 0x202E) || (code >= 0x2060 && code <= 0x2069) || code == 0xFEFF;
}

std::string Hex(const char* format, long value) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, format, value);
  return buffer;
}

}  // namespace

bool ActsOnTerminal(long code) { return IsControl(code) || IsInvisibleFormat(code); }

ShownText ShowCharacter(std::string_view text, size_t at, bool keep_tab, size_t* length) {
  long code = CodePointAt(text, at, length);
  if (code == '\t') return keep_tab ? ShownText{"\t", 1} : ShownText{"\\t", 2};
  if (code < 0) return {Hex("\\x%02lx", static_cast<unsigned char>(text[at])), 4};
  if (IsControl(code)) return {Hex("\\x%02lx", code), 4};
  if (IsInvisibleFormat(code)) return {Hex("<U+%04lX>", code), 8};
  return {std::string(text.substr(at, *length)), 1};
}

std::string TerminalSafe(std::string_view text) {
  std::string shown;
  shown.reserve(text.size());
  for (size_t at = 0, length = 0; at < text.size(); at += length) {
    // Printable ASCII, nearly all of any message, is shown as it is; lint
    // renders hundreds of thousands of findings.
    for (length = 0; at + length < text.size() && IsPrintableAscii(text[at + length]);) ++length;
    if (length > 0) {
      shown.append(text, at, length);
      continue;
    }
    shown += ShowCharacter(text, at, /*keep_tab=*/false, &length).text;
  }
  return shown;
}

}  // namespace sdgen
