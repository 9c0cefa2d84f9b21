#pragma once

// Formatters turn a value into words: dates and times through ICU in the
// style's locale and time zone, lists joined the way the locale joins them
// ("Siân, Daniel and Gwen"), ages, durations and enum labels. The type half
// (what each formatter accepts) is used by the checker; the Formatters class
// holds the ICU objects used while rendering.

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "diagnostics/diagnostic.h"
#include "style/style.h"
#include "template/field_schema.h"
#include "template/labels.h"

namespace sdgen {

enum class FormatterId {
  kDate,
  kWeekdayDate,
  kTime,
  kDateTime,
  kAge,
  kDuration,
  kNames,
  kCalled,
  kJoin,
  kJoinOr,
  kCount,
  kLabel,
  kLines
};

/// A formatter's name and what it does, for the checker and for docs.
struct FormatterSpec {
  std::string name;
  FormatterId id;
  std::string accepts;  ///< in words, for error messages
};

/// All formatters a template may use.
const std::vector<FormatterSpec>& FormatterSpecs();
/// The formatter called `name`, or null.
const FormatterSpec* FindFormatter(const std::string& name);
/// The type `id` turns `input` into, or nullopt when it does not accept it.
/// Labels are checked by the type checker, which knows labels.xml.
std::optional<TypeRef> FormatterResult(FormatterId id, const TypeRef& input);

/// The ICU side of formatting, made once per style and reused for every record.
class Formatters {
 public:
  /// Builds the ICU formatters for the style's locale and time zone, which the
  /// style loader has checked; reports (ST004) only an ICU failure to set them up.
  Formatters(const Style& style, const Labels& labels, DiagnosticList& diagnostics);
  ~Formatters();
  Formatters(const Formatters&) = delete;
  Formatters& operator=(const Formatters&) = delete;

  /// A date or date-time as words, in the style's time zone.
  std::string FormatDate(const Value& value, FormatterId id) const;
  /// An age on `on` given a date of birth: "7 years", or months under two.
  std::string FormatAge(const Date& born, const Date& on) const;
  /// "24 hours", "3 days", "5 working days".
  std::string FormatDuration(const Duration& duration) const;
  /// Joins texts with the locale's "and" (or "or") list pattern.
  std::string Join(const std::vector<std::string>& items, bool use_or) const;
  /// A whole number in the locale's digits and grouping.
  std::string FormatNumber(int number) const;
  /// The words labels.xml gives an enum value or yes/no; null when missing.
  const std::string* Label(const std::string& enum_name, const std::string& set,
                           const std::string& value) const;

 private:
  struct Icu;
  std::unique_ptr<Icu> icu_;
  const Labels& labels_;
};

}  // namespace sdgen
