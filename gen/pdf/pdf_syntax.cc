#include "pdf/pdf_syntax.h"

#include <unicode/unistr.h>

#include <cctype>
#include <cstdio>
#include <cstring>

namespace sdgen::pdf {
namespace {

bool IsWhite(char c) {
  return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0';
}
bool IsDelimiter(char c) { return c != '\0' && std::strchr("()<>[]{}/%", c) != nullptr; }

size_t SkipWhite(std::string_view text, size_t at) {
  while (at < text.size()) {
    if (IsWhite(text[at])) {
      ++at;
    } else if (text[at] == '%') {  // a comment runs to the end of the line
      while (at < text.size() && text[at] != '\n' && text[at] != '\r') ++at;
    } else {
      break;
    }
  }
  return at;
}

size_t LiteralStringEnd(std::string_view text, size_t at) {
  int depth = 0;
  for (; at < text.size(); ++at) {
    if (text[at] == '\\')
      ++at;
    else if (text[at] == '(')
      ++depth;
    else if (text[at] == ')' && --depth == 0)
      return at + 1;
  }
  return std::string_view::npos;
}

// Objects up to `close` (">>" or "]"), skipped one by one.
size_t ContainerEnd(std::string_view text, size_t at, std::string_view close) {
  for (;;) {
    at = SkipWhite(text, at);
    if (at >= text.size()) return std::string_view::npos;
    if (text.substr(at, close.size()) == close) return at + close.size();
    at = PdfObjectEnd(text, at);
    if (at == std::string_view::npos) return at;
  }
}

size_t TokenEnd(std::string_view text, size_t at) {
  while (at < text.size() && !IsWhite(text[at]) && !IsDelimiter(text[at])) ++at;
  return at;
}

bool IsInteger(std::string_view token) {
  if (token.empty()) return false;
  for (char c : token)
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  return true;
}

// One object, a reference's three tokens counting as three.
size_t SingleObjectEnd(std::string_view text, size_t at) {
  if (at >= text.size()) return std::string_view::npos;
  switch (text[at]) {
    case '(':
      return LiteralStringEnd(text, at);
    case '[':
      return ContainerEnd(text, at + 1, "]");
    case '<':
      if (text.substr(at, 2) == "<<") return ContainerEnd(text, at + 2, ">>");
      at = text.find('>', at);
      return at == std::string_view::npos ? at : at + 1;
    case '/':
      return TokenEnd(text, at + 1);
    default:
      size_t end = TokenEnd(text, at);
      return end == at ? std::string_view::npos : end;
  }
}

std::string Utf16BeToUtf8(std::string_view bytes) {
  icu::UnicodeString unicode;
  for (size_t i = 0; i + 1 < bytes.size(); i += 2)
    unicode.append(static_cast<char16_t>((static_cast<unsigned char>(bytes[i]) << 8) |
                                         static_cast<unsigned char>(bytes[i + 1])));
  std::string utf8;
  unicode.toUTF8String(utf8);
  return utf8;
}

std::string LiteralStringBytes(std::string_view text) {
  std::string bytes;
  for (size_t i = 1; i + 1 < text.size(); ++i) {
    if (text[i] != '\\') {
      bytes += text[i];
      continue;
    }
    char next = ++i < text.size() ? text[i] : '\\';
    if (next >= '0' && next <= '7') {
      int value = 0;
      for (int digits = 0; digits < 3 && i < text.size() && text[i] >= '0' && text[i] <= '7';
           ++digits, ++i)
        value = value * 8 + (text[i] - '0');
      --i;
      bytes += static_cast<char>(value);
    } else {
      const char* escapes = "n\nr\rt\tb\bf\f";
      const char* found = std::strchr(escapes, next);
      bytes += found != nullptr && (found - escapes) % 2 == 0 ? found[1] : next;
    }
  }
  return bytes;
}

}  // namespace

size_t PdfObjectEnd(std::string_view text, size_t at) {
  at = SkipWhite(text, at);
  size_t end = SingleObjectEnd(text, at);
  if (end == std::string_view::npos || !IsInteger(text.substr(at, end - at))) return end;
  // "12 0 R" is one object: look past the generation for the R.
  size_t generation = SkipWhite(text, end);
  size_t generation_end = TokenEnd(text, generation);
  if (!IsInteger(text.substr(generation, generation_end - generation))) return end;
  size_t r = SkipWhite(text, generation_end);
  if (text.substr(r, 1) == "R" && TokenEnd(text, r) == r + 1) return r + 1;
  return end;
}

std::optional<std::string_view> DictionaryValue(std::string_view dictionary, std::string_view key) {
  size_t at = SkipWhite(dictionary, 0);
  if (dictionary.substr(at, 2) != "<<") return std::nullopt;
  at += 2;
  for (;;) {
    at = SkipWhite(dictionary, at);
    if (at >= dictionary.size() || dictionary.substr(at, 2) == ">>") return std::nullopt;
    size_t key_end = PdfObjectEnd(dictionary, at);
    if (key_end == std::string_view::npos) return std::nullopt;
    size_t value = SkipWhite(dictionary, key_end);
    size_t value_end = PdfObjectEnd(dictionary, value);
    if (value_end == std::string_view::npos) return std::nullopt;
    if (dictionary.substr(at, key_end - at) == key)
      return dictionary.substr(value, value_end - value);
    at = value_end;
  }
}

std::optional<ObjectReference> AsReference(std::string_view text) {
  ObjectReference reference;
  char r = 0;
  std::string copy(text);
  if (std::sscanf(copy.c_str(), "%d %d %c", &reference.number, &reference.generation, &r) != 3 ||
      r != 'R')
    return std::nullopt;
  return reference;
}

std::vector<std::string_view> ArrayItems(std::string_view array) {
  std::vector<std::string_view> items;
  size_t at = SkipWhite(array, 0);
  if (array.substr(at, 1) != "[") return items;
  for (at = SkipWhite(array, at + 1); at < array.size() && array[at] != ']';
       at = SkipWhite(array, at)) {
    size_t end = PdfObjectEnd(array, at);
    if (end == std::string_view::npos) break;
    items.push_back(array.substr(at, end - at));
    at = end;
  }
  return items;
}

std::string DecodeHexString(std::string_view text) {
  std::string digits;
  for (char c : text)
    if (std::isxdigit(static_cast<unsigned char>(c))) digits += c;
  if (digits.size() % 2 == 1) digits += '0';
  std::string bytes;
  for (size_t i = 0; i < digits.size(); i += 2)
    bytes += static_cast<char>(std::stoi(digits.substr(i, 2), nullptr, 16));
  return bytes;
}

std::string DecodeTextString(std::string_view text) {
  std::string bytes;
  if (text.substr(0, 1) == "(")
    bytes = LiteralStringBytes(text);
  else if (text.substr(0, 1) == "<")
    bytes = DecodeHexString(text);
  if (bytes.size() >= 2 && bytes[0] == '\xFE' && bytes[1] == '\xFF')
    return Utf16BeToUtf8(bytes.substr(2));
  return bytes;
}

std::string EncodeTextString(const std::string& text) {
  bool plain = true;
  for (char c : text) plain = plain && c >= ' ' && c <= '~' && c != '(' && c != ')' && c != '\\';
  if (plain) return "(" + text + ")";
  icu::UnicodeString unicode = icu::UnicodeString::fromUTF8(text);
  std::string hex = "<FEFF";
  char unit[5];
  for (int i = 0; i < unicode.length(); ++i) {
    std::snprintf(unit, sizeof unit, "%04X", static_cast<unsigned>(unicode.charAt(i)));
    hex += unit;
  }
  return hex + ">";
}

}  // namespace sdgen::pdf
