#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace sdgen {

/// Writes compact, correctly escaped JSON. Callers open and close objects and
/// arrays; the writer places the commas.
class JsonWriter {
 public:
  JsonWriter& BeginObject();
  JsonWriter& EndObject();
  JsonWriter& BeginArray();
  JsonWriter& EndArray();
  /// The key of the next value in the current object.
  JsonWriter& Key(std::string_view key);
  JsonWriter& String(std::string_view value);
  JsonWriter& Number(long long value);
  JsonWriter& Bool(bool value);

  const std::string& str() const { return out_; }

 private:
  void BeforeValue();

  std::string out_;
  // For each open container: whether it already holds an element.
  std::vector<bool> has_element_;
  bool after_key_ = false;
};

}  // namespace sdgen
