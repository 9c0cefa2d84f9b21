#include "style/style_loader.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <vector>
#include <pugixml.hpp>

#include "diagnostics/attribute_offset.h"
#include "diagnostics/closest_name.h"
#include "image/image_file.h"
#include "style/icu_names.h"
#include "style/look_accessibility.h"
#include "style/style_schema.h"

namespace sdgen {
namespace {

constexpr const char* kDejaVu = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
constexpr const char* kDejaVuBold = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf";
constexpr const char* kDejaVuItalic = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf";
constexpr const char* kDejaVuBoldItalic =
    "/usr/share/fonts/truetype/dejavu/DejaVuSans-BoldOblique.ttf";

std::string Lowercase(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

std::string Trimmed(std::string_view text) {
  size_t begin = text.find_first_not_of(" \t\r\n");
  if (begin == std::string_view::npos) return "";
  size_t end = text.find_last_not_of(" \t\r\n");
  return std::string(text.substr(begin, end - begin + 1));
}

// Text written over several lines in style.xml, as one line: each run of
// white space one space, none at the ends.
std::string OneLine(std::string_view text) {
  std::string out;
  for (char c : Trimmed(text)) {
    bool space = c == ' ' || c == '\t' || c == '\r' || c == '\n';
    if (!space)
      out += c;
    else if (out.back() != ' ')
      out += ' ';
  }
  return out;
}

// The whole of `written` (spaces around it aside) as a number; nullopt for
// anything else, such as `nine` or `5 days`, which pugixml would read as 0 or 5.
std::optional<double> Number(std::string_view written) {
  std::string text = Trimmed(written);
  if (text.empty()) return std::nullopt;
  char* end = nullptr;
  errno = 0;
  double value = std::strtod(text.c_str(), &end);
  if (*end != '\0' || errno == ERANGE) return std::nullopt;
  return value;
}

std::optional<long> WholeNumber(std::string_view written) {
  std::string text = Trimmed(written);
  if (text.empty()) return std::nullopt;
  char* end = nullptr;
  errno = 0;
  long value = std::strtol(text.c_str(), &end, 10);
  if (*end != '\0' || errno == ERANGE) return std::nullopt;
  return value;
}

bool IsColour(const std::string& text) {
  if (text.size() != 6) return false;
  for (char c : text) {
    if (!std::isxdigit(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

// Reads one style.xml; every problem is reported against its element.
class StyleReader {
 public:
  StyleReader(const SourceFile& file, FileOverlay& overlay, DiagnosticList& diagnostics)
      : file_(file), overlay_(overlay), diagnostics_(diagnostics) {}

  Style Read(const pugi::xml_node& root) {
    CheckStyleNames(root, file_, diagnostics_);
    Style style;
    ReadLocale(root, style);
    for (const pugi::xml_node& node : root.children()) {
      if (node.type() == pugi::node_element) ReadElement(node, style);
    }
    if (style.looks.find("standard") == style.looks.end()) {
      diagnostics_.Error(Here(root), "ST004", "the style has no `<look name=\"standard\">`");
    }
    ApplyLogo(style);
    CheckPictureRules(style);
    return style;
  }

 private:
  // Dates are printed in the locale and zone; one ICU lacks would print them
  // another way (US order for `english`), so it is refused and the default kept.
  void ReadLocale(const pugi::xml_node& root, Style& style) {
    ReadIcuName(root, "locale", "locale", IsKnownLocale, style.locale);
    ReadIcuName(root, "time-zone", "time zone", IsKnownTimeZone, style.time_zone);
  }

  // Sets `value` from attribute `name` when `known` accepts it; reports the
  // unknown `what` (ST004) with what `known` suggests when not.
  void ReadIcuName(const pugi::xml_node& root, const char* name, const char* what,
                   bool (*known)(const std::string&, std::string&), std::string& value) {
    pugi::xml_attribute attribute = root.attribute(name);
    if (!attribute) return;
    std::string written = attribute.value(), suggestion;
    if (known(written, suggestion)) {
      value = written;
      return;
    }
    diagnostics_.Error(AtAttribute(root, name), "ST004",
                       std::string("unknown ") + what + " `" + written + "`", suggestion);
  }

  // A council may allow more time for minutes (e.g. 5 working days instead of
  // 24 hours), but a deadline a week or three months away is a typo, not a policy.
  void ReadDeadlines(const pugi::xml_node& node, DeadlinePolicy& policy) {
    constexpr int kMostHours = 168;
    constexpr int kMostWorkingDays = 60;
    ReadWholeNumber(node, "minutes-hours", 1, kMostHours, policy.minutes_due_hours);
    int working_days = 0;
    if (ReadWholeNumber(node, "minutes-working-days", 1, kMostWorkingDays, working_days))
      policy.minutes_due_working_days = working_days;
    ReadWholeNumber(node, "actions-working-days", 1, kMostWorkingDays,
                    policy.actions_sent_working_days);
    ReadWholeNumber(node, "conference-working-days", 1, kMostWorkingDays,
                    policy.conference_working_days);
  }

  // Sets `value` from the attribute when it is a whole number from `low` to
  // `high`; reports it (ST005) when it is not. False when absent or refused.
  bool ReadWholeNumber(const pugi::xml_node& node, const char* name, int low, int high,
                       int& value) {
    pugi::xml_attribute attribute = node.attribute(name);
    if (!attribute) return false;
    std::optional<long> number = WholeNumber(attribute.value());
    if (!number || *number < low || *number > high) {
      diagnostics_.Error(AtAttribute(node, name), "ST005",
                         std::string("`") + name + "` must be a whole number from " +
                             std::to_string(low) + " to " + std::to_string(high) + ", not `" +
                             attribute.value() + "`");
      return false;
    }
    value = static_cast<int>(*number);
    return true;
  }

  // A margin in points; `nan`, a negative one or one wider than half an A4
  // page would leave no room for the text.
  void ReadMargin(const pugi::xml_node& node, const char* name, double& margin) {
    constexpr double kWidestMargin = 200;
    pugi::xml_attribute attribute = node.attribute(name);
    if (!attribute) return;
    std::optional<double> number = Number(attribute.value());
    if (!number || !(*number >= 0 && *number <= kWidestMargin)) {
      diagnostics_.Error(AtAttribute(node, name), "ST005",
                         std::string("`") + name +
                             "` must be a number of points from 0 to 200, not `" +
                             attribute.value() + "`");
      return;
    }
    margin = *number;
  }

  // The reading age is in whole years: the plain-language checks score text
  // from 5 upwards, so a target below 5 can never be met.
  void ReadReadingAge(const pugi::xml_node& node, Style& style) {
    constexpr long kYoungest = 5;
    constexpr long kOldest = 99;
    std::string written = node.text().as_string();
    std::optional<long> years = WholeNumber(written);
    if (!years || *years < kYoungest || *years > kOldest) {
      pugi::xml_node text = node.first_child();
      SourceLocation where =
          text ? SourceLocation{&file_, static_cast<size_t>(text.offset_debug())} : Here(node);
      diagnostics_.Error(
          where, "ST005",
          "reading age `" + Trimmed(written) + "` is not a whole number of years from 5 to 99");
      return;
    }
    style.reading_ages[node.attribute("document").as_string()] = static_cast<int>(*years);
  }

  void ReadElement(const pugi::xml_node& node, Style& style) {
    std::string name = node.name();
    if (name == "look") {
      std::string look_name = node.attribute("name").as_string("standard");
      style.looks[look_name] = ReadLook(node);
      CheckReadable(node, look_name, style.looks[look_name]);
    } else if (name == "confidentiality") {
      if (IsOneOf(node, "audience", {"family", "professionals", "restricted"}))
        style.confidentiality[node.attribute("audience").as_string()] = node.text().as_string();
    } else if (name == "deadlines") {
      ReadDeadlines(node, style.deadlines);
    } else if (name == "reading-age") {
      ReadReadingAge(node, style);
    } else if (name == "picture") {
      ReadPicture(node, style);
    } else if (name == "support") {
      ReadSupport(node, style);
    } else if (name == "picture-rule") {
      ReadPictureRule(node, style);
    } else if (name == "language") {
      ReadLanguage(node, style);
    } else if (name == "logo") {
      logo_ = node;
    } else if (name == "page") {
      ReadMargin(node, "margin-left", style.page.margin_left_pt);
      ReadMargin(node, "margin-right", style.page.margin_right_pt);
      ReadMargin(node, "margin-top", style.page.margin_top_pt);
      ReadMargin(node, "margin-bottom", style.page.margin_bottom_pt);
    }
    // Anything else is reported by CheckStyleNames.
  }

  // `<language tag="cy" locale="cy_GB" bilingual="yes">` with the words the
  // style prints for readers of that language. The tag must name a locale ICU
  // knows, or its dates would silently come out in another language.
  void ReadLanguage(const pugi::xml_node& node, Style& style) {
    std::string tag = node.attribute("tag").as_string();
    std::string locale = tag, suggestion;
    std::replace(locale.begin(), locale.end(), '-', '_');
    if (tag.empty() || !IsKnownLocale(locale, suggestion)) {
      diagnostics_.Error(AtAttribute(node, "tag"), "ST004",
                         "`<language>` needs the tag of a language ICU knows, not `" + tag + "`",
                         suggestion);
      return;
    }
    LanguageStyle& language = style.languages[tag];
    ReadIcuName(node, "locale", "locale", IsKnownLocale, language.locale);
    if (IsOneOf(node, "bilingual", {"yes", "no"}))
      language.bilingual = std::string(node.attribute("bilingual").as_string()) == "yes";
    for (const pugi::xml_node& child : node.children()) {
      std::string name = child.name();
      if (name == "translation-offer")
        language.translation_offer = OneLine(child.text().as_string());
      if (name == "picture-alt")
        language.picture_alts[child.attribute("name").as_string()] = child.text().as_string();
      if (name == "confidentiality" &&
          IsOneOf(child, "audience", {"family", "professionals", "restricted"}))
        language.confidentiality[child.attribute("audience").as_string()] =
            child.text().as_string();
      if (name == "support") {
        Style own;
        ReadSupport(child, own);
        language.support = std::move(own.support);
      }
    }
  }

  // Each `<contact for="…" name="…" phone="…" web="…" hours="…"/>`: a kind
  // letters know and a name to give it; a council leaves out what it lacks.
  void ReadSupport(const pugi::xml_node& node, Style& style) {
    const std::vector<std::string>& kinds = SupportKinds();
    for (const pugi::xml_node& contact : node.children("contact")) {
      std::string kind = contact.attribute("for").as_string();
      if (std::find(kinds.begin(), kinds.end(), kind) == kinds.end()) {
        diagnostics_.Error(Here(contact), "ST007",
                           "support contact `" + kind +
                               "` is not one of advice-line, advocacy, complaints, out-of-hours");
        continue;
      }
      SupportContact entry{
          contact.attribute("name").as_string(), contact.attribute("phone").as_string(),
          contact.attribute("web").as_string(), contact.attribute("hours").as_string()};
      if (entry.name.empty()) {
        diagnostics_.Error(Here(contact), "ST007", "support contact `" + kind + "` needs a `name`");
        continue;
      }
      style.support[kind] = std::move(entry);
    }
  }

  // WCAG 2.2 AA contrast and sdgen's least text sizes, reported at the
  // colour or size that fails (the look itself when the default is in force).
  void CheckReadable(const pugi::xml_node& node, const std::string& name, const doc::Look& look) {
    for (const LookFinding& finding : CheckLookAccessibility(name, look)) {
      diagnostics_.Error(WhereSet(node, finding.setting), finding.code, finding.message,
                         finding.suggestion);
    }
  }

  SourceLocation WhereSet(const pugi::xml_node& look, LookSetting setting) const {
    const char* element = setting == LookSetting::kBodySize ? "sizes" : "colours";
    const char* attribute = setting == LookSetting::kTextColour      ? "text"
                            : setting == LookSetting::kHeadingColour ? "headings"
                            : setting == LookSetting::kAccentColour  ? "accent"
                                                                     : "body";
    pugi::xml_node holder = look.child(element);
    if (holder && holder.attribute(attribute)) return AtAttribute(holder, attribute);
    return Here(look);
  }

  doc::Look ReadLook(const pugi::xml_node& node) {
    doc::Look look;
    look.fallback = {kDejaVu, kDejaVuBold, kDejaVuItalic, kDejaVuBoldItalic, "DejaVu Sans"};
    look.body = look.fallback;
    look.headings = look.fallback;
    for (const pugi::xml_node& font : node.children("font")) {
      if (!IsOneOf(font, "role", {"body", "headings", "fallback"})) continue;
      std::string role = font.attribute("role").as_string("body");
      doc::FontSet set = ReadFontSet(font);
      if (role == "body") look.body = set;
      if (role == "headings") look.headings = set;
      if (role == "fallback") look.fallback = set;
    }
    // The children's look: paragraphs never split, no case number at the top.
    IsOneOf(node, "paragraphs", {"whole"});
    IsOneOf(node, "record-id", {"hidden"});
    look.keep_paragraphs_whole = std::string(node.attribute("paragraphs").as_string()) == "whole";
    look.record_id_in_header = std::string(node.attribute("record-id").as_string()) != "hidden";
    if (pugi::xml_node sizes = node.child("sizes")) {
      ReadSize(sizes, "body", look.body_size_pt);
      ReadSize(sizes, "title", look.title_size_pt);
      ReadSize(sizes, "h1", look.heading_sizes_pt[0]);
      ReadSize(sizes, "h2", look.heading_sizes_pt[1]);
      ReadSize(sizes, "h3", look.heading_sizes_pt[2]);
      ReadLineSpacing(sizes, look.line_spacing);
    }
    if (pugi::xml_node colours = node.child("colours")) {
      ReadColour(colours, "text", look.text_colour);
      ReadColour(colours, "headings", look.heading_colour);
      ReadColour(colours, "accent", look.accent_colour);
    }
    return look;
  }

  void ReadColour(const pugi::xml_node& node, const char* name, std::string& out) {
    pugi::xml_attribute attribute = node.attribute(name);
    if (!attribute) return;
    std::string value = attribute.as_string();
    if (!IsColour(value)) {
      diagnostics_.Error(AtAttribute(node, name), "ST004",
                         "colour `" + value + "` is not six hexadecimal digits (RRGGBB)");
      return;
    }
    out = value;
  }

  // A missing font file falls back to DejaVu Sans, which Debian always has.
  doc::FontSet ReadFontSet(const pugi::xml_node& font) {
    doc::FontSet set;
    set.family = font.attribute("family").as_string("DejaVu Sans");
    set.regular = FontFile(font, "regular", kDejaVu);
    set.bold = FontFile(font, "bold", kDejaVuBold);
    set.italic = FontFile(font, "italic", kDejaVuItalic);
    set.bold_italic = FontFile(font, "bold-italic", kDejaVuBoldItalic);
    return set;
  }

  std::string FontFile(const pugi::xml_node& font, const char* name, const char* fallback) {
    std::string written = font.attribute(name).as_string();
    if (written.empty()) return fallback;
    if (std::optional<std::string> path = Resolve(written)) return *path;
    diagnostics_.Warning(Here(font), "ST003", "font file `" + written + "` not found",
                         std::string("using ") + fallback);
    return fallback;
  }

  void ReadPicture(const pugi::xml_node& node, Style& style) {
    std::string name = node.attribute("name").as_string();
    std::string file = node.attribute("file").as_string();
    std::optional<std::string> path = Resolve(file);
    if (name.empty() || !path) {
      diagnostics_.Error(
          Here(node), "ST003",
          "picture `" + name + "`: file `" + file + "` not found in the style folders",
          "run styles/make-pictures.sh, or drop a PNG with that name into the style folder");
      return;
    }
    if (!Placeable(node, *path, "picture `" + name + "`: file `" + file + "`")) return;
    if (!Described(node, "picture `" + name + "`")) return;
    style.pictures[name] = {*path, node.attribute("alt").as_string()};
  }

  // Every picture and logo is read out to screen-reader users; one with no
  // words would be announced as "image" and nothing more.
  bool Described(const pugi::xml_node& node, const std::string& what) {
    if (!Trimmed(node.attribute("alt").as_string()).empty()) return true;
    diagnostics_.Error(Here(node), "ST011",
                       what + " has no `alt`: a screen reader would say nothing of it",
                       "add alt=\"what the picture shows\"");
    return false;
  }

  // A picture or logo the writers could not place is refused here, with its
  // place in style.xml, so `templates check` finds it and not a build.
  bool Placeable(const pugi::xml_node& node, const std::string& path, const std::string& what) {
    std::error_code error;
    std::string bytes;
    if (std::filesystem::is_regular_file(path, error) &&
        std::filesystem::file_size(path, error) <= kLargestImageFile) {
      std::ifstream in(path, std::ios::binary);
      bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }
    ImageFile image = ReadImageFile(bytes);
    if (bytes.empty()) image.problem = "is not a file sdgen can read, or is over 20 MB";
    if (image.problem.empty()) return true;
    diagnostics_.Error(AtAttribute(node, "file"), "ST008", what + " " + image.problem);
    return false;
  }

  // Words are matched lowercase, whole; the pictures they name are checked
  // once every <picture> is read (CheckPictureRules).
  void ReadPictureRule(const pugi::xml_node& node, Style& style) {
    PictureRule rule;
    rule.picture = node.attribute("picture").as_string();
    std::istringstream words(node.attribute("words").as_string());
    for (std::string word; words >> word;) {
      for (char& c : word) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      rule.words.push_back(word);
    }
    rule_nodes_.push_back(node);
    style.picture_rules.push_back(std::move(rule));
  }

  void CheckPictureRules(const Style& style) {
    for (size_t i = 0; i < style.picture_rules.size(); ++i) {
      const PictureRule& rule = style.picture_rules[i];
      if (style.pictures.count(rule.picture) == 0) {
        diagnostics_.Error(Here(rule_nodes_[i]), "ST003",
                           "picture rule names no picture of the style: `" + rule.picture + "`");
      } else if (rule.words.empty()) {
        diagnostics_.Error(Here(rule_nodes_[i]), "ST003",
                           "picture rule for `" + rule.picture + "` has no words");
      }
    }
  }

  void ApplyLogo(Style& style) {
    if (!logo_) return;
    std::string file = logo_.attribute("file").as_string();
    if (file.empty()) return;
    std::optional<std::string> path = Resolve(file);
    if (!path) {
      diagnostics_.Warning(Here(logo_), "ST003", "logo file `" + file + "` not found");
      return;
    }
    if (!Placeable(logo_, *path, "logo file `" + file + "`")) return;
    if (!Described(logo_, "the logo")) return;
    for (auto& [name, look] : style.looks) {
      look.logo_path = *path;
      look.logo_alt_text = logo_.attribute("alt").as_string();
    }
  }

  std::optional<std::string> Resolve(const std::string& written) const {
    if (std::filesystem::path(written).is_absolute()) {
      std::error_code error;
      if (std::filesystem::is_regular_file(written, error)) return written;
      return std::nullopt;
    }
    return overlay_.Find(written);
  }

  SourceLocation Here(const pugi::xml_node& node) const {
    return {&file_, static_cast<size_t>(node.offset_debug())};
  }

  // A type size in points; one a PDF cannot set (0, negative, absurd or not a
  // number) is an error here rather than invisible text in every document.
  void ReadSize(const pugi::xml_node& sizes, const char* name, double& size) {
    pugi::xml_attribute attribute = sizes.attribute(name);
    if (!attribute) return;
    double value = Number(attribute.value()).value_or(-1);
    if (!(value >= 1 && value <= 300)) {
      diagnostics_.Error(AtAttribute(sizes, name), "ST006",
                         std::string("`") + name + "` size '" + attribute.value() +
                             "' is not a type size in points from 1 to 300");
      return;
    }
    size = value;
  }

  // Lines closer than half their size overlap; three times apart is no longer a paragraph.
  void ReadLineSpacing(const pugi::xml_node& sizes, double& spacing) {
    pugi::xml_attribute attribute = sizes.attribute("line-spacing");
    if (!attribute) return;
    std::optional<double> value = Number(attribute.value());
    if (!value || !(*value >= 0.5 && *value <= 3)) {
      diagnostics_.Error(AtAttribute(sizes, "line-spacing"), "ST006",
                         "`line-spacing` must be a number from 0.5 to 3, not `" +
                             std::string(attribute.value()) + "`");
      return;
    }
    spacing = *value;
  }

  // Whether attribute `name`, if written, is one of `words`; one that is not
  // would otherwise act as if it were left out. Reported (ST004).
  bool IsOneOf(const pugi::xml_node& node, const char* name,
               const std::vector<std::string>& words) {
    pugi::xml_attribute attribute = node.attribute(name);
    if (!attribute || std::find(words.begin(), words.end(), attribute.value()) != words.end())
      return true;
    std::string list;
    for (const std::string& word : words) list += (list.empty() ? "" : ", ") + word;
    diagnostics_.Error(AtAttribute(node, name), "ST004",
                       "`" + std::string(name) + "` on `<" + node.name() + ">` is `" +
                           attribute.value() + "`, not one of " + list,
                       DidYouMean(attribute.value(), words));
    return false;
  }

  SourceLocation AtAttribute(const pugi::xml_node& node, const char* name) const {
    return {&file_,
            AttributeValueOffset(file_.text(), static_cast<size_t>(node.offset_debug()), name)};
  }

  const SourceFile& file_;
  FileOverlay& overlay_;
  DiagnosticList& diagnostics_;
  pugi::xml_node logo_;
  std::vector<pugi::xml_node> rule_nodes_;
};

}  // namespace

const std::vector<std::string>& SupportKinds() {
  static const std::vector<std::string> kinds = {"advice-line", "advocacy", "complaints",
                                                 "out-of-hours"};
  return kinds;
}

std::optional<Style> LoadStyle(FileOverlay& overlay, DiagnosticList& diagnostics) {
  const SourceFile* file = overlay.Load("style.xml");
  if (!file) {
    diagnostics.Error({}, "ST003", "no style.xml in the style folders");
    return std::nullopt;
  }
  pugi::xml_document document;
  pugi::xml_parse_result result = document.load_buffer(file->text().data(), file->text().size(),
                                                       pugi::parse_default, pugi::encoding_utf8);
  if (!result) {
    diagnostics.Error({file, static_cast<size_t>(result.offset)}, "ST001",
                      "style.xml is not well-formed xml: " + Lowercase(result.description()));
    return std::nullopt;
  }
  // The reader keeps a node of `document`, which lives until Read returns.
  StyleReader reader(*file, overlay, diagnostics);
  return reader.Read(document.document_element());
}

}  // namespace sdgen
