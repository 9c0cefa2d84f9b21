#include "style/look_accessibility.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "style/colour_contrast.h"

namespace sdgen {
namespace {

constexpr const char* kWhite = "FFFFFF";
constexpr double kBodyTextContrast = 4.5;
constexpr double kFamilyBodyPt = 12;
constexpr double kChildBodyPt = 14;

std::string Number(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%g", value);
  return text;
}

// Rounded down, so that a ratio just short of the minimum never prints as it.
std::string Ratio(double ratio) {
  char text[32];
  std::snprintf(text, sizeof text, "%.2f", std::floor(ratio * 100) / 100);
  return text;
}

class LookChecker {
 public:
  LookChecker(const std::string& name, const doc::Look& look) : name_(name), look_(look) {}

  std::vector<LookFinding> Run() {
    CheckOnWhite();
    CheckOnAccent();
    CheckBodySize();
    return std::move(findings_);
  }

 private:
  // Body text and the smaller notes share the text colour, so it needs
  // 4.5:1 whatever the body size; headings are bold, so the smallest decides.
  void CheckOnWhite() {
    const double ratio = ContrastRatio(look_.text_colour, kWhite);
    if (ratio < kBodyTextContrast) {
      Add(LookSetting::kTextColour,
          "text colour `" + look_.text_colour + "` on white has a contrast of " + Ratio(ratio) +
              ":1; body text needs " + Number(kBodyTextContrast) + ":1 (WCAG 2.2 AA)",
          Darker("text colour", look_.text_colour, kBodyTextContrast));
    }
    const double smallest = std::min({look_.title_size_pt, look_.heading_sizes_pt[0],
                                      look_.heading_sizes_pt[1], look_.heading_sizes_pt[2]});
    const double needed = MinimumContrast(smallest, true);
    const double heading_ratio = ContrastRatio(look_.heading_colour, kWhite);
    if (heading_ratio < needed) {
      Add(LookSetting::kHeadingColour,
          "heading colour `" + look_.heading_colour + "` on white has a contrast of " +
              Ratio(heading_ratio) + ":1; bold headings of " + Number(smallest) + " pt need " +
              Number(needed) + ":1 (WCAG 2.2 AA)",
          Darker("heading colour", look_.heading_colour, needed));
    }
  }

  // Callouts print body text on the accent fill; table header rows print
  // bold text of the body size in the heading colour on it.
  void CheckOnAccent() {
    const std::string fill = " on the accent fill `" + look_.accent_colour + "` has a contrast of ";
    const char* advice = "lighten the accent fill or darken the text";
    const double text_ratio = ContrastRatio(look_.text_colour, look_.accent_colour);
    if (text_ratio < kBodyTextContrast && !FailsOnWhiteAsBadly(look_.text_colour, text_ratio,
                                                               kBodyTextContrast)) {
      Add(LookSetting::kAccentColour,
          "text colour `" + look_.text_colour + "`" + fill + Ratio(text_ratio) +
              ":1; callout text needs " + Number(kBodyTextContrast) + ":1 (WCAG 2.2 AA)",
          advice);
    }
    const double needed = MinimumContrast(look_.body_size_pt, true);
    const double heading_ratio = ContrastRatio(look_.heading_colour, look_.accent_colour);
    if (heading_ratio < needed &&
        !FailsOnWhiteAsBadly(look_.heading_colour, heading_ratio, needed)) {
      Add(LookSetting::kAccentColour,
          "heading colour `" + look_.heading_colour + "`" + fill + Ratio(heading_ratio) +
              ":1; table headings of " + Number(look_.body_size_pt) + " pt bold need " +
              Number(needed) + ":1 (WCAG 2.2 AA)",
          advice);
    }
  }

  // A colour already reported on white is not reported again on an accent
  // as light as white: the accent is not what needs changing.
  static bool FailsOnWhiteAsBadly(const std::string& colour, double on_accent, double needed) {
    const double on_white = ContrastRatio(colour, kWhite);
    return on_white < needed && on_accent >= on_white;
  }

  void CheckBodySize() {
    const LookReader reader = ReaderOfLook(name_);
    if (reader == LookReader::kProfessional) return;
    const bool child = reader == LookReader::kChild;
    const double least = child ? kChildBodyPt : kFamilyBodyPt;
    if (look_.body_size_pt >= least) return;
    findings_.push_back({"ST010", LookSetting::kBodySize,
                         "look `" + name_ + "`: body text of " + Number(look_.body_size_pt) +
                             " pt is too small: documents for " +
                             (child ? "children" : "families") + " need " + Number(least) +
                             " pt or more",
                         "set <sizes body=\"" + Number(least) + "\"> or larger"});
  }

  std::string Darker(const std::string& what, const std::string& colour, double ratio) const {
    return "darken the " + what + ", e.g. to `" + DarkenedToContrast(colour, kWhite, ratio) +
           "` or darker";
  }

  void Add(LookSetting setting, const std::string& message, const std::string& suggestion) {
    findings_.push_back({"ST009", setting, "look `" + name_ + "`: " + message, suggestion});
  }

  const std::string& name_;
  const doc::Look& look_;
  std::vector<LookFinding> findings_;
};

}  // namespace

LookReader ReaderOfLook(const std::string& name) {
  if (name == "letter") return LookReader::kFamily;
  if (name == "children") return LookReader::kChild;
  return LookReader::kProfessional;
}

std::vector<LookFinding> CheckLookAccessibility(const std::string& name, const doc::Look& look) {
  return LookChecker(name, look).Run();
}

}  // namespace sdgen
