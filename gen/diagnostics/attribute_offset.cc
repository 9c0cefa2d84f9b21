#include "diagnostics/attribute_offset.h"

namespace sdgen {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

}  // namespace

size_t AttributeValueOffset(std::string_view text, size_t element_offset, std::string_view name,
                            size_t occurrence) {
  // Walks the start tag attribute by attribute, so a name inside another
  // attribute's value (alt="the file name") is never taken for it.
  size_t i = element_offset;
  while (i < text.size() && !IsSpace(text[i]) && text[i] != '>' && text[i] != '/') ++i;
  while (i < text.size()) {
    while (i < text.size() && IsSpace(text[i])) ++i;
    if (i >= text.size() || text[i] == '>' || text[i] == '/') break;
    size_t name_start = i;
    while (i < text.size() && !IsSpace(text[i]) && text[i] != '=') ++i;
    std::string_view found = text.substr(name_start, i - name_start);
    while (i < text.size() && (IsSpace(text[i]) || text[i] == '=')) ++i;
    if (i >= text.size()) break;
    char quote = text[i];
    if (found == name && occurrence-- == 0) return i + 1;
    size_t close = text.find(quote, i + 1);
    if (close == std::string_view::npos) break;
    i = close + 1;
  }
  return element_offset;
}

}  // namespace sdgen
