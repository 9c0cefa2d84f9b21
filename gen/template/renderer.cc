#include "template/renderer.h"

// A RenderRun renders one document: it owns the loop-variable slots and
// walks the compiled tree once per content kind (blocks, inline text, list
// items, table rows...). `<if>` and `<for>` are expanded in one place, Walk(),
// so every kind of content gets them the same way.

#include <algorithm>
#include <filesystem>

#include "record/record_schema.h"
#include "record/sharing.h"
#include "template/paragraph_builder.h"
#include "template/picture_choice.h"

namespace sdgen {
namespace {

const char* AudienceWord(AudienceKind kind) {
  switch (kind) {
    case AudienceKind::kFamily:
      return "family";
    case AudienceKind::kProfessionals:
      return "professionals";
    case AudienceKind::kRestricted:
      return "restricted";
  }
  return "professionals";
}

class RenderRun {
 public:
  RenderRun(const CompiledTemplate& compiled, const Style& style, const Formatters& formatters,
            const EvalContext& context, DiagnosticList& diagnostics, const std::string& language)
      : compiled_(compiled),
        language_(language),
        audience_(compiled.audience),
        style_(style),
        formatters_(formatters),
        context_(context),
        diagnostics_(diagnostics),
        slots_(static_cast<size_t>(compiled.slot_count)) {}

  std::vector<Value>& slots() { return slots_; }
  /// Renders from now on for one family reader: only what reaches them.
  void SetReader(const FamilyReaders& readers, const FamilyReader& reader) {
    audience_.readers = &readers;
    audience_.reader = reader;
    context_.readers = &readers;
    context_.reader = &audience_.reader;
  }
  /// Renders from now on the copy for one agency: its restricted items in full.
  void SetAgency(const std::string& agency) { audience_.agencies = {agency}; }

  doc::Document Build() {
    doc::Document document;
    FillFrame(document);
    RenderBlocks(compiled_.body, document.blocks);
    return document;
  }

  /// Every item of a top-level list (parents, children), whoever may see it:
  /// which of them a copy is made for is the record's readers' decision.
  std::vector<Value> AllItems(const std::string& field_name) {
    const FieldSchema* field = Schema::Get().top().Find(field_name);
    Value list = field->get(Value{}, context_);
    for (Value& item : list.items) item.struct_type = field->type.struct_type;
    return list.items;
  }

 private:
  // ----- the document around the blocks -----

  void FillFrame(doc::Document& document) {
    const Record& record = context_.record;
    document.draft = context_.draft;
    doc::Metadata& metadata = document.metadata;
    metadata.title = compiled_.title;
    metadata.subject = compiled_.subject;
    metadata.author = record.local_authority.value;
    metadata.language = language_.empty() ? record.language : language_;
    metadata.record_id = record.id;
    metadata.keywords = {record.id, compiled_.document, "strategy discussion"};
    // Only a sign-off document vouches for a record; `sdgen verify` reads this keyword.
    if (compiled_.draft_unless_signed && !context_.inputs.verification_code.empty()) {
      metadata.verification_code = context_.inputs.verification_code;
      metadata.keywords.push_back("sdgen-verification-" + metadata.verification_code);
    }
    metadata.created = CreatedAt();
    auto look = style_.looks.find(compiled_.look);
    if (look != style_.looks.end()) document.look = look->second;
    document.page = style_.page;
    document.furniture.header_text = record.local_authority.value + " — " + compiled_.title;
    // A child's story carries no case number where anyone glancing at it would see it.
    if (document.look.record_id_in_header) document.furniture.header_text += " — " + record.id;
    document.furniture.footer_text = FooterText();
  }

  std::string CreatedAt() const {
    const Record& record = context_.record;
    const auto& signature = record.sign_off.signature;
    if (compiled_.created_when_signed && signature && signature->at.value) {
      return signature->at.value->Iso();
    }
    return record.meeting.held.value ? record.meeting.held.value->Iso() : "";
  }

  std::string FooterText() const {
    auto found = style_.confidentiality.find(AudienceWord(audience_.kind));
    std::string line = found == style_.confidentiality.end() ? "" : found->second;
    if (audience_.kind == AudienceKind::kRestricted) {
      std::string agencies;
      for (const std::string& agency : audience_.agencies) {
        agencies += (agencies.empty() ? "" : ", ") + agency;
      }
      line += " (" + agencies + ")";
    }
    return line;
  }

  // ----- control flow -----

