#pragma once

// What WCAG 2.2 AA asks of a look, checked when the style is read: text and
// headings stand out from the white page and from the accent fill (callouts,
// table header rows), and documents for families and children are set large.

#include <string>
#include <vector>

#include "document/document.h"

namespace sdgen {

/// Who reads the documents made in a look.
enum class LookReader { kProfessional, kFamily, kChild };

/// The reader of the look called `name`: the shipped templates set family
/// letters in `letter` and words and pictures in `children`.
LookReader ReaderOfLook(const std::string& name);

/// The style setting a finding is about, so that it is reported there.
enum class LookSetting { kTextColour, kHeadingColour, kAccentColour, kBodySize };

/// One way a look fails WCAG 2.2 AA or sdgen's text sizes.
struct LookFinding {
  const char* code;  ///< ST009 contrast, ST010 text size
  LookSetting setting;
  std::string message;
  std::string suggestion;
};

/// Every finding for the look called `name`; none when it is readable.
std::vector<LookFinding> CheckLookAccessibility(const std::string& name, const doc::Look& look);

}  // namespace sdgen
