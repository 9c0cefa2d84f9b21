#include "template/type_checker.h"

// The checker walks the tree once with a scope (loop variables and the paths
// an `<if has>` has proved present) and a context (what kind of content the
// parent element holds). Rules: TP005 element out of place, TP010 unknown
// field, TP011 wrong type, TP012 audience, TP013 maybe missing, TP014
// include, TP015 labels, TP016 pictures, TP017 limits.

#include <algorithm>
#include <iterator>
#include <cctype>
#include <cmath>
#include <sstream>

#include "diagnostics/closest_name.h"
#include "record/id_token.h"
#include "record/record_schema.h"
#include "template/template_limits.h"

namespace sdgen {
namespace {

/// What a parent element holds.
enum class Context { kBlock, kInline, kParagraphs, kListBody, kTableBody, kRowBody, kEntries };

const char* Describe(Context context) {
  switch (context) {
    case Context::kBlock:
      return "the body of a document";
    case Context::kInline:
      return "a line of text";
    case Context::kParagraphs:
      return "a box or table cell";
    case Context::kListBody:
      return "a <list> (only <item> goes here)";
    case Context::kTableBody:
      return "a <table> (only <header> and <row> go here)";
    case Context::kRowBody:
      return "a <row> (only <cell> goes here)";
    case Context::kEntries:
      return "<keyvalues> (only <entry> goes here)";
  }
  return "here";
}

bool Allowed(NodeKind kind, Context context) {
  if (kind == NodeKind::kIf || kind == NodeKind::kFor || kind == NodeKind::kInclude) return true;
  switch (context) {
    case Context::kBlock:
      return kind == NodeKind::kHeading || kind == NodeKind::kParagraph ||
             kind == NodeKind::kList || kind == NodeKind::kTable || kind == NodeKind::kKeyValues ||
             kind == NodeKind::kCallout || kind == NodeKind::kPicture ||
             kind == NodeKind::kDrawing ||
             kind == NodeKind::kSignature || kind == NodeKind::kPageBreak ||
             kind == NodeKind::kGlossary;
    case Context::kInline:
      return kind == NodeKind::kText || kind == NodeKind::kInterpolation ||
             kind == NodeKind::kBold || kind == NodeKind::kItalic ||
             kind == NodeKind::kLineBreak;
    case Context::kParagraphs:
      return kind == NodeKind::kParagraph || Allowed(kind, Context::kInline);
    case Context::kListBody:
      return kind == NodeKind::kItem;
    case Context::kTableBody:
      return kind == NodeKind::kHeader || kind == NodeKind::kRow;
    case Context::kRowBody:
      return kind == NodeKind::kCell;
    case Context::kEntries:
      return kind == NodeKind::kEntry;
  }
  return false;
}

// Numbers a template may write: a column's share of a table, and a
// picture's width in points (an A4 page is 595 wide). Outside these the
// layout would divide by nothing, overflow or draw nothing.
constexpr double kMinColumnShare = 0.01, kMaxColumnShare = 1000;
constexpr double kMinWidthPoints = 1, kMaxWidthPoints = 2000;

// `text` as a number within [min, max], or nullopt: not a number,
// trailing words, infinity and NaN included.
std::optional<double> NumberIn(const std::string& text, double min, double max) {
  if (text.empty()) return std::nullopt;
  char* end = nullptr;
  double value = std::strtod(text.c_str(), &end);
  if (*end != '\0' || !std::isfinite(value) || value < min || value > max) return std::nullopt;
  return value;
}

std::string NumberText(double value) {
  std::ostringstream out;
  out << value;
  return out.str();
}

bool IsBlank(const std::string& text) {
  return std::all_of(text.begin(), text.end(),
                     [](char c) { return std::isspace(static_cast<unsigned char>(c)); });
}

std::vector<std::string> SplitWords(const std::string& text) {
  std::istringstream in(text);
  std::vector<std::string> words;
  for (std::string word; in >> word;) words.push_back(word);
  return words;
}

struct Variable {
  std::string name;
  int slot = -1;
  TypeRef type;
};

/// The static facts about an expression besides its compiled form.
struct Checked {
  CompiledExpression expression;
  bool maybe_hidden = false;   ///< the audience may not be allowed to see it
  bool maybe_missing = false;  ///< the record may leave it out
  std::string hidden_path;     ///< the first field whose share can exceed the audience
};

// One template's check: the state of the walk.
class Checker {
 public:
  Checker(const Labels& labels, const Style& style, PartialSource& partials,
          DiagnosticList& diagnostics)
      : labels_(labels), style_(style), partials_(partials), diagnostics_(diagnostics) {}

  std::optional<CompiledTemplate> Run(const TemplateAst& ast) {
    size_t errors_before = diagnostics_.error_count();
    file_ = ast.file;
    CompiledTemplate compiled;
    if (ast.root.kind != NodeKind::kTemplate) {
      Error(ast.root.offset, "TP002", "a document template starts with `<template>`");
      return std::nullopt;
    }
    ReadHeader(ast.root, compiled);
    compiled.body = CheckNodes(ast.root.children, Context::kBlock);
    compiled.slot_count = next_slot_;
    if (diagnostics_.error_count() > errors_before) return std::nullopt;
    return compiled;
  }