  template <typename Visit>
  void Walk(const std::vector<CompiledNode>& nodes, Visit&& visit) {
    for (const CompiledNode& node : nodes) {
      if (node.kind == OpKind::kIf) {
        Walk(Decide(node) ? node.children : node.else_children, visit);
      } else if (node.kind == OpKind::kFor) {
        Value list = Evaluate(node.expression);
        for (const Value& item : list.items) {
          slots_[static_cast<size_t>(node.slot)] = item;
          Walk(node.children, visit);
        }
      } else {
        visit(node);
      }
    }
  }

  bool Decide(const CompiledNode& node) {
    Value value = Evaluate(node.expression);
    if (value.missing) return false;
    switch (node.condition) {
      case Condition::kHas:
        return !value.list || !value.items.empty();
      case Condition::kTest:
        return value.flag;
      case Condition::kIs:
        return std::find(node.is_words.begin(), node.is_words.end(), value.text) !=
               node.is_words.end();
    }
    return false;
  }

  // ----- content -----

  void RenderBlocks(const std::vector<CompiledNode>& nodes, std::vector<doc::Block>& out) {
    Walk(nodes, [&](const CompiledNode& node) { RenderBlock(node, out); });
  }

  void RenderBlock(const CompiledNode& node, std::vector<doc::Block>& out) {
    switch (node.kind) {
      case OpKind::kHeading: {
        ParagraphBuilder builder;
        RenderInline(node.children, builder);
        std::string text = builder.FinishAsOne().PlainText();
        if (!text.empty()) out.push_back(doc::Heading{node.level, text});
        break;
      }
      case OpKind::kParagraph: {
        ParagraphBuilder builder(node.role);
        RenderInline(node.children, builder);
        for (doc::Paragraph& paragraph : builder.Finish()) out.push_back(std::move(paragraph));
        break;
      }
      case OpKind::kList:
        RenderList(node, out);
        break;
      case OpKind::kTable:
        RenderTable(node, out);
        break;
      case OpKind::kKeyValues:
        RenderKeyValues(node, out);
        break;
      case OpKind::kCallout:
        RenderCallout(node, out);
        break;
      case OpKind::kPicture:
        out.push_back(RenderPicture(node));
        break;
      case OpKind::kDrawing:
        RenderDrawing(node, out);
        break;
      case OpKind::kSignature:
        out.push_back(RenderSignature(node));
        break;
      case OpKind::kPageBreak:
        out.push_back(doc::PageBreak{});
        break;
      case OpKind::kGlossary:
        RenderGlossary(node, out);
        break;
      default:
        break;
    }
  }

  void RenderInline(const std::vector<CompiledNode>& nodes, ParagraphBuilder& builder) {
    Walk(nodes, [&](const CompiledNode& node) { RenderInlineNode(node, builder); });
  }

  void RenderInlineNode(const CompiledNode& node, ParagraphBuilder& builder) {
    switch (node.kind) {
      case OpKind::kText:
        builder.AddLiteral(node.text);
        break;
      case OpKind::kValue:
        if (KeepsLines(node.expression)) builder.AddLines(Print(node.expression));
        else builder.AddData(Print(node.expression));
        break;
      case OpKind::kLineBreak:
        builder.AddLineBreak();
        break;
      case OpKind::kBold:
      case OpKind::kItalic: {
        bool bold = builder.bold();
        bool italic = builder.italic();
        if (node.kind == OpKind::kBold) builder.SetBold(true);
        if (node.kind == OpKind::kItalic) builder.SetItalic(true);
        RenderInline(node.children, builder);
        builder.SetBold(bold);
        builder.SetItalic(italic);
        break;
      }
      default:
        break;
    }
  }

  // Cells and callouts hold <p> elements, loose text, or both.
  std::vector<doc::Paragraph> RenderParagraphs(const std::vector<CompiledNode>& nodes) {
    std::vector<doc::Paragraph> out;
    ParagraphBuilder loose;
    auto flush = [&]() {
      for (doc::Paragraph& paragraph : loose.Finish()) out.push_back(std::move(paragraph));
    };
    Walk(nodes, [&](const CompiledNode& node) {
      if (node.kind != OpKind::kParagraph) {
        RenderInlineNode(node, loose);
        return;
      }
      flush();
      ParagraphBuilder builder(node.role);
      RenderInline(node.children, builder);
      for (doc::Paragraph& paragraph : builder.Finish()) out.push_back(std::move(paragraph));
    });
    flush();
    return out;
  }

