#pragma once

// The house style of a council: how documents look, the locale and time zone
// dates are printed in, the confidentiality lines, reading-age targets and the
// pictures used in words-and-pictures documents.

#include <map>
#include <string>
#include <vector>

#include "document/document.h"

#include "checks/deadlines.h"

namespace sdgen {

/// A picture a template can place by name (`<picture name="home"/>`).
struct StylePicture {
  std::string path;  ///< resolved PNG file
  std::string alt_text;
};

/// A service a family letter points readers to (`<support>` in style.xml): who
/// it is, and how to reach them. Only `name` is required.
struct SupportContact {
  std::string name;
  std::string phone;
  std::string web;
  std::string hours;  ///< when it answers, in words: "Monday to Friday, 9am to 5pm"
};

/// A keyword rule for choosing a picture by what a text is about
/// (`<picture-rule picture="phone-online" words="online chat game"/>`).
struct PictureRule {
  std::string picture;             ///< a name in `Style::pictures`
  std::vector<std::string> words;  ///< lowercase words; a text matching more of them wins
};

/// What a style says for readers of one language (`<language tag="cy">`):
/// the words sdgen prints from the style, in that language.
struct LanguageStyle {
  std::string locale;  ///< ICU locale for its dates and lists; empty: from the tag
  /// Letters in this language carry the record's language after them, in
  /// one document (the Welsh Language Standards: Welsh first).
  bool bilingual = false;
  /// One paragraph, in this language, on how to ask for a translation or an
  /// interpreter: added to a letter written in the record's language when
  /// this language has no templates.
  std::string translation_offer;
  std::map<std::string, std::string> confidentiality;  ///< by audience kind
  std::map<std::string, std::string> picture_alts;     ///< by picture name
  /// Support contacts as this language's readers are told them, by kind; a
  /// kind not given keeps the default contact.
  std::map<std::string, SupportContact> support;
};

/// A loaded style; every file path in it is resolved and exists, and its
/// locale and time zone are ones ICU knows.
struct Style {
  std::string locale = "en_GB";
  std::string time_zone = "Europe/London";
  /// Named looks ("standard", "children"); a template picks one with `look`.
  std::map<std::string, doc::Look> looks;
  doc::PageSettings page;
  /// The footer line per audience kind: "family", "professionals", "restricted".
  std::map<std::string, std::string> confidentiality;
  /// The reading age a family-facing document aims at, by document name (see ReadingAgeFor).
  std::map<std::string, int> reading_ages;
  std::map<std::string, StylePicture> pictures;
  /// How `<picture choose="…">` picks a picture, in the style's order (ties go first).
  std::vector<PictureRule> picture_rules;
  /// When minutes, actions and a conference are due (`<deadlines>`).
  DeadlinePolicy deadlines;
  /// Where a family can get advice and help, by kind: `advice-line`,
  /// `advocacy`, `complaints`, `out-of-hours` (`<support>`).
  std::map<std::string, SupportContact> support;
  /// What the style says per reader language, by BCP 47 tag (`<language>`).
  std::map<std::string, LanguageStyle> languages;
};

/// What `style` says for `tag` (exact, else its language subtag: cy-GB, then
/// cy), or null when it says nothing.
const LanguageStyle* FindLanguageStyle(const Style& style, const std::string& tag);

/// `style` as documents in `tag` use it: the language's locale (else the
/// tag's), confidentiality lines and picture descriptions in place of the
/// default ones; the rest unchanged.
Style StyleInLanguage(const Style& style, const std::string& tag);

/// The reading age a family document aims at: the style's `<reading-age>` for
/// `document`; else its target for words and pictures when a child reads the
/// document, or for a family letter when an adult does; else GOV.UK's (9 for
/// a letter, 8 for words and pictures). Every command asks here.
double ReadingAgeFor(const Style& style, const std::string& document, bool child_reader);

/// The kinds of support contact a style may set, in the order letters give them.
const std::vector<std::string>& SupportKinds();

}  // namespace sdgen
