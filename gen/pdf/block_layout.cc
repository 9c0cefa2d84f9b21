#include "pdf/block_layout.h"

#include <algorithm>
#include <cmath>

#include "pdf/signature_field_area.h"
#include "pdf/table_layout.h"

namespace sdgen::pdf {
namespace {

constexpr double kListIndent = 18;
constexpr double kMarkerInset = 4;
constexpr double kCalloutPad = 8;
constexpr double kCalloutBar = 4;
constexpr double kSignatureSpace = 40;

uint32_t CalloutBarColour(doc::CalloutKind kind, uint32_t heading_colour) {
  switch (kind) {
    case doc::CalloutKind::kWarning:
      return 0xB3261E;
    case doc::CalloutKind::kImportant:
      return heading_colour;
    case doc::CalloutKind::kNote:
      break;
  }
  return 0x6B7785;
}

}  // namespace

void Stamp(std::vector<SetLine>* lines, int node) {
  for (SetLine& line : *lines) line.line.node = node;
}

void KeepLinesTogether(std::vector<Slab>* lines) {
  size_t n = lines->size();
  for (size_t i = 0; i + 1 < n; ++i) {
    (*lines)[i].keep_with_next = n <= 3 || i == 0 || i + 2 >= n;
  }
}

std::vector<Slab> BlockLayout::Layout() {
  slabs_.clear();
  const doc::Paragraph* address = doc::AddressBlock(context_.document);
  const doc::Metadata& meta = context_.document.metadata;
  // The title is the one H1; the model's headings sit below it, so that no
  // level is skipped.
  int title = meta.title.empty() ? kArtifact : Node(StructureTree::kRoot, "H1");
  int subtitle = meta.title.empty() || meta.subtitle.empty() ? kArtifact : Node(StructureTree::kRoot, "P");
  if (address) AddAddress(*address);
  AddTitle(title, subtitle);
  for (const doc::Block& block : context_.document.blocks) {
    std::visit(
        [this, address](const auto& b) {
          using T = std::decay_t<decltype(b)>;
          if constexpr (std::is_same_v<T, doc::Heading>) AddHeading(b);
          else if constexpr (std::is_same_v<T, doc::Paragraph>) {
            if (&b != address) AddParagraph(b);
          }
          else if constexpr (std::is_same_v<T, doc::List>) AddList(b);
          else if constexpr (std::is_same_v<T, doc::Table>) AddTable(b);
          else if constexpr (std::is_same_v<T, doc::KeyValueList>) AddKeyValues(b);
          else if constexpr (std::is_same_v<T, doc::Callout>) AddCallout(b);
          else if constexpr (std::is_same_v<T, doc::Image>) AddImage(b);
          else if constexpr (std::is_same_v<T, doc::SignatureBlock>) AddSignature(b);
          else AddPageBreak(b);
        },
        block);
  }
  return std::move(slabs_);
}

void BlockLayout::Add(std::vector<Slab> slabs) {
  if (slabs.empty()) return;
  if (break_pending_) slabs.front().page_break_before = true;
  break_pending_ = false;
  slabs_.insert(slabs_.end(), std::make_move_iterator(slabs.begin()),
                std::make_move_iterator(slabs.end()));
}

std::vector<Slab> BlockLayout::LineSlabs(const std::vector<SetLine>& lines, int node) const {
  std::vector<Slab> slabs;
  for (const SetLine& line : lines) {
    Slab slab;
    slab.height = line.height;
    slab.items.push_back(line.line);
    std::get<TextLine>(slab.items.back()).node = node;
    slabs.push_back(std::move(slab));
  }
  return slabs;
}

int BlockLayout::Node(int parent, const std::string& type, const std::string& language) {
  return context_.structure.Add(parent, type, language);
}

int BlockLayout::Figure(int parent, const std::string& alt_text) {
  int node = Node(parent, "Figure");
  context_.structure[node].alt_text = alt_text;
  return node;
}

// The address sits in the envelope's window: at its place on the first page,
// narrow enough for the window, its lines kept together.
void BlockLayout::AddAddress(const doc::Paragraph& address) {
  const doc::Look& look = context_.document.look;
  std::vector<Slab> slabs = LineSlabs(
      context_.setter.Set(address.runs, context_.Body(), context_.left,
                          std::min(context_.width, look.address_width_pt)),
      Node(StructureTree::kRoot, "P", address.language));
  for (Slab& slab : slabs) slab.keep_with_next = true;
  slabs.front().top_at_least = look.address_top_pt;
  Slab space;
  space.height = Gap() * 2;
  slabs.push_back(space);
  Add(std::move(slabs));
}

void BlockLayout::AddTitle(int title, int subtitle) {
  const doc::Metadata& meta = context_.document.metadata;
  if (meta.title.empty()) return;
  TextStyle style;
  style.typeface = Typeface::kHeading;
  style.bold = true;
  style.size_pt = context_.document.look.title_size_pt;
  style.colour = context_.heading_colour;
  std::vector<Slab> slabs =
      LineSlabs(context_.setter.Set(meta.title, style, context_.left, context_.width), title);
  if (!meta.subtitle.empty()) {
    style.bold = false;
    style.size_pt = context_.document.look.heading_sizes_pt[2];
    std::vector<Slab> sub =
        LineSlabs(context_.setter.Set(meta.subtitle, style, context_.left, context_.width), subtitle);
    slabs.insert(slabs.end(), sub.begin(), sub.end());
  }
  for (Slab& slab : slabs) slab.keep_with_next = true;
  Slab space;
  space.height = Gap() * 2;
  slabs.push_back(space);
  Add(std::move(slabs));
}

void BlockLayout::AddHeading(const doc::Heading& heading) {
  int level = std::clamp(heading.level, 1, 3);
  TextStyle style;
  style.typeface = Typeface::kHeading;
  style.bold = true;
  style.size_pt = context_.document.look.heading_sizes_pt[level - 1];
  style.colour = context_.heading_colour;
  std::vector<Slab> slabs = LineSlabs(
      context_.setter.Set(heading.text, style, context_.left, context_.width),
      Node(StructureTree::kRoot, "H" + std::to_string(level + 1), heading.language));
  for (Slab& slab : slabs) slab.keep_with_next = true;
  slabs.front().space_before = style.size_pt * 0.9;
  slabs.front().bookmark = OutlineEntry{level, heading.text, 0, 0};
  Add(std::move(slabs));
}

TextStyle BlockLayout::ParagraphStyle(doc::ParagraphRole role) const {
  switch (role) {
    case doc::ParagraphRole::kLead:
      return context_.Body(1.25);
    case doc::ParagraphRole::kSmall:
      return context_.Body(0.85);
    case doc::ParagraphRole::kCaption: {
      TextStyle style = context_.Body(0.9);
      style.italic = true;
      return style;
    }
    case doc::ParagraphRole::kStatus: {
      TextStyle style = context_.Body();
      style.bold = true;
      style.colour = context_.heading_colour;
      return style;
    }
    case doc::ParagraphRole::kAddress:
    case doc::ParagraphRole::kBody:
      break;
  }
  return context_.Body();
}

void BlockLayout::AddParagraph(const doc::Paragraph& paragraph) {
  std::vector<Slab> slabs = LineSlabs(
      context_.setter.Set(paragraph.runs, ParagraphStyle(paragraph.role), context_.left,
                          context_.width),
      Node(StructureTree::kRoot, "P", paragraph.language));
  KeepLinesTogether(&slabs);
  // The paginator moves a chain that fits on a page whole, so a paragraph
  // kept whole is split only when it is longer than a page.
  if (context_.document.look.keep_paragraphs_whole) {
    for (Slab& slab : slabs) slab.keep_with_next = true;
    slabs.back().keep_with_next = false;
  }
  slabs.front().space_before = Gap();
  Add(std::move(slabs));
}

void BlockLayout::AddList(const doc::List& list) {
  TextStyle style = context_.Body();
  // Wide enough for the widest marker and a clear gap after it: at a
  // children's text size "10." is wider than the usual indent.
  std::string widest = list.numbered ? std::to_string(list.items.size()) + "." : "\xE2\x80\xA2";
  double indent = std::max(kListIndent, kMarkerInset + context_.setter.Measure(widest, style) +
                                            style.size_pt * 0.5);
  double text_x = context_.left + indent;
  int list_node = Node(StructureTree::kRoot, "L");
  for (size_t i = 0; i < list.items.size(); ++i) {
    const doc::Paragraph& item = list.items[i];
    int item_node = Node(list_node, "LI", item.language);
    int label = Node(item_node, "Lbl");
    std::vector<SetLine> lines =
        context_.setter.Set(item.runs, ParagraphStyle(item.role), text_x, context_.width - indent);
    std::string marker = list.numbered ? std::to_string(i + 1) + "." : "\xE2\x80\xA2";
    std::vector<SetLine> mark = context_.setter.Set(marker, style, context_.left + kMarkerInset, indent);
    std::vector<Slab> slabs = LineSlabs(lines, Node(item_node, "LBody"));
    // The marker first and followed by a space, so that text copied from the
    // page reads "1. Section", not "1.Section" or the marker after the item.
    mark.front().line.node = label;
    if (!mark.front().line.fragments.empty()) mark.front().line.fragments.back().text += u' ';
    slabs.front().items.insert(slabs.front().items.begin(), mark.front().line);
    KeepLinesTogether(&slabs);
    slabs.front().space_before = i == 0 ? Gap() : Gap() / 3;
    Add(std::move(slabs));
  }
}

void BlockLayout::AddTable(const doc::Table& table) {
  TableLayout tables(context_);
  Add(tables.Layout(table, Gap()));
}

void BlockLayout::AddKeyValues(const doc::KeyValueList& list) {
  double key_width = context_.width * 0.35;
  TextStyle key_style = context_.Body();
  key_style.bold = true;
  // Label and value side by side: a table whose rows are headed by their label.
  int table = Node(StructureTree::kRoot, "Table");
  for (size_t i = 0; i < list.entries.size(); ++i) {
    const auto& entry = list.entries[i];
    int row = Node(table, "TR");
    int key = Node(row, "TH");
    context_.structure[key].scope = "Row";
    std::vector<std::vector<SetLine>> columns;
    columns.push_back(context_.setter.Set(entry.key, key_style, context_.left, key_width - 8));
    Stamp(&columns.back(), key);
    columns.push_back(context_.setter.Set(entry.value.runs, context_.Body(),
                                          context_.left + key_width, context_.width - key_width));
    Stamp(&columns.back(), Node(row, "TD", entry.value.language));
    std::vector<Slab> bands = BandsOf(columns, 0, 0);
    bands.front().space_before = i == 0 ? Gap() : Gap() / 3;
    Add(std::move(bands));
  }
}

void BlockLayout::AddCallout(const doc::Callout& callout) {
  double inner_x = context_.left + kCalloutBar + kCalloutPad;
  double inner_width = context_.width - kCalloutBar - 2 * kCalloutPad;
  int box = Node(StructureTree::kRoot, "Div");
  std::vector<SetLine> lines;
  if (!callout.title.empty()) {
    TextStyle title = context_.Body();
    title.bold = true;
    lines = context_.setter.Set(callout.title, title, inner_x, inner_width);
    Stamp(&lines, Node(box, "P"));
  }
  for (const doc::Paragraph& paragraph : callout.paragraphs) {
    std::vector<SetLine> set =
        context_.setter.Set(paragraph.runs, ParagraphStyle(paragraph.role), inner_x, inner_width);
    Stamp(&set, Node(box, "P", paragraph.language));
    if (!lines.empty()) {
      set.front().height += Gap() / 2;
      set.front().line.baseline += Gap() / 2;
    }
    lines.insert(lines.end(), set.begin(), set.end());
  }
  std::vector<Slab> slabs = BandsOf({lines}, kCalloutPad, kCalloutPad);
  uint32_t bar = CalloutBarColour(callout.kind, context_.heading_colour);
  for (Slab& slab : slabs) {
    // One piece of frame per line, so a callout split across pages is framed on both.
    Box fill{context_.left, 0, context_.width, slab.height, true, context_.accent_colour};
    Box edge{context_.left, 0, kCalloutBar, slab.height, true, bar};
    slab.items.insert(slab.items.begin(), {fill, edge});
  }
  slabs.front().space_before = Gap() * 1.5;
  Add(std::move(slabs));
}

std::vector<Slab> BlockLayout::ImageSlabs(const std::string& path, const std::string& alt_text,
                                          double max_width, double max_height, int node) {
  std::string error;
  const LoadedImage* png = context_.images.Load(path, &error);
  if (png == nullptr) {
    context_.diagnostics.Warning({}, "PDF004", error + "; its description is printed instead",
                                 "check the image path in the style or record");
    TextStyle style = context_.Body(0.9);
    style.italic = true;
    std::vector<Slab> slabs = LineSlabs(
        context_.setter.Set("[" + (alt_text.empty() ? std::string("image") : alt_text) + "]",
                            style, context_.left, context_.width),
        node);
    for (Slab& slab : slabs) slab.keep_with_next = true;
    slabs.back().keep_with_next = false;
    return slabs;
  }
  // Pixels are taken at 96 per inch, then scaled down (never up) to fit.
  double width = png->width * 0.75;
  double height = png->height * 0.75;
  double scale = std::min({1.0, max_width / width, max_height / height});
  Slab slab;
  slab.height = std::floor(height * scale * 100) / 100;
  slab.items.push_back(PlacedImage{path, context_.left, 0, width * scale, slab.height, node});
  return {slab};
}

void BlockLayout::AddImage(const doc::Image& image) {
  double max_width = image.max_width_pt > 0 ? std::min(image.max_width_pt, context_.width)
                                            : context_.width;
  int node = image.decorative ? kArtifact : Figure(StructureTree::kRoot, image.alt_text);
  std::vector<Slab> slabs =
      ImageSlabs(image.path, image.alt_text, max_width, context_.content_height * 0.8, node);
  // A picture belongs to the text under it: heading, picture and the first
  // lines of the paragraph move to a new page together.
  slabs.back().keep_with_next = true;
  slabs.front().space_before = Gap();
  Add(std::move(slabs));
}

void BlockLayout::AddSignature(const doc::SignatureBlock& block) {
  TextStyle label = context_.Body();
  label.bold = true;
  int group = Node(StructureTree::kRoot, "Div");
  std::vector<Slab> slabs = LineSlabs(
      context_.setter.Set(block.label, label, context_.left, context_.width), Node(group, "P"));
  std::vector<Slab> mark;
  if (!block.image_path.empty()) {
    mark = ImageSlabs(block.image_path, block.image_alt_text, context_.width / 2, kSignatureSpace,
                      Figure(group, block.image_alt_text));
  } else {
    Slab space;
    space.height = kSignatureSpace;
    space.items.push_back(Rule{context_.left, kSignatureSpace - 4, context_.left + context_.width / 2,
                               kSignatureSpace - 4, 0.75, context_.text_colour});
    mark.push_back(space);
  }
  mark.front().signature_field = SignatureFieldOverMark(block, context_.document.draft,
                                                        context_.left, context_.width,
                                                        mark.front().height);
  if (mark.front().signature_field) mark.front().signature_field->node = Node(group, "Form");
  slabs.insert(slabs.end(), mark.begin(), mark.end());
  const std::string& status = block.status;
  for (const std::string* text : {&block.name, &block.role, static_cast<const std::string*>(&status)}) {
    if (text->empty()) continue;
    std::vector<Slab> more = LineSlabs(
        context_.setter.Set(*text, context_.Body(), context_.left, context_.width), Node(group, "P"));
    slabs.insert(slabs.end(), more.begin(), more.end());
  }
  for (Slab& slab : slabs) slab.keep_with_next = true;
  slabs.back().keep_with_next = false;
  slabs.front().space_before = Gap() * 2;
  Add(std::move(slabs));
}

}  // namespace sdgen::pdf