  void RenderList(const CompiledNode& node, std::vector<doc::Block>& out) {
    doc::List list;
    list.numbered = node.numbered;
    Walk(node.children, [&](const CompiledNode& item) {
      ParagraphBuilder builder;
      RenderInline(item.children, builder);
      doc::Paragraph paragraph = builder.FinishAsOne();
      if (!paragraph.runs.empty()) list.items.push_back(std::move(paragraph));
    });
    if (!list.items.empty()) out.push_back(std::move(list));
  }

  void RenderTable(const CompiledNode& node, std::vector<doc::Block>& out) {
    doc::Table table;
    table.column_widths = node.widths;
    Walk(node.children, [&](const CompiledNode& row) {
      std::vector<doc::TableCell> cells;
      Walk(row.children, [&](const CompiledNode& cell) {
        cells.push_back(doc::TableCell{RenderParagraphs(cell.children)});
      });
      if (row.kind == OpKind::kHeader) {
        table.header = std::move(cells);
      } else {
        table.rows.push_back(std::move(cells));
      }
    });
    if (!table.rows.empty()) out.push_back(std::move(table));
  }

  void RenderKeyValues(const CompiledNode& node, std::vector<doc::Block>& out) {
    doc::KeyValueList list;
    Walk(node.children, [&](const CompiledNode& entry) {
      ParagraphBuilder builder;
      RenderInline(entry.children, builder);
      doc::Paragraph value = builder.FinishAsOne();
      if (!value.runs.empty()) list.entries.push_back({entry.text, std::move(value)});
    });
    if (!list.entries.empty()) out.push_back(std::move(list));
  }

  void RenderCallout(const CompiledNode& node, std::vector<doc::Block>& out) {
    doc::Callout callout;
    callout.kind = node.callout;
    callout.title = node.text;
    callout.paragraphs = RenderParagraphs(node.children);
    if (!callout.paragraphs.empty()) out.push_back(std::move(callout));
  }

  doc::Image RenderPicture(const CompiledNode& node) {
    doc::Image fixed{node.picture_path, node.text, node.width_pt, node.decorative};
    if (node.picture_choice == PictureChoice::kFixed) return fixed;
    Value value = Evaluate(node.expression);
    if (value.missing) return fixed;
    std::string name = node.picture_choice == PictureChoice::kMark
                           ? node.picture_name + "-" + std::to_string(value.number)
                           : ChoosePicture(style_.picture_rules, value.text, node.picture_name);
    auto found = style_.pictures.find(name);
    if (found == style_.pictures.end() || name == node.picture_name) return fixed;
    return {found->second.path, found->second.alt_text, node.width_pt};
  }

  // The drawing's file was checked when the record was read; a record with
  // errors may still be drafted, and then a refused drawing is left out.
  void RenderDrawing(const CompiledNode& node, std::vector<doc::Block>& out) {
    Value value = Evaluate(node.expression);
    if (value.missing) return;
    const auto& drawing = *static_cast<const Drawing*>(value.entity);
    if (drawing.file.empty()) return;
    out.push_back(doc::Image{drawing.file, drawing.alt.value, node.width_pt});
  }

  doc::SignatureBlock RenderSignature(const CompiledNode& node) {
    doc::SignatureBlock block;
    block.label = node.text;
    block.status = "Not yet signed";
    Value value = Evaluate(node.expression);
    if (value.missing) return block;
    const Signature& signature = *static_cast<const Signature*>(value.entity);
    if (const Attendee* signer = signature.by.attendee) {
      block.name = signer->name.value;
      block.role = signer->job_title ? signer->job_title->value : "";
    }
    block.is_signed = true;
    block.status = "Signed";
    if (signature.at.value) {
      Value at;
      at.kind = ValueKind::kDateTime;
      at.date_time = *signature.at.value;
      block.status += " " + formatters_.FormatDate(at, FormatterId::kDateTime);
    }
    // The reader checked the file (inside the record's folder, a PNG or JPEG);
    // only that file is read, never the path as written.
    if (signature.image && !signature.file.empty()) {
      block.image_path = signature.file;
      block.image_alt_text = block.label + ": " + block.name;
    }
    return block;
  }

