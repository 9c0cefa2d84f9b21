#pragma once

// A record value while a compiled template is rendered: what a field path
// evaluates to. Values point into the record; they live only during a render.

#include <string>
#include <vector>

#include "record/record.h"
#include "template/render_inputs.h"

namespace sdgen {

struct StructSchema;

/// The static shape of a value, shared by the schema, the checker and values.
enum class ValueKind { kText, kDate, kDateTime, kInt, kBool, kEnum, kDuration, kStruct };

/// One runtime value; `missing` when absent from the record or hidden from the audience.
struct Value {
  ValueKind kind = ValueKind::kText;
  bool missing = true;
  bool list = false;
  std::string text;  ///< kText, and the word of a kEnum
  Date date;
  DateTime date_time;
  int number = 0;
  bool flag = false;
  Duration duration;
  const void* entity = nullptr;  ///< kStruct: the record part
  const StructSchema* struct_type = nullptr;
  std::vector<Value> items;  ///< when `list`
  /// Who may see the value; null when it is about no one (the record id).
  const Visibility* visibility = nullptr;
};

}  // namespace sdgen