 private:
  // ----- the <template> element -----

  void ReadHeader(const Node& root, CompiledTemplate& compiled) {
    auto value = [&](const char* name) {
      const Attribute* attribute = root.Find(name);
      return attribute ? attribute->value : std::string();
    };
    compiled.document = value("document");
    // The document's name becomes its file name, as ids of the record do.
    if (root.Find("document") && !IsIdToken(compiled.document))
      ErrorAt(root, "document", "TP003",
              "document name `" + compiled.document +
                  "` is not a token: it names the output file, so it is a letter, then "
                  "letters, digits, `-` and `_`, up to " +
                  std::to_string(kMaxIdTokenLength) + " characters",
              "for example document=\"family-letter\"");
    compiled.document_where = AttributeWhere(root, "document");
    compiled.title = value("title");
    compiled.title_where = AttributeWhere(root, "title");
    compiled.subject = value("subject");
    if (!value("look").empty()) compiled.look = value("look");
    if (style_.looks.find(compiled.look) == style_.looks.end()) {
      ErrorAt(root, "look", "TP016", "the style has no look called `" + compiled.look + "`");
    }
    compiled.created_when_signed = value("created") == "signed";
    compiled.draft_unless_signed = value("draft-unless-signed") == "yes";
    ReadAudience(root, compiled.audience);
    audience_ = compiled.audience;
    ReadOncePer(root, compiled);
  }

  void ReadAudience(const Node& root, Audience& audience) {
    const Attribute* kind = root.Find("audience");
    const Attribute* agencies = root.Find("agencies");
    std::string word = kind ? kind->value : "";
    if (word == "family") {
      audience.kind = AudienceKind::kFamily;
    } else if (word == "professionals") {
      audience.kind = AudienceKind::kProfessionals;
    } else if (word == "restricted") {
      audience.kind = AudienceKind::kRestricted;
      if (agencies) audience.agencies = SplitWords(agencies->value);
      std::sort(audience.agencies.begin(), audience.agencies.end());
      const Attribute* once = root.Find("once-per");
      bool per_agency = once && once->value == "agency";
      if (audience.agencies.empty() && !per_agency) {
        ErrorAt(root, "audience", "TP003", "a restricted template must name its agencies",
                "add agencies=\"police\" (or the agencies it goes to), or once-per=\"agency\" "
                "for a copy for each agency the record restricts items to");
      }
    } else if (kind) {
      ErrorAt(root, "audience", "TP003", "unknown audience `" + word + "`",
              "use family, professionals or restricted");
    }
    if (agencies && audience.kind != AudienceKind::kRestricted) {
      ErrorAt(root, "agencies", "TP003", "`agencies` is only for audience=\"restricted\"");
    }
  }

  void ReadOncePer(const Node& root, CompiledTemplate& compiled) {
    const Attribute* once = root.Find("once-per");
    const RecordSchema& record = RecordSchema::Get();
    // A family document is written for exactly one reader, who decides what
    // of the record it may hold; a copy for a whole family cannot exist.
    if (compiled.audience.kind == AudienceKind::kFamily &&
        (!once || (once->value != "parent" && once->value != record.child.name))) {
      ErrorAt(root, "audience", "TP003",
              "a family document is written for one reader at a time",
              "add once-per=\"parent\" (a letter for each adult told something) or "
              "once-per=\"child\" (a story for each child one is written for)");
    }
    if (!once || once->value == "record") return;
    // A copy for each agency the record restricts items to: no loop variable,
    // the copy's audience is that agency.
    if (once->value == "agency") {
      if (compiled.audience.kind != AudienceKind::kRestricted || !compiled.audience.agencies.empty())
        Error(once->offset, "TP003", "once-per=\"agency\" is for a restricted template that "
                                     "names no agencies",
              "write audience=\"restricted\" and leave out agencies");
      compiled.once_per = OncePer::kAgency;
      return;
    }
    const Schema& schema = Schema::Get();
    // A copy per child names its child as the record names a child.
    std::string name;
    const StructSchema* type = nullptr;
    if (once->value == "parent") {
      compiled.once_per = OncePer::kParent;
      name = "parent";
      type = schema.FindStruct(record.person.name);
    } else if (once->value == record.child.name) {
      compiled.once_per = OncePer::kChild;
      name = record.child.name;
      type = schema.FindStruct(record.child.name);
    } else {
      Error(once->offset, "TP003", "unknown once-per `" + once->value + "`",
            "use record, parent, child or agency");
      return;
    }
    compiled.once_per_slot = next_slot_++;
    scope_.push_back(
        {name, compiled.once_per_slot, TypeRef{ValueKind::kStruct, type, nullptr, false}});
  }

  // ----- content -----

