#pragma once

// What the build hands the renderer besides the record: values computed by
// other stages (deadlines from gen/checks, glossary entries from
// gen/language) and facts about the run (draft or not).

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "checks/deadlines.h"
#include "language/glossary.h"
#include "record/record.h"

namespace sdgen {

/// How long something may take, as the documents state it ("24 hours").
struct Duration {
  enum class Unit { kHours, kDays, kWorkingDays };
  int amount = 0;
  Unit unit = Unit::kHours;
};

/// A time limit printed on a document: the latest moment and the rule behind it.
struct Deadline {
  DateTime due;
  Duration within;
};

/// The deadlines a record sets, computed by the checks stage.
struct Deadlines {
  std::optional<Deadline> minutes;     ///< minutes sent to the agencies
  std::optional<Deadline> actions;     ///< actions sent to their owners
  std::optional<Deadline> conference;  ///< latest initial child protection conference (s47)
};


/// The per-record inputs a render needs besides the record and the style.
struct RenderInputs {
  Deadlines deadlines;
  /// The dictionary terms in a document's text, with their plain meaning in
  /// the document's language (a BCP 47 tag; empty: the record's), for
  /// `<glossary/>`; supplied by the plain-language stage. Unset: no glossary.
  std::function<std::vector<GlossaryEntry>(const std::string& text, const std::string& language)>
      glossary_for;
  bool record_has_errors = false;  ///< the build found errors: every document is a draft
  /// SHA-256 of the record's canonical form (hex): the metadata of a sign-off
  /// document carries it whole, and templates print it short.
  std::string verification_code;
};

/// The deadlines as documents print them, from the checks stage's working-day
/// count: minutes, actions and (for s47) the conference. A deadline counted in
/// days keeps the meeting's time of day and offset.
Deadlines PrintedDeadlines(const Record& record, const DeadlinePolicy& policy,
                           const WorkingCalendar& calendar);

}  // namespace sdgen
