#include "style/style_schema.h"

#include <algorithm>
#include <string>
#include <vector>

#include "diagnostics/attribute_offset.h"
#include "diagnostics/closest_name.h"

namespace sdgen {
namespace {

struct StyleElement {
  const char* name;
  std::vector<std::string> attributes;
  std::vector<std::string> children;
};

// docs/style.md describes each of these.
const std::vector<StyleElement>& StyleElements() {
  static const std::vector<StyleElement> elements = {
      {"style",
       {"locale", "time-zone"},
       {"look", "page", "logo", "confidentiality", "reading-age", "deadlines", "support", "picture",
        "picture-rule", "language"}},
      {"language",
       {"tag", "locale", "bilingual"},
       {"translation-offer", "confidentiality", "picture-alt", "support"}},
      {"translation-offer", {}, {}},
      {"picture-alt", {"name"}, {}},
      {"look", {"name", "paragraphs", "record-id"}, {"font", "sizes", "colours"}},
      {"font", {"role", "family", "regular", "bold", "italic", "bold-italic"}, {}},
      {"sizes", {"body", "title", "h1", "h2", "h3", "line-spacing"}, {}},
      {"colours", {"text", "headings", "accent"}, {}},
      {"page", {"margin-left", "margin-right", "margin-top", "margin-bottom"}, {}},
      {"logo", {"file", "alt"}, {}},
      {"confidentiality", {"audience"}, {}},
      {"reading-age", {"document"}, {}},
      {"deadlines",
       {"minutes-hours", "minutes-working-days", "actions-working-days", "conference-working-days"},
       {}},
      {"support", {}, {"contact"}},
      {"contact", {"for", "name", "phone", "web", "hours"}, {}},
      {"picture", {"name", "file", "alt"}, {}},
      {"picture-rule", {"picture", "words"}, {}},
  };
  return elements;
}

const StyleElement* FindElement(const std::string& name) {
  for (const StyleElement& element : StyleElements())
    if (name == element.name) return &element;
  return nullptr;
}

std::string Join(const std::vector<std::string>& names) {
  std::string joined;
  for (const std::string& name : names) joined += (joined.empty() ? "" : ", ") + name;
  return joined;
}

// "did you mean `x`?" for a near name, else the names allowed there.
std::string Suggestion(const std::string& written, const std::vector<std::string>& allowed) {
  std::string near = DidYouMean(written, allowed);
  if (!near.empty() || allowed.empty()) return near;
  return "allowed here: " + Join(allowed);
}

class NameChecker {
 public:
  NameChecker(const SourceFile& file, DiagnosticList& diagnostics)
      : file_(file), diagnostics_(diagnostics) {}

  void Check(const pugi::xml_node& node, const StyleElement& element) {
    size_t offset = static_cast<size_t>(node.offset_debug());
    for (const pugi::xml_attribute& attribute : node.attributes()) {
      std::string name = attribute.name();
      const std::vector<std::string>& allowed = element.attributes;
      if (std::find(allowed.begin(), allowed.end(), name) != allowed.end()) continue;
      diagnostics_.Error({&file_, AttributeValueOffset(file_.text(), offset, name)}, "ST002",
                         "`<" + std::string(element.name) + ">` has no attribute `" + name + "`",
                         Suggestion(name, allowed));
    }
    for (const pugi::xml_node& child : node.children()) {
      if (child.type() != pugi::node_element) continue;
      std::string name = child.name();
      const std::vector<std::string>& allowed = element.children;
      const StyleElement* known = FindElement(name);
      if (known && std::find(allowed.begin(), allowed.end(), name) != allowed.end()) {
        Check(child, *known);
        continue;
      }
      diagnostics_.Error({&file_, static_cast<size_t>(child.offset_debug())}, "ST002",
                         "unknown style element `<" + name + ">` in `<" + element.name + ">`",
                         Suggestion(name, allowed));
    }
  }

 private:
  const SourceFile& file_;
  DiagnosticList& diagnostics_;
};

}  // namespace

void CheckStyleNames(const pugi::xml_node& root, const SourceFile& file,
                     DiagnosticList& diagnostics) {
  const StyleElement* style = FindElement("style");
  if (std::string(root.name()) != style->name) {
    diagnostics.Error({&file, static_cast<size_t>(root.offset_debug())}, "ST002",
                      "style.xml starts with `<style>`, not `<" + std::string(root.name()) + ">`");
    return;
  }
  NameChecker(file, diagnostics).Check(root, *style);
}

}  // namespace sdgen
