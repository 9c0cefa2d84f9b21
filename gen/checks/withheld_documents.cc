#include "checks/withheld_documents.h"

#include "checks/hidden_names.h"
#include "checks/police_rules.h"

namespace sdgen {

std::vector<Diagnostic> ReasonsToWithhold(const Record& record, const FamilyReaders& readers,
                                          const FamilyReader& reader) {
  std::vector<Diagnostic> reasons = FindHiddenNamesInRecordItems(record, readers, reader);
  for (Diagnostic& reason : AllegedToldWithoutPolice(record, readers, reader))
    reasons.push_back(std::move(reason));
  return reasons;
}

bool HeldBack(const Record& record, const FamilyReaders& readers, const FamilyReader& reader,
              Diagnostic* why) {
  std::optional<Diagnostic> held = PoliceHoldBack(record, readers, reader);
  if (held && why) *why = std::move(*held);
  return held.has_value();
}

}  // namespace sdgen