  // Each file was bounded when it was parsed; partials nest inside one
  // another, so the depth is bounded again here, where they are expanded.
  std::vector<CompiledNode> CheckNodes(const std::vector<Node>& nodes, Context context) {
    std::vector<CompiledNode> out;
    if (nodes.empty() || PastLimit(nodes.front(), depth_ + 1 > kMaxTemplateDepth,
                                   "nested more than " + std::to_string(kMaxTemplateDepth) +
                                       " elements deep, counting the partials it includes"))
      return out;
    ++depth_;
    for (const Node& node : nodes) {
      if (node.kind == NodeKind::kInclude) {
        Include(node, context, out);
        continue;
      }
      if (node.kind == NodeKind::kText && context != Context::kInline &&
          context != Context::kParagraphs) {
        if (!IsBlank(node.text)) {
          Error(node.offset, "TP005",
                "text cannot stand directly in " + std::string(Describe(context)),
                context == Context::kBlock ? "put it inside <p>…</p>" : "");
        }
        continue;
      }
      if (node.kind == NodeKind::kElse) {
        Error(node.offset, "TP005", "`<else>` belongs inside an `<if>`, as its last part");
        continue;
      }
      if (!Allowed(node.kind, context)) {
        Error(node.offset, "TP005",
              "`<" + node.element + ">` cannot go in " + std::string(Describe(context)));
        continue;
      }
      if (std::optional<CompiledNode> compiled = CheckNode(node, context)) {
        out.push_back(std::move(*compiled));
      }
    }
    --depth_;
    return out;
  }

  // True when `passed`: the first time, the template is reported at `node`;
  // after that the check stops quietly, since more would repeat the error.
  bool PastLimit(const Node& node, bool passed, const std::string& what) {
    if (!passed) return false;
    if (!limit_reported_) Error(node.offset, "TP017", "the template is " + what);
    limit_reported_ = true;
    return true;
  }

  std::optional<CompiledNode> CheckNode(const Node& node, Context context) {
    CheckHoldsNothing(node);
    CompiledNode out;
    switch (node.kind) {
      case NodeKind::kText:
        out.kind = OpKind::kText;
        out.text = node.text;
        out.where = {file_, node.offset};
        return out;
      case NodeKind::kInterpolation:
        return CheckInterpolation(node);
      case NodeKind::kBold:
        return Container(node, OpKind::kBold, Context::kInline);
      case NodeKind::kItalic:
        return Container(node, OpKind::kItalic, Context::kInline);
      case NodeKind::kLineBreak:
        out.kind = OpKind::kLineBreak;
        return out;
      case NodeKind::kHeading:
        return Heading(node);
      case NodeKind::kParagraph:
        return Paragraph(node);
      case NodeKind::kList:
        return List(node);
      case NodeKind::kItem:
        return Container(node, OpKind::kItem, Context::kInline);
      case NodeKind::kTable:
        return Table(node);
      case NodeKind::kHeader:
        return Container(node, OpKind::kHeader, Context::kRowBody);
      case NodeKind::kRow:
        return Container(node, OpKind::kRow, Context::kRowBody);
      case NodeKind::kCell:
        return Container(node, OpKind::kCell, Context::kParagraphs);
      case NodeKind::kKeyValues:
        return Container(node, OpKind::kKeyValues, Context::kEntries);
      case NodeKind::kEntry:
        return Entry(node);
      case NodeKind::kCallout:
        return Callout(node);
      case NodeKind::kPicture:
        return Picture(node);
      case NodeKind::kDrawing:
        return DrawingNode(node);
      case NodeKind::kSignature:
        return Signature(node);
      case NodeKind::kPageBreak:
        out.kind = OpKind::kPageBreak;
        return out;
      case NodeKind::kGlossary:
        out.kind = OpKind::kGlossary;
        out.text = node.Find("title") ? node.Find("title")->value : "";
        out.where = AttributeWhere(node, "title");
        return out;
      case NodeKind::kIf:
        return If(node, context);
      case NodeKind::kFor:
        return For(node, context);
      default:
        return std::nullopt;
    }
  }

  CompiledNode Container(const Node& node, OpKind kind, Context inner) {
    CompiledNode out;
    out.kind = kind;
    out.children = CheckNodes(node.children, inner);
    return out;
  }

  CompiledNode Heading(const Node& node) {
    CompiledNode out = Container(node, OpKind::kHeading, Context::kInline);
    if (const Attribute* level = node.Find("level")) {
      if (level->value == "1" || level->value == "2" || level->value == "3") {
        out.level = level->value[0] - '0';
      } else {
        Error(level->offset, "TP003",
              "heading level must be 1, 2 or 3, not `" + level->value + "`");
      }
    }
    return out;
  }

  CompiledNode Paragraph(const Node& node) {
    CompiledNode out = Container(node, OpKind::kParagraph, Context::kInline);
    const Attribute* kind = node.Find("kind");
    if (!kind) return out;
    static const std::vector<std::pair<std::string, doc::ParagraphRole>> roles = {
        {"body", doc::ParagraphRole::kBody},
        {"lead", doc::ParagraphRole::kLead},
        {"small", doc::ParagraphRole::kSmall},
        {"status", doc::ParagraphRole::kStatus},
        {"caption", doc::ParagraphRole::kCaption},
        {"address", doc::ParagraphRole::kAddress}};
    for (const auto& [word, role] : roles) {
      if (kind->value == word) {
        out.role = role;
        return out;
      }
    }
    Error(kind->offset, "TP003", "unknown paragraph kind `" + kind->value + "`",
          "use body, lead, small, status, caption or address");
    return out;
  }