  // Lists the dictionary terms in everything rendered before the glossary,
  // under its title; prints nothing when the document uses none.
  void RenderGlossary(const CompiledNode& node, std::vector<doc::Block>& out) {
    if (!context_.inputs.glossary_for) return;
    doc::List list;
    for (const GlossaryEntry& entry :
         context_.inputs.glossary_for(doc::BlocksText(out), language_)) {
      // A term is found as the text has it, perhaps over a line end.
      ParagraphBuilder item;
      item.SetBold(true);
      item.AddData(entry.term);
      item.SetBold(false);
      item.AddData(": " + entry.explanation);
      list.items.push_back(item.FinishAsOne());
    }
    if (list.items.empty()) return;
    if (!node.text.empty()) out.push_back(doc::Heading{2, node.text});
    out.push_back(std::move(list));
  }

  // ----- values -----

  std::string Print(const CompiledExpression& expression) {
    Value value = Evaluate(expression);
    if (value.missing) {
      if (expression.otherwise) return *expression.otherwise;
      // The checker proved this present and visible; print nothing rather
      // than guess, and say so.
      diagnostics_.Warning(expression.where, "TP030",
                           "a value the template relies on is missing from record `" +
                               context_.record.id + "`; nothing was printed");
      return "";
    }
    return value.kind == ValueKind::kInt ? formatters_.FormatNumber(value.number) : value.text;
  }

  Value Evaluate(const CompiledExpression& expression) {
    if (expression.literal) {
      Value value;
      value.missing = false;
      value.text = *expression.literal;
      return value;
    }
    Value current;
    current.missing = false;
    if (expression.path.slot >= 0) current = slots_[static_cast<size_t>(expression.path.slot)];
    for (const FieldSchema* field : expression.path.fields) {
      current = Read(*field, current);
      if (current.missing) return current;
    }
    for (const CompiledFormatter& formatter : expression.formatters) {
      current = Format(formatter, current);
      if (current.missing) return current;
    }
    return current;
  }

  // Reads a field and applies the audience: hidden values become missing and
  // lists keep only the items the audience may see.
  Value Read(const FieldSchema& field, const Value& parent) {
    Value value = field.get(parent, context_);
    value.struct_type = field.type.struct_type;
    const Audience& audience = audience_;
    if (value.missing) return value;
    if (value.visibility && !audience.CanSee(*value.visibility)) return Placeholder(value);
    if (!value.list) return value;
    std::vector<Value> shown;
    for (Value& item : value.items) {
      item.struct_type = field.type.struct_type;
      if (ItemVisible(item, audience, context_) || HoldsRestrictedPlace(item))
        shown.push_back(std::move(item));
    }
    value.items = std::move(shown);
    return value;
  }

  // Agencies' documents show where a restricted item stands without what it
  // says, so no agency reads the minutes believing they are complete. Family
  // documents never learn that such an item exists.
  bool ShowsRestrictedPlaces() const { return audience_.kind != AudienceKind::kFamily; }

  Value Placeholder(const Value& hidden) const {
    const Visibility& visibility = *hidden.visibility;
    if (!ShowsRestrictedPlaces() || visibility.share != Share::kRestricted ||
        hidden.kind != ValueKind::kText || hidden.list)
      return Value{};
    std::vector<std::string> names;
    for (const std::string& agency : visibility.agencies)
      names.push_back(AgencyName(context_.record, agency));
    Value placeholder;
    placeholder.missing = false;
    placeholder.kind = ValueKind::kText;
    placeholder.text = "Recorded; held by " + (names.empty() ? std::string("named agencies")
                                                             : formatters_.Join(names, false));
    return placeholder;
  }

  // A list item hidden only because it is restricted keeps its place.
  bool HoldsRestrictedPlace(const Value& item) const {
    return ShowsRestrictedPlaces() && item.visibility &&
           item.visibility->share == Share::kRestricted;
  }

  Value Format(const CompiledFormatter& formatter, const Value& input) {
    Value out;
    out.missing = false;
    out.visibility = input.visibility;
    switch (formatter.id) {
      case FormatterId::kNames:
      case FormatterId::kCalled:
        return Names(input, formatter.id == FormatterId::kNames ? NameField() : CalledField());
      case FormatterId::kCount:
        out.kind = ValueKind::kInt;
        out.number = static_cast<int>(input.items.size());
        return out;
      case FormatterId::kJoin:
      case FormatterId::kJoinOr: {
        std::vector<std::string> texts;
        for (const Value& item : input.items) texts.push_back(item.text);
        if (texts.empty()) return Value{};
        out.text = formatters_.Join(texts, formatter.id == FormatterId::kJoinOr);
        return out;
      }
      case FormatterId::kAge: {
        const auto& held = context_.record.meeting.held.value;
        if (!held) return Value{};
        out.text = formatters_.FormatAge(input.date, held->LocalDate());
        return out;
      }
      case FormatterId::kDuration:
        out.text = formatters_.FormatDuration(input.duration);
        return out;
      case FormatterId::kLabel:
        return Label(formatter, input);
      case FormatterId::kLines:
        return input;
      default:
        out.text = formatters_.FormatDate(input, formatter.id);
        return out;
    }
  }

