#include "diagnostics/json_writer.h"

#include <cstdio>

#include "diagnostics/terminal_text.h"

namespace sdgen {

void JsonWriter::BeforeValue() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (!has_element_.empty()) {
    if (has_element_.back()) out_ += ',';
    has_element_.back() = true;
  }
}

JsonWriter& JsonWriter::BeginObject() {
  BeforeValue();
  out_ += '{';
  has_element_.push_back(false);
  return *this;
}

JsonWriter& JsonWriter::EndObject() {
  out_ += '}';
  has_element_.pop_back();
  return *this;
}

JsonWriter& JsonWriter::BeginArray() {
  BeforeValue();
  out_ += '[';
  has_element_.push_back(false);
  return *this;
}

JsonWriter& JsonWriter::EndArray() {
  out_ += ']';
  has_element_.pop_back();
  return *this;
}

JsonWriter& JsonWriter::Key(std::string_view key) {
  String(key);
  out_ += ':';
  after_key_ = true;
  return *this;
}

JsonWriter& JsonWriter::String(std::string_view value) {
  BeforeValue();
  out_ += '"';
  // Characters a terminal would act on (C1 controls, bidi overrides) are
  // escaped too, so that JSON printed to a terminal is as safe as the text
  // form; a byte that is not UTF-8 becomes U+FFFD, as JSON must be UTF-8.
  for (size_t at = 0, length = 0; at < value.size(); at += length) {
    long code = CodePointAt(value, at, &length);
    switch (code) {
      case '"': out_ += "\\\""; break;
      case '\\': out_ += "\\\\"; break;
      case '\n': out_ += "\\n"; break;
      case '\r': out_ += "\\r"; break;
      case '\t': out_ += "\\t"; break;
      default:
        if (code < 0 || ActsOnTerminal(code)) {
          char escaped[8];
          std::snprintf(escaped, sizeof escaped, "\\u%04lx", code < 0 ? 0xFFFDL : code);
          out_ += escaped;
        } else {
          out_.append(value.substr(at, length));
        }
    }
  }
  out_ += '"';
  return *this;
}

JsonWriter& JsonWriter::Number(long long value) {
  BeforeValue();
  out_ += std::to_string(value);
  return *this;
}

JsonWriter& JsonWriter::Bool(bool value) {
  BeforeValue();
  out_ += value ? "true" : "false";
  return *this;
}

}  // namespace sdgen