  CompiledNode List(const Node& node) {
    CompiledNode out = Container(node, OpKind::kList, Context::kListBody);
    if (const Attribute* numbered = node.Find("numbered")) out.numbered = YesNo(*numbered);
    return out;
  }

  CompiledNode Table(const Node& node) {
    CompiledNode out = Container(node, OpKind::kTable, Context::kTableBody);
    if (const Attribute* widths = node.Find("widths")) {
      for (const std::string& word : SplitWords(widths->value)) {
        std::optional<double> width = NumberIn(word, kMinColumnShare, kMaxColumnShare);
        if (!width) {
          Error(widths->offset, "TP003",
                "column width `" + word + "` is not a number from " + NumberText(kMinColumnShare) +
                    " to " + NumberText(kMaxColumnShare),
                "widths are shares of the table: widths=\"3 1\" makes the first column three "
                "times as wide as the second");
        }
        out.widths.push_back(width.value_or(1));
      }
    }
    return out;
  }

  CompiledNode Entry(const Node& node) {
    CompiledNode out = Container(node, OpKind::kEntry, Context::kInline);
    out.text = node.Find("key") ? node.Find("key")->value : "";
    out.where = AttributeWhere(node, "key");
    return out;
  }

  CompiledNode Callout(const Node& node) {
    CompiledNode out = Container(node, OpKind::kCallout, Context::kParagraphs);
    if (const Attribute* title = node.Find("title")) out.text = title->value;
    out.where = AttributeWhere(node, "title");
    const Attribute* kind = node.Find("kind");
    if (!kind || kind->value == "note") return out;
    if (kind->value == "important") {
      out.callout = doc::CalloutKind::kImportant;
    } else if (kind->value == "warning") {
      out.callout = doc::CalloutKind::kWarning;
    } else {
      Error(kind->offset, "TP003", "unknown callout kind `" + kind->value + "`",
            "use note, important or warning");
    }
    return out;
  }

  CompiledNode Picture(const Node& node) {
    CompiledNode out;
    out.kind = OpKind::kPicture;
    const Attribute* name = node.Find("name");
    if (!name) return out;
    out.picture_name = name->value;
    if (node.Find("choose") || node.Find("mark")) PictureChoiceOf(node, out);
    auto found = style_.pictures.find(name->value);
    if (found == style_.pictures.end()) {
      std::vector<std::string> names;
      for (const auto& [key, picture] : style_.pictures) names.push_back(key);
      Error(name->offset, "TP016", "the style has no picture called `" + name->value + "`",
            DidYouMean(name->value, names));
      return out;
    }
    out.picture_path = found->second.path;
    WidthOf(node, out);
    out.decorative = IsDecorative(node);
    if (out.decorative) return out;
    out.text = node.Find("alt") ? node.Find("alt")->value : found->second.alt_text;
    out.where = AttributeWhere(node, "alt");
    if (out.text.empty()) {
      Error(node.offset, "TP003", "picture `" + name->value + "` has no description",
            "add alt=\"what the picture shows\" for people who cannot see it");
    }
    return out;
  }

  // `decorative="yes"`: a border or ornament screen readers skip. It has no
  // description, and a picture chosen by the story's words is never one.
  bool IsDecorative(const Node& node) {
    const Attribute* decorative = node.Find("decorative");
    if (!decorative || decorative->value == "no") return false;
    if (decorative->value != "yes") {
      Error(decorative->offset, "TP003", "unknown `decorative` value `" + decorative->value + "`",
            "use yes or no");
      return false;
    }
    if (const Attribute* alt = node.Find("alt")) {
      Error(alt->offset, "TP003",
            "a decorative picture has no description: screen readers skip it",
            "remove `alt`, or remove decorative=\"yes\" if the picture says something");
    }
    if (node.Find("choose") || node.Find("mark")) {
      Error(node.offset, "TP003",
            "a picture chosen by `choose` or `mark` says something, so it cannot be decorative");
    }
    return true;
  }

  // `choose` names a text whose words pick the picture by the style's rules;
  // `mark` names a number from 0 to 10 that picks `NAME-0` … `NAME-10`. A value
  // that is missing or hidden gives the picture `name`, so nothing about it
  // shows; and the words themselves are never printed.
  void PictureChoiceOf(const Node& node, CompiledNode& out) {
    const bool by_words = node.Find("choose") != nullptr;
    if (by_words && node.Find("mark")) {
      Error(node.offset, "TP003", "`<picture>` takes `choose` or `mark`, not both");
      return;
    }
    std::optional<Checked> checked = CheckFieldAttribute(node.expression);
    if (!checked) return;
    const TypeRef& type = checked->expression.type;
    ValueKind wanted = by_words ? ValueKind::kText : ValueKind::kInt;
    if (type.list || type.kind != wanted) {
      Error(node.expression.offset, "TP011",
            std::string(by_words ? "`choose` needs a text" : "`mark` needs a number") + ", but `" +
                node.expression.PathText() + "` is " + Article(type.Describe()));
      return;
    }
    out.expression = std::move(checked->expression);
    out.picture_choice = by_words ? PictureChoice::kByWords : PictureChoice::kMark;
    if (by_words) return;
    for (int mark = 0; mark <= 10; ++mark) {
      std::string marked = out.picture_name + "-" + std::to_string(mark);
      if (style_.pictures.count(marked) == 0) {
        Error(node.Find("mark")->offset, "TP016",
              "the style has no picture called `" + marked + "` for `mark`",
              "a marked scale needs pictures " + out.picture_name + "-0 to " + out.picture_name +
                  "-10 (styles/make-pictures.sh makes them)");
        return;
      }
    }
  }

