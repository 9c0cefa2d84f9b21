#include "style/style_loader.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <sstream>
#include <vector>
#include <pugixml.hpp>

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
    Style style;
    if (const char* locale = root.attribute("locale").as_string(nullptr)) style.locale = locale;
    if (const char* zone = root.attribute("time-zone").as_string(nullptr)) style.time_zone = zone;
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
  // A council may allow more time for minutes (e.g. 5 working days instead of
  // 24 hours) but every figure must be a positive whole number.
  void ReadDeadlines(const pugi::xml_node& node, DeadlinePolicy& policy) {
    auto read = [&](const char* attribute, int& value) {
      pugi::xml_attribute found = node.attribute(attribute);
      if (!found) return false;
      int number = found.as_int(0);
      if (number <= 0) {
        diagnostics_.Error(Here(node), "ST005",
                           std::string("`") + attribute + "` must be a whole number above 0");
        return false;
      }
      value = number;
      return true;
    };
    read("minutes-hours", policy.minutes_due_hours);
    int working_days = 0;
    if (read("minutes-working-days", working_days)) policy.minutes_due_working_days = working_days;
    read("actions-working-days", policy.actions_sent_working_days);
    read("conference-working-days", policy.conference_working_days);
  }

  void ReadElement(const pugi::xml_node& node, Style& style) {
    std::string name = node.name();
    if (name == "look") {
      style.looks[node.attribute("name").as_string("standard")] = ReadLook(node);
    } else if (name == "confidentiality") {
      style.confidentiality[node.attribute("audience").as_string()] = node.text().as_string();
    } else if (name == "deadlines") {
      ReadDeadlines(node, style.deadlines);
    } else if (name == "reading-age") {
      style.reading_ages[node.attribute("document").as_string()] = node.text().as_int();
    } else if (name == "picture") {
      ReadPicture(node, style);
    } else if (name == "support") {
      ReadSupport(node, style);
    } else if (name == "picture-rule") {
      ReadPictureRule(node, style);
    } else if (name == "logo") {
      logo_ = node;
    } else if (name == "page") {
      style.page.margin_left_pt =
          node.attribute("margin-left").as_double(style.page.margin_left_pt);
      style.page.margin_right_pt =
          node.attribute("margin-right").as_double(style.page.margin_right_pt);
      style.page.margin_top_pt = node.attribute("margin-top").as_double(style.page.margin_top_pt);
      style.page.margin_bottom_pt =
          node.attribute("margin-bottom").as_double(style.page.margin_bottom_pt);
    } else {
      diagnostics_.Warning(Here(node), "ST002", "unknown style element `<" + name + ">`");
    }
  }

  // Each `<contact for="…" name="…" phone="…" web="…" hours="…"/>`: a kind
  // letters know and a name to give it; a council leaves out what it lacks.
  void ReadSupport(const pugi::xml_node& node, Style& style) {
    const std::vector<std::string>& kinds = SupportKinds();
    for (const pugi::xml_node& contact : node.children()) {
      if (contact.type() != pugi::node_element) continue;
      if (std::string(contact.name()) != "contact") {
        diagnostics_.Warning(Here(contact), "ST002",
                             "unknown style element `<" + std::string(contact.name()) + ">`");
        continue;
      }
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

  doc::Look ReadLook(const pugi::xml_node& node) {
    doc::Look look;
    look.fallback = {kDejaVu, kDejaVuBold, kDejaVuItalic, kDejaVuBoldItalic, "DejaVu Sans"};
    look.body = look.fallback;
    look.headings = look.fallback;
    for (const pugi::xml_node& font : node.children("font")) {
      std::string role = font.attribute("role").as_string("body");
      doc::FontSet set = ReadFontSet(font);
      if (role == "body") look.body = set;
      if (role == "headings") look.headings = set;
      if (role == "fallback") look.fallback = set;
    }
    // The children's look: paragraphs never split, no case number at the top.
    look.keep_paragraphs_whole = std::string(node.attribute("paragraphs").as_string()) == "whole";
    look.record_id_in_header = std::string(node.attribute("record-id").as_string()) != "hidden";
    if (pugi::xml_node sizes = node.child("sizes")) {
      ReadSize(sizes, "body", look.body_size_pt);
      ReadSize(sizes, "title", look.title_size_pt);
      ReadSize(sizes, "h1", look.heading_sizes_pt[0]);
      ReadSize(sizes, "h2", look.heading_sizes_pt[1]);
      ReadSize(sizes, "h3", look.heading_sizes_pt[2]);
      look.line_spacing = sizes.attribute("line-spacing").as_double(look.line_spacing);
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
      diagnostics_.Error(Here(node), "ST004",
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
    style.pictures[name] = {*path, node.attribute("alt").as_string()};
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
    double value = attribute.as_double(-1);
    if (!(value >= 1 && value <= 300)) {
      diagnostics_.Error(Here(sizes), "ST006",
                         std::string("`") + name + "` size '" + attribute.value() +
                             "' is not a type size in points from 1 to 300");
      return;
    }
    size = value;
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
