#pragma once

// The one walk over every field of a typed record. The canonical form (and so
// the verification code), the plain-language pass and the leak tests all read
// the record through it, so a field cannot be hashed but not linted, or
// linted but not hashed; a test checks the walk meets every entry of the
// RecordSchema table.

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "record/record.h"
#include "record/record_schema.h"

namespace sdgen {

/// One value of the record as the walk meets it: a free text, a value that is
/// not free text (in its canonical spelling), or an item's own share level.
struct RecordField {
  const SchemaElement* element = nullptr;      ///< the element holding the value
  const SchemaAttribute* attribute = nullptr;  ///< null for element content
  /// Further attributes the same field carries: in its value (a person's
  /// yes/no flags share one line of the canonical form) or in its key (ids).
  std::vector<const SchemaAttribute*> joined;
  std::string key;  ///< unique, stable key, such as "child[c1].name" or "harm[0]"
  const Text* text = nullptr;               ///< set for free text
  std::string value;                        ///< set for other values
  const Visibility* visibility = nullptr;   ///< set for an item's own level
};

using FieldVisitor = std::function<void(const RecordField& field)>;

/// Visits every value of the record in a fixed order; values the record
/// leaves out are not visited. Keys and order are part of the canonical form.
void ForEachField(const Record& record, const FieldVisitor& visit);

/// Called with a text's place in the format (such as "mapping/worried-about/harm"
/// or "children/child/voice@..." for attributes) and the text.
using TextVisitor = std::function<void(std::string_view path, const Text& text)>;

/// Visits every free text of the record, attributes holding text included.
void ForEachText(const Record& record, const TextVisitor& visit);

/// Visits the free-text statements only: not the names, agencies, job titles,
/// settings, contact details and references, which are labels people go by.
void ForEachStatement(const Record& record, const TextVisitor& visit);

}  // namespace sdgen
