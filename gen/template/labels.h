#pragma once

// The words printed for enum values (`{{ decision.outcome | label }}`), kept
// in `templates/labels.xml` so that councils choose them, not the C++ code.
// A label set may be named (`| label family`) for wording meant for families.

#include <map>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "diagnostics/diagnostic.h"

namespace sdgen {

/// The words of one label and where they are written in labels.xml.
struct LabelText {
  std::string words;
  SourceLocation where;
};

/// The label table: (enum, set, value) -> words.
class Labels {
 public:
  /// Parses labels.xml; reports problems as TP015.
  static std::optional<Labels> Load(const SourceFile& file, DiagnosticList& diagnostics);

  /// The words for `value` of `enum_name` in `set` ("" is the default set), or null.
  const std::string* Find(const std::string& enum_name, const std::string& set,
                          const std::string& value) const;
  /// Whether labels.xml has a set `set` for `enum_name`.
  bool HasSet(const std::string& enum_name, const std::string& set) const;
  /// Every label of `set` for `enum_name`, in value order: what `| label set` may print.
  std::vector<const LabelText*> Set(const std::string& enum_name, const std::string& set) const;

  /// Every label, by (enum, set, value).
  const std::map<std::tuple<std::string, std::string, std::string>, LabelText>& all() const {
    return words_;
  }

 private:
  std::map<std::tuple<std::string, std::string, std::string>, LabelText> words_;
};

}  // namespace sdgen
