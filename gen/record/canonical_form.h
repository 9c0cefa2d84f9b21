#pragma once

#include <string>

#include "record/record.h"

namespace sdgen {

/// The record's canonical form: every field of the typed model, one
/// "path=value" line each, in a fixed order; text with its white space
/// collapsed, date-times as UTC instants, references as ids, share levels
/// included. Two records that mean the same have the same form, however the
/// XML was laid out (see docs/verification.md).
std::string CanonicalForm(const Record& record);

/// SHA-256 of the canonical form, as 64 lowercase hex digits.
std::string RecordFingerprint(const Record& record);

}  // namespace sdgen