  // A child's own drawing, from the record: `of` names a drawing field.
  std::optional<CompiledNode> DrawingNode(const Node& node) {
    CompiledNode out;
    out.kind = OpKind::kDrawing;
    std::optional<Checked> checked = CheckFieldAttribute(node.expression);
    if (!checked) return std::nullopt;
    const TypeRef& type = checked->expression.type;
    if (type.list || type.kind != ValueKind::kStruct ||
        type.struct_type->name != RecordSchema::Get().drawing.name) {
      Error(node.expression.offset, "TP011",
            "`of` needs a drawing, but `" + node.expression.PathText() + "` is " +
                Article(type.Describe()));
      return std::nullopt;
    }
    WidthOf(node, out);
    out.expression = std::move(checked->expression);
    return out;
  }

  std::optional<CompiledNode> Signature(const Node& node) {
    CompiledNode out;
    out.kind = OpKind::kSignature;
    out.text = node.Find("label") ? node.Find("label")->value : "";
    out.where = AttributeWhere(node, "label");
    std::optional<Checked> checked = CheckFieldAttribute(node.expression);
    if (!checked) return std::nullopt;
    const TypeRef& type = checked->expression.type;
    if (type.list || type.kind != ValueKind::kStruct ||
        type.struct_type->name != RecordSchema::Get().signature.name) {
      Error(node.expression.offset, "TP011",
            "`of` needs a signature, but `" + node.expression.PathText() + "` is " +
                Article(type.Describe()));
      return std::nullopt;
    }
    out.expression = std::move(checked->expression);
    return out;
  }

  // A picture's or drawing's `width`, in points: a number a page can hold.
  void WidthOf(const Node& node, CompiledNode& out) {
    const Attribute* width = node.Find("width");
    if (!width) return;
    std::optional<double> points = NumberIn(width->value, kMinWidthPoints, kMaxWidthPoints);
    if (!points) {
      Error(width->offset, "TP003",
            "width `" + width->value + "` is not a number of points from " +
                NumberText(kMinWidthPoints) + " to " + NumberText(kMaxWidthPoints),
            "an A4 page is 595 points wide; leave width out to fit the page");
      return;
    }
    out.width_pt = *points;
  }

  // ----- control -----

  std::optional<CompiledNode> If(const Node& node, Context context) {
    CompiledNode out;
    out.kind = OpKind::kIf;
    const Attribute* has = node.Find("has");
    const Attribute* test = node.Find("test");
    if ((has != nullptr) == (test != nullptr)) {
      Error(
          node.offset, "TP003", "`<if>` needs exactly one of `has` and `test`",
          "has=\"field\" checks that it is there and may be shown; test=\"field\" checks a yes/no");
      return std::nullopt;
    }
    std::optional<Checked> checked = CheckFieldAttribute(node.expression);
    if (!checked) return std::nullopt;
    out.expression = checked->expression;
    if (has) {
      out.condition = Condition::kHas;
    } else if (!CheckTest(node, out)) {
      return std::nullopt;
    }
    std::vector<Node> then_nodes;
    const Node* else_node = SplitElse(node, then_nodes);
    if (has) narrowed_.push_back(Key(node.expression));
    out.children = CheckNodes(then_nodes, context);
    if (has) narrowed_.pop_back();
    if (else_node) out.else_children = CheckNodes(else_node->children, context);
    return out;
  }

  bool CheckTest(const Node& node, CompiledNode& out) {
    const TypeRef& type = out.expression.type;
    const Attribute* is = node.Find("is");
    if (!type.list && type.kind == ValueKind::kBool && !is) {
      out.condition = Condition::kTest;
      return true;
    }
    if (!type.list && type.kind == ValueKind::kEnum && is) {
      out.condition = Condition::kIs;
      out.is_words = SplitWords(is->value);
      for (const std::string& word : out.is_words) {
        const auto& words = type.enum_type->words;
        if (std::find(words.begin(), words.end(), word) == words.end()) {
          Error(is->offset, "TP011",
                "`" + word + "` is not one of the values of " + type.enum_type->name,
                DidYouMean(word, words));
        }
      }
      return true;
    }
    if (type.kind == ValueKind::kEnum) {
      Error(node.expression.offset, "TP011",
            "`" + node.expression.PathText() + "` is a choice; say which values with is=\"…\"",
            "for example is=\"" + type.enum_type->words.front() + "\"");
    } else {
      Error(node.expression.offset, "TP011",
            "test needs a yes/no, but `" + node.expression.PathText() + "` is " +
                Article(type.Describe()),
            "use has=\"…\" to check that something is there");
    }
    return false;
  }

