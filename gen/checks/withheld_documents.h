#pragma once

// Whether a family document may be written (record format 2, "What happens
// when a rule about readers is broken"). A document that would break SD022 or
// SD023 is not written at all, not even as a draft; one a police investigation
// holds back (SD029) waits for the police's agreement. The build asks here
// once per family reader, and checks each rendered document with
// HiddenNamesInText (hidden_names.h) as well.

#include <vector>

#include "checks/practice_rule.h"
#include "record/family_readers.h"

namespace sdgen {

/// The errors that stop `reader`'s document: record items that reach them and
/// name someone hidden from them (SD022), and family information their letter
/// is made from that tells an alleged person without the police's agreement
/// (SD023). Empty when the document may be written.
std::vector<Diagnostic> ReasonsToWithhold(const Record& record, const FamilyReaders& readers,
                                          const FamilyReader& reader);

/// Whether a police investigation holds back `reader`'s document (SD029);
/// if so and `why` is given, the warning that says so.
bool HeldBack(const Record& record, const FamilyReaders& readers, const FamilyReader& reader,
              Diagnostic* why = nullptr);

}  // namespace sdgen
