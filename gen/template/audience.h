#pragma once

// Who a document is for. Audience is part of the template type system: the
// compiler asks what an audience can never see (a compile error), and the
// renderer asks, item by item, whether a record value may be printed.

#include <string>
#include <vector>

#include "record/family_readers.h"
#include "record/record.h"

namespace sdgen {

/// The readers a template is written for.
enum class AudienceKind { kFamily, kProfessionals, kRestricted };

/// A template's audience: a kind and, for `restricted`, the agencies it goes to.
struct Audience {
  AudienceKind kind = AudienceKind::kProfessionals;
  std::vector<std::string> agencies;  ///< lowercase tokens, sorted
  /// For a family document being rendered: its one reader, and the record's
  /// readers, which decide what reaches them. Unset while compiling, when a
  /// family audience means "some family reader".
  const FamilyReaders* readers = nullptr;
  FamilyReader reader;

  /// Whether every reader of this audience may see a value with `visibility`.
  /// A restricted item reaches a restricted copy only when every agency the
  /// copy goes to is named on the item.
  bool CanSee(const Visibility& visibility) const;
  /// Whether this audience may see values whose share is always `share`.
  bool CanSeeLevel(Share share) const;
  /// "family", "professionals" or "restricted (police, health)", for messages.
  std::string Describe() const;
};

/// The fixed visibility of a share level, for values that cannot carry their own.
const Visibility& FixedVisibility(Share share);

}  // namespace sdgen