  const Node* SplitElse(const Node& node, std::vector<Node>& then_nodes) {
    const Node* else_node = nullptr;
    for (const Node& child : node.children) {
      if (child.kind == NodeKind::kElse) {
        if (else_node) Error(child.offset, "TP005", "an `<if>` has only one `<else>`");
        else_node = &child;
      } else if (else_node && !(child.kind == NodeKind::kText && IsBlank(child.text))) {
        Error(child.offset, "TP005", "`<else>` must be the last part of its `<if>`");
      } else {
        then_nodes.push_back(child);
      }
    }
    return else_node;
  }

  std::optional<CompiledNode> For(const Node& node, Context context) {
    if (node.text.empty()) return std::nullopt;  // `each` did not parse
    std::optional<Checked> checked = CheckFieldAttribute(node.expression);
    if (!checked) return std::nullopt;
    const TypeRef& type = checked->expression.type;
    if (!type.list) {
      Error(node.expression.offset, "TP011",
            "`" + node.expression.PathText() + "` is a single " + type.Describe() +
                ", not a list: there is nothing to go through",
            "use <if has=\"" + node.expression.PathText() + "\"> to show it when it is there");
      return std::nullopt;
    }
    if (FindVariable(node.text) || Schema::Get().top().Find(node.text)) {
      Error(node.offset, "TP003", "the name `" + node.text + "` is already in use",
            "choose another name for the loop");
      return std::nullopt;
    }
    CompiledNode out;
    out.kind = OpKind::kFor;
    out.expression = checked->expression;
    out.slot = next_slot_++;
    TypeRef item = type;
    item.list = false;
    scope_.push_back({node.text, out.slot, item});
    out.children = CheckNodes(node.children, context);
    scope_.pop_back();
    return out;
  }

  void Include(const Node& node, Context context, std::vector<CompiledNode>& out) {
    const Attribute* name = node.Find("template");
    if (!name) return;
    if (std::find(include_stack_.begin(), include_stack_.end(), name->value) !=
        include_stack_.end()) {
      Error(name->offset, "TP014", "`" + name->value + "` includes itself");
      return;
    }
    if (PastLimit(node, ++included_partials_ > kMaxIncludedPartials,
                  "made of more than " + std::to_string(kMaxIncludedPartials) +
                      " included partials, counting every copy"))
      return;
    const TemplateAst* partial = partials_.FindPartial(name->value, {file_, name->offset});
    if (!partial) return;
    if (partial->root.kind != NodeKind::kPartial) {
      Error(name->offset, "TP014", "`" + name->value + "` is a document, not a partial");
      return;
    }
    include_stack_.push_back(name->value);
    const SourceFile* outer = file_;
    file_ = partial->file;
    for (CompiledNode& compiled : CheckNodes(partial->root.children, context)) {
      out.push_back(std::move(compiled));
    }
    file_ = outer;
    include_stack_.pop_back();
  }

  // ----- expressions -----

  std::optional<CompiledNode> CheckInterpolation(const Node& node) {
    const Expression& expression = node.expression;
    std::optional<Checked> checked = CheckPath(expression);
    if (!checked) return std::nullopt;
    if (!ApplyFormatters(expression, *checked)) return std::nullopt;
    const TypeRef& type = checked->expression.type;
    if (!CheckPrintable(expression, type)) return std::nullopt;
    if (!expression.otherwise && !CheckShown(expression, *checked)) return std::nullopt;
    if (expression.otherwise && expression.otherwise->empty()) {
      Error(expression.otherwise_offset, "TP013", "`otherwise` needs some words to print",
            "to print nothing, put the sentence inside <if has=\"…\">");
      return std::nullopt;
    }
    CompiledNode out;
    out.kind = OpKind::kValue;
    out.expression = std::move(checked->expression);
    return out;
  }

  bool CheckShown(const Expression& expression, const Checked& checked) {
    std::string path = expression.PathText();
    if (checked.maybe_hidden) {
      Error(expression.offset, "TP012",
            "`" + path + "` may be hidden from a " + audience_.Describe() + " audience (`" +
                checked.hidden_path + "` carries its own share), so say what to print when it is",
            "write {{ " + path + " otherwise \"…\" }} or put it inside <if has=\"" + path + "\">");
      return false;
    }
    if (checked.maybe_missing) {
      Error(expression.offset, "TP013",
            "`" + path + "` may be missing from the record, so say what to print when it is",
            "write {{ " + path + " otherwise \"…\" }} or put it inside <if has=\"" + path + "\">");
      return false;
    }
    return true;
  }

  bool CheckPrintable(const Expression& expression, const TypeRef& type) {
    if (!type.list && (type.kind == ValueKind::kText || type.kind == ValueKind::kInt)) return true;
    std::string what = expression.literal ? "this" : "`" + expression.PathText() + "`";
    std::string hint;
    if (type.list) {
      hint = type.kind == ValueKind::kText ? "add `| join`"
                                           : "use <for each=\"…\"> or `| names | join`";
    } else if (type.kind == ValueKind::kDate || type.kind == ValueKind::kDateTime) {
      hint = "add `| date`, `| time` or `| datetime`";
    } else if (type.kind == ValueKind::kEnum || type.kind == ValueKind::kBool) {
      hint = "add `| label` to print its words from labels.xml";
    } else if (type.kind == ValueKind::kDuration) {
      hint = "add `| duration`";
    } else if (type.struct_type) {
      hint = "choose one of its parts, such as `" + expression.PathText() + "." +
             type.struct_type->fields.front().name + "`";
    }
    Error(expression.offset, "TP011",
          what + " is " + Article(type.Describe()) + " and cannot be printed as it is", hint);
    return false;
  }

