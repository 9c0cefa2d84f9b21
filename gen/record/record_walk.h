#pragma once

#include <functional>
#include <string_view>

#include "record/record.h"

namespace sdgen {

/// Called with a field's path in the record (such as "mapping.harm" or
/// "child.voice") and its text.
using TextVisitor = std::function<void(std::string_view path, const Text& text)>;

/// Visits every free-text item of the record, in document order, including
/// texts held in attributes (agency, contact details). Dates, numbers and
/// enum values are not free text and are not visited.
void ForEachText(const Record& record, const TextVisitor& visit);

/// Visits the free-text statements only: not the names, agencies, job
/// titles, settings and contact details, which are labels people go by.
void ForEachStatement(const Record& record, const TextVisitor& visit);

}  // namespace sdgen
