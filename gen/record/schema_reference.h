#pragma once

// The record format's element table as the docs show it, made from the schema
// table so that docs/record-format.md says what the reader reads.

#include <string>

#include "record/record_schema.h"

namespace sdgen {

/// The schema as a Markdown table: a row for the attributes every element may
/// carry, then one row per element and per attribute, root first, each with its
/// kind, whether it is required, its default share, the first record format
/// that has it, its place in the typed record and its meaning. Ends with a
/// newline.
std::string SchemaReferenceTable(const RecordSchema& schema);

}  // namespace sdgen