  Value Names(const Value& list, const std::string& field_name) {
    Value out;
    out.missing = false;
    out.list = true;
    for (const Value& item : list.items) {
      const FieldSchema* field = item.struct_type ? item.struct_type->Find(field_name) : nullptr;
      if (!field) continue;
      Value name = Read(*field, item);
      if (!name.missing) out.items.push_back(std::move(name));
    }
    return out;
  }

  // `| lines` keeps the record's line ends (an address) as line breaks
  // inside the paragraph, so the block stays one block, as a window
  // envelope needs it.
  static bool KeepsLines(const CompiledExpression& expression) {
    return !expression.formatters.empty() &&
           expression.formatters.back().id == FormatterId::kLines;
  }

  Value Label(const CompiledFormatter& formatter, const Value& input) {
    std::string enum_name = formatter.enum_type ? formatter.enum_type->name : "yes-no";
    std::string word = input.kind == ValueKind::kBool ? (input.flag ? "yes" : "no") : input.text;
    const std::string* words = formatters_.Label(enum_name, formatter.argument, word);
    if (!words) return Value{};
    Value out;
    out.missing = false;
    out.text = *words;
    out.visibility = input.visibility;
    return out;
  }

  const CompiledTemplate& compiled_;
  const std::string& language_;
  Audience audience_;
  const Style& style_;
  const Formatters& formatters_;
  EvalContext context_;  // a copy, so a letter's getters can read its reader
  DiagnosticList& diagnostics_;
  std::vector<Value> slots_;
};

}  // namespace

std::vector<RenderedDocument> Renderer::Render(const CompiledTemplate& compiled,
                                               const Record& record, const RenderInputs& inputs,
                                               const ReaderFilter& only) const {
  bool unsigned_sheet = compiled.draft_unless_signed && !record.sign_off.signature;
  EvalContext context{record, inputs, inputs.record_has_errors || unsigned_sheet, &style_};
  RenderRun run(compiled, style_, formatters_, context, diagnostics_, language_);
  std::vector<RenderedDocument> out;
  if (compiled.once_per == OncePer::kRecord) {
    out.push_back({compiled.document, run.Build(), {}, compiled.document});
    return out;
  }
  if (compiled.once_per == OncePer::kAgency) {
    for (const std::string& agency : RestrictedAgencies(record)) {
      run.SetAgency(agency);
      out.push_back({compiled.document + "-" + agency, run.Build(), {}, compiled.document});
    }
    return out;
  }
  // One document for each family reader: a letter for each adult who is told
  // something, a story for each child a block is written for.
  FamilyReaders readers(record);
  bool per_parent = compiled.once_per == OncePer::kParent;
  const std::string& list = per_parent ? "parents" : RecordSchema::Get().children.name;
  std::vector<const Person*> adults = readers.LetterReaders();
  std::vector<const Child*> children = readers.StoryReaders();
  for (const Value& item : run.AllItems(list)) {
    FamilyReader reader;
    if (per_parent) reader.person = static_cast<const Person*>(item.entity);
    else reader.child = static_cast<const Child*>(item.entity);
    bool reads = per_parent
                     ? std::count(adults.begin(), adults.end(), reader.person) > 0
                     : std::count(children.begin(), children.end(), reader.child) > 0;
    if (!reads || (only && !only(reader))) continue;
    run.SetReader(readers, reader);
    run.slots()[static_cast<size_t>(compiled.once_per_slot)] = item;
    // The id keeps names apart; the spelt name says whom the file is for.
    const std::string& reader_name = per_parent ? reader.person->name.value : reader.child->name.value;
    std::string spelt = spelling_.Spell(reader_name);
    out.push_back({compiled.document + "-" + reader.id() + (spelt.empty() ? "" : "-" + spelt),
                   run.Build(), reader, compiled.document});
  }
  return out;
}

}  // namespace sdgen
