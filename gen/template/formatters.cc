#include "template/formatters.h"

#include <unicode/datefmt.h>
#include <unicode/listformatter.h>
#include <unicode/locid.h>
#include <unicode/measunit.h>
#include <unicode/numberformatter.h>
#include <unicode/plurrule.h>
#include <unicode/timezone.h>
#include <unicode/unistr.h>

#include <algorithm>

#include "template/list_conjunction.h"

namespace sdgen {

namespace {

std::string ToUtf8(const icu::UnicodeString& text) {
  std::string out;
  text.toUTF8String(out);
  return out;
}

std::unique_ptr<icu::DateFormat> SkeletonFormat(const char* skeleton, const icu::Locale& locale,
                                                const icu::TimeZone& zone, UErrorCode& status) {
  std::unique_ptr<icu::DateFormat> format(
      icu::DateFormat::createInstanceForSkeleton(icu::UnicodeString(skeleton), locale, status));
  if (format) format->setTimeZone(zone);
  return format;
}

}  // namespace

const std::vector<FormatterSpec>& FormatterSpecs() {
  static const std::vector<FormatterSpec> specs = {
      {"date", FormatterId::kDate, "a date or date-time"},
      {"weekday-date", FormatterId::kWeekdayDate, "a date or date-time"},
      {"time", FormatterId::kTime, "a date-time"},
      {"datetime", FormatterId::kDateTime, "a date-time"},
      {"age", FormatterId::kAge, "a date of birth"},
      {"duration", FormatterId::kDuration, "a duration"},
      {"names", FormatterId::kNames, "a list of people, children or attendees"},
      {"called", FormatterId::kCalled, "a list of children"},
      {"join", FormatterId::kJoin, "a list of texts"},
      {"join-or", FormatterId::kJoinOr, "a list of texts"},
      {"count", FormatterId::kCount, "a list"},
      {"label", FormatterId::kLabel, "a choice (such as an outcome) or a yes/no"},
      {"lines", FormatterId::kLines, "a text"},
  };
  return specs;
}

const FormatterSpec* FindFormatter(const std::string& name) {
  for (const FormatterSpec& spec : FormatterSpecs()) {
    if (spec.name == name) return &spec;
  }
  return nullptr;
}

std::optional<TypeRef> FormatterResult(FormatterId id, const TypeRef& input) {
  const TypeRef text{ValueKind::kText, nullptr, nullptr, false};
  TypeRef text_list = text;
  text_list.list = true;
  const bool single = !input.list;
  switch (id) {
    case FormatterId::kDate:
    case FormatterId::kWeekdayDate:
      if (single && (input.kind == ValueKind::kDate || input.kind == ValueKind::kDateTime)) {
        return text;
      }
      return std::nullopt;
    case FormatterId::kTime:
    case FormatterId::kDateTime:
      if (single && input.kind == ValueKind::kDateTime) return text;
      return std::nullopt;
    case FormatterId::kAge:
      if (single && input.kind == ValueKind::kDate) return text;
      return std::nullopt;
    case FormatterId::kDuration:
      if (single && input.kind == ValueKind::kDuration) return text;
      return std::nullopt;
    case FormatterId::kNames:
      if (input.list && input.struct_type && input.struct_type->Find(NameField())) return text_list;
      return std::nullopt;
    case FormatterId::kCalled:
      if (input.list && input.struct_type && input.struct_type->Find(CalledField()))
        return text_list;
      return std::nullopt;
    case FormatterId::kJoin:
    case FormatterId::kJoinOr:
      if (input.list && input.kind == ValueKind::kText) return text;
      return std::nullopt;
    case FormatterId::kCount:
      if (input.list) return TypeRef{ValueKind::kInt, nullptr, nullptr, false};
      return std::nullopt;
    case FormatterId::kLabel:
      if (single && (input.kind == ValueKind::kEnum || input.kind == ValueKind::kBool)) {
        return text;
      }
      return std::nullopt;
    case FormatterId::kLines:
      if (single && input.kind == ValueKind::kText) return text;
      return std::nullopt;
  }
  return std::nullopt;
}

// RAII owners for the ICU objects: created once, freed with the Formatters.
struct Formatters::Icu {
  icu::Locale locale;
  std::unique_ptr<icu::TimeZone> zone;
  std::unique_ptr<icu::TimeZone> utc;
  std::unique_ptr<icu::DateFormat> date, weekday_date, time, date_time;
  std::unique_ptr<icu::DateFormat> plain_date, plain_weekday_date;  // dates of birth: no zone
  std::unique_ptr<icu::ListFormatter> list_and, list_or;
  std::unique_ptr<icu::PluralRules> plurals;
};

Formatters::Formatters(const Style& style, const Labels& labels, DiagnosticList& diagnostics)
    : icu_(std::make_unique<Icu>()), labels_(labels) {
  UErrorCode status = U_ZERO_ERROR;
  // The style loader has checked both names with ICU (gen/style/icu_names.h).
  icu_->locale = icu::Locale::createCanonical(style.locale.c_str());
  icu_->zone.reset(icu::TimeZone::createTimeZone(icu::UnicodeString::fromUTF8(style.time_zone)));
  icu_->utc.reset(icu::TimeZone::createTimeZone("Etc/UTC"));
  icu_->date = SkeletonFormat("yMMMMd", icu_->locale, *icu_->zone, status);
  icu_->weekday_date = SkeletonFormat("yMMMMEEEEd", icu_->locale, *icu_->zone, status);
  icu_->time = SkeletonFormat("jmm", icu_->locale, *icu_->zone, status);
  icu_->plain_date = SkeletonFormat("yMMMMd", icu_->locale, *icu_->utc, status);
  icu_->plain_weekday_date = SkeletonFormat("yMMMMEEEEd", icu_->locale, *icu_->utc, status);
  icu_->date_time.reset(icu::DateFormat::createDateTimeInstance(
      icu::DateFormat::kLong, icu::DateFormat::kShort, icu_->locale));
  if (icu_->date_time) icu_->date_time->setTimeZone(*icu_->zone);
  icu_->list_and.reset(icu::ListFormatter::createInstance(icu_->locale, ULISTFMT_TYPE_AND,
                                                          ULISTFMT_WIDTH_WIDE, status));
  icu_->list_or.reset(icu::ListFormatter::createInstance(icu_->locale, ULISTFMT_TYPE_OR,
                                                         ULISTFMT_WIDTH_WIDE, status));
  icu_->plurals.reset(icu::PluralRules::forLocale(icu_->locale, status));
  if (U_FAILURE(status) || !icu_->date_time) {
    diagnostics.Error(
        {}, "ST004", std::string("cannot set up date and list formatting: ") + u_errorName(status));
  }
}

Formatters::~Formatters() = default;

std::string Formatters::FormatDate(const Value& value, FormatterId id) const {
  bool plain = value.kind == ValueKind::kDate;
  UDate when = plain ? static_cast<UDate>(value.date.DaysSinceEpoch()) * 86400000.0
                     : static_cast<UDate>(value.date_time.utc_seconds) * 1000.0;
  const icu::DateFormat* format = nullptr;
  switch (id) {
    case FormatterId::kWeekdayDate:
      format = plain ? icu_->plain_weekday_date.get() : icu_->weekday_date.get();
      break;
    case FormatterId::kTime:
      format = icu_->time.get();
      break;
    case FormatterId::kDateTime:
      format = icu_->date_time.get();
      break;
    default:
      format = plain ? icu_->plain_date.get() : icu_->date.get();
      break;
  }
  if (!format) return plain ? value.date.Iso() : value.date_time.Iso();
  icu::UnicodeString out;
  format->format(when, out);
  return ToUtf8(out);
}

std::string Formatters::FormatAge(const Date& born, const Date& on) const {
  int years = YearsBetween(born, on);
  UErrorCode status = U_ZERO_ERROR;
  auto formatter =
      icu::number::NumberFormatter::withLocale(icu_->locale).unitWidth(UNUM_UNIT_WIDTH_FULL_NAME);
  if (years >= 2) {
    return ToUtf8(
        formatter.unit(icu::MeasureUnit::getYear()).formatInt(years, status).toString(status));
  }
  int months = (on.year - born.year) * 12 + (on.month - born.month) - (on.day < born.day ? 1 : 0);
  return ToUtf8(formatter.unit(icu::MeasureUnit::getMonth())
                    .formatInt(std::max(months, 0), status)
                    .toString(status));
}

std::string Formatters::FormatDuration(const Duration& duration) const {
  UErrorCode status = U_ZERO_ERROR;
  if (duration.unit == Duration::Unit::kWorkingDays) {
    std::string category = ToUtf8(icu_->plurals->select(static_cast<int32_t>(duration.amount)));
    const std::string* words = labels_.Find("working-days", "", category);
    if (!words) words = labels_.Find("working-days", "", "other");
    return FormatNumber(duration.amount) + " " + (words ? *words : "working days");
  }
  icu::MeasureUnit unit = duration.unit == Duration::Unit::kHours ? icu::MeasureUnit::getHour()
                                                                  : icu::MeasureUnit::getDay();
  return ToUtf8(icu::number::NumberFormatter::withLocale(icu_->locale)
                    .unit(unit)
                    .unitWidth(UNUM_UNIT_WIDTH_FULL_NAME)
                    .formatInt(duration.amount, status)
                    .toString(status));
}

std::string Formatters::Join(const std::vector<std::string>& items, bool use_or) const {
  std::vector<icu::UnicodeString> parts;
  for (const std::string& item : items) parts.push_back(icu::UnicodeString::fromUTF8(item));
  const icu::ListFormatter* format = use_or ? icu_->list_or.get() : icu_->list_and.get();
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString out;
  if (format) format->format(parts.data(), static_cast<int32_t>(parts.size()), out, status);
  if (std::string(icu_->locale.getLanguage()) == "cy") return SettleWelshConjunction(ToUtf8(out));
  return ToUtf8(out);
}

std::string Formatters::FormatNumber(int number) const {
  UErrorCode status = U_ZERO_ERROR;
  return ToUtf8(icu::number::NumberFormatter::withLocale(icu_->locale)
                    .formatInt(number, status)
                    .toString(status));
}

const std::string* Formatters::Label(const std::string& enum_name, const std::string& set,
                                     const std::string& value) const {
  return labels_.Find(enum_name, set, value);
}

}  // namespace sdgen