  bool ApplyFormatters(const Expression& expression, Checked& checked) {
    for (const FormatterCall& call : expression.formatters) {
      TypeRef& type = checked.expression.type;
      const FormatterSpec* spec = FindFormatter(call.name);
      if (!spec) {
        std::vector<std::string> names;
        for (const FormatterSpec& known : FormatterSpecs()) names.push_back(known.name);
        Error(call.offset, "TP011", "unknown formatter `" + call.name + "`",
              DidYouMean(call.name, names));
        return false;
      }
      std::optional<TypeRef> result = FormatterResult(spec->id, type);
      if (!result) {
        Error(call.offset, "TP011",
              "`" + call.name + "` formats " + spec->accepts + ", but it was given " +
                  Article(type.Describe()));
        return false;
      }
      CompiledFormatter compiled{spec->id, call.argument, type.enum_type};
      if (spec->id == FormatterId::kLabel && !CheckLabels(call, type)) return false;
      if (spec->id != FormatterId::kLabel && !call.argument.empty()) {
        Error(call.offset, "TP011", "`" + call.name + "` takes no argument");
        return false;
      }
      checked.expression.formatters.push_back(compiled);
      type = *result;
    }
    return true;
  }

  bool CheckLabels(const FormatterCall& call, const TypeRef& type) {
    std::string name = type.kind == ValueKind::kBool ? "yes-no" : type.enum_type->name;
    std::vector<std::string> words = type.kind == ValueKind::kBool
                                         ? std::vector<std::string>{"yes", "no"}
                                         : type.enum_type->words;
    std::string set = call.argument;
    if (!labels_.HasSet(name, set)) {
      Error(call.offset, "TP015",
            "labels.xml has no " + (set.empty() ? std::string("default") : "`" + set + "`") +
                " labels for " + name,
            "add <enum name=\"" + name + "\"" + (set.empty() ? "" : " set=\"" + set + "\"") +
                "> to labels.xml");
      return false;
    }
    bool complete = true;
    for (const std::string& word : words) {
      if (!labels_.Find(name, set, word)) {
        Error(call.offset, "TP015", "labels.xml has no label for " + name + " `" + word + "`");
        complete = false;
      }
    }
    return complete;
  }

  // `has`, `test`, `each` and `of` name a field and nothing else.
  std::optional<Checked> CheckFieldAttribute(const Expression& expression) {
    if (expression.literal || !expression.formatters.empty() || expression.otherwise) {
      Error(expression.offset, "TP003", "this attribute takes a field name only",
            "formatters and otherwise belong in {{ … }}");
      return std::nullopt;
    }
    return CheckPath(expression);
  }

  // Resolves the path and works out whether the audience may see its value.
  std::optional<Checked> CheckPath(const Expression& expression) {
    Checked checked;
    checked.expression.where = {file_, expression.offset};
    checked.expression.otherwise = expression.otherwise;
    // The offset is the opening quote's; the words start after it.
    if (expression.otherwise)
      checked.expression.otherwise_where = {file_, expression.otherwise_offset + 1};
    if (expression.literal) {
      checked.expression.literal = expression.literal;
      return checked;
    }
    if (expression.path.empty()) return std::nullopt;
    path_failed_ = false;
    TypeRef type;
    bool visible = true;
    size_t first = 0;
    if (const Variable* variable = FindVariable(expression.path[0])) {
      checked.expression.path.slot = variable->slot;
      type = variable->type;
      first = 1;
    } else {
      type = TypeRef{ValueKind::kStruct, &Schema::Get().top(), nullptr, false};
    }
    std::string prefix = first ? expression.path[0] : "";
    for (size_t i = first; i < expression.path.size(); ++i) {
      const std::string& name = expression.path[i];
      const FieldSchema* field = Step(expression, i, type);
      if (!field) return std::nullopt;
      prefix += (prefix.empty() ? "" : ".") + name;
      bool field_visible = StaticallyVisible(*field, visible, expression, prefix);
      if (path_failed_) return std::nullopt;
      bool proved = std::find(narrowed_.begin(), narrowed_.end(), prefix) != narrowed_.end();
      if (proved) {
        checked.maybe_hidden = checked.maybe_missing = false;
        checked.hidden_path.clear();
      } else {
        if (!field_visible && !checked.maybe_hidden) checked.hidden_path = prefix;
        checked.maybe_hidden |= !field_visible;
        checked.maybe_missing |= field->optional;
      }
      visible = proved || field_visible;
      type = field->type;
      checked.expression.path.fields.push_back(field);
    }
    checked.expression.type = type;
    return checked;
  }

