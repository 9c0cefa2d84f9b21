#pragma once

#include <cstddef>
#include <string_view>

#include "record/input_text_check.h"
#include "record/record.h"

namespace sdgen {

/// Appends raw XML character data (as it stands in the file at
/// `source_offset`) to `text`, decoding entities and character references and
/// normalising line ends as XML does, and records checkpoints so that every
/// decoded byte can be traced back to the file. CDATA sections are appended
/// with `decode = false`. Returns a problem for an unknown entity or a
/// reference to a character XML forbids.
InputTextProblem AppendXmlText(std::string_view raw, size_t source_offset, bool decode,
                               Text& text);

}  // namespace sdgen