  const FieldSchema* Step(const Expression& expression, size_t index, const TypeRef& parent) {
    const std::string& name = expression.path[index];
    std::string so_far;
    for (size_t i = 0; i < index; ++i) so_far += (i ? "." : "") + expression.path[i];
    if (parent.list) {
      Error(expression.offset, "TP011",
            "`" + so_far + "` is a list; go through it with <for each=\"x in " + so_far +
                "\"> and use x." + name);
      return nullptr;
    }
    if (parent.kind != ValueKind::kStruct) {
      Error(
          expression.offset, "TP011",
          "`" + so_far + "` is " + Article(parent.Describe()) + " and has no part `" + name + "`");
      return nullptr;
    }
    const FieldSchema* field = parent.struct_type->Find(name);
    if (field) return field;
    std::vector<std::string> candidates = parent.struct_type->FieldNames();
    std::string where = index == 0 ? "" : " in " + parent.struct_type->name;
    if (index == 0) {
      for (const Variable& variable : scope_) candidates.push_back(variable.name);
    }
    Error(expression.offset, "TP010", "unknown field `" + name + "`" + where,
          DidYouMean(name, candidates));
    return nullptr;
  }

  bool StaticallyVisible(const FieldSchema& field, bool parent_visible,
                         const Expression& expression, const std::string& prefix) {
    switch (field.share) {
      case ShareRule::kPublic:
        return true;
      case ShareRule::kFamily:
      case ShareRule::kProfessionals: {
        Share level = field.share == ShareRule::kFamily ? Share::kFamily : Share::kProfessionals;
        if (audience_.CanSeeLevel(level)) return true;
        Error(expression.offset, "TP012",
              "`" + prefix + "` is for " + ToString(level) + " only and can never appear in a " +
                  audience_.Describe() + " document",
              "remove it from this template");
        path_failed_ = true;
        return false;
      }
      case ShareRule::kInherit:
      case ShareRule::kItemText:
        return parent_visible;
      case ShareRule::kOwn:
        return false;
    }
    return false;
  }

  // ----- small things -----

  const Variable* FindVariable(const std::string& name) const {
    for (const Variable& variable : scope_) {
      if (variable.name == name) return &variable;
    }
    return nullptr;
  }

  bool YesNo(const Attribute& attribute) {
    if (attribute.value == "yes") return true;
    if (attribute.value != "no") {
      Error(attribute.offset, "TP003", "expected yes or no, not `" + attribute.value + "`");
    }
    return false;
  }

  static std::string Key(const Expression& expression) { return expression.PathText(); }

  static std::string Article(const std::string& noun) {
    bool vowel = !noun.empty() && std::string("aeiou").find(noun[0]) != std::string::npos;
    return (vowel ? "an " : "a ") + noun;
  }

  // Where the attribute's value is written; no place when it is not written,
  // so words that come from elsewhere (the style's alt text) are not pinned here.
  SourceLocation AttributeWhere(const Node& node, const char* attribute) const {
    const Attribute* found = node.Find(attribute);
    return found ? SourceLocation{file_, found->offset} : SourceLocation{};
  }

  void ErrorAt(const Node& node, const char* attribute, const char* rule, std::string message,
               std::string suggestion = {}) {
    const Attribute* found = node.Find(attribute);
    Error(found ? found->offset : node.offset, rule, std::move(message), std::move(suggestion));
  }

  // Elements made whole by their attributes (`<br/>`, `<page-break/>`,
  // `<picture/>`...) print nothing they hold: words inside one would be lost.
  void CheckHoldsNothing(const Node& node) {
    static const NodeKind kEmpty[] = {NodeKind::kLineBreak, NodeKind::kPageBreak,
                                      NodeKind::kPicture,   NodeKind::kDrawing,
                                      NodeKind::kSignature, NodeKind::kGlossary};
    if (std::find(std::begin(kEmpty), std::end(kEmpty), node.kind) == std::end(kEmpty)) return;
    for (const Node& child : node.children) {
      if (child.kind == NodeKind::kText && IsBlank(child.text)) continue;
      Error(child.offset, "TP003",
            "<" + node.element + "> holds nothing; what is written inside it would never be "
            "printed",
            "write <" + node.element + "/> and put the words after it");
      return;
    }
  }

  void Error(size_t offset, const char* rule, std::string message, std::string suggestion = {}) {
    diagnostics_.Error({file_, offset}, rule, std::move(message), std::move(suggestion));
  }

  const Labels& labels_;
  const Style& style_;
  PartialSource& partials_;
  DiagnosticList& diagnostics_;
  const SourceFile* file_ = nullptr;
  Audience audience_;
  std::vector<Variable> scope_;
  std::vector<std::string> narrowed_;  ///< paths an enclosing <if has> proved shown
  std::vector<std::string> include_stack_;
  size_t depth_ = 0;              ///< CheckNodes calls open, through partials too
  size_t included_partials_ = 0;  ///< every copy of every partial so far
  bool limit_reported_ = false;
  int next_slot_ = 0;
  bool path_failed_ = false;  ///< the path named something the audience can never see
};

}  // namespace

std::optional<CompiledTemplate> TypeChecker::Check(const TemplateAst& ast) {
  return Checker(labels_, style_, partials_, diagnostics_).Run(ast);
}

}  // namespace sdgen
