#include "pdf/page_furniture.h"

#include <algorithm>
#include <string>

namespace sdgen::pdf {
namespace {

constexpr uint32_t kFurnitureColour = 0x4A5363;
constexpr double kLogoMaxHeight = 36;
constexpr double kLogoMaxWidth = 140;

struct Logo {
  bool present = false;
  PlacedImage image;
};

Logo PlaceLogo(LayoutContext& context) {
  const doc::Document& document = context.document;
  Logo logo;
  if (document.look.logo_path.empty()) return logo;
  std::string error;
  const LoadedImage* png = context.images.Load(document.look.logo_path, &error);
  if (png == nullptr) {
    context.diagnostics.Warning({}, "PDF004", error + "; the logo is left out",
                                "check the logo path in the style");
    return logo;
  }
  double room = std::max(12.0, document.page.margin_top_pt - 20);
  double height = std::min({kLogoMaxHeight, room, png->height * 0.75});
  double width = png->width * height / png->height;
  if (width > kLogoMaxWidth) {
    height *= kLogoMaxWidth / width;
    width = kLogoMaxWidth;
  }
  double right = document.page.width_pt - document.page.margin_right_pt;
  logo.present = true;
  logo.image = {document.look.logo_path, right - width, document.page.margin_top_pt - 12 - height,
                width, height};
  return logo;
}

std::vector<PageItem> Header(LayoutContext& context, const Logo& logo) {
  const doc::Document& document = context.document;
  std::vector<PageItem> items;
  if (logo.present) items.push_back(logo.image);
  if (!document.furniture.header_text.empty()) {
    TextStyle style = context.Body(0.8);
    style.colour = kFurnitureColour;
    double width = context.width - (logo.present ? logo.image.width + 8 : 0);
    std::vector<SetLine> lines =
        context.setter.Set(document.furniture.header_text, style, context.left, width);
    // A long header wraps upwards, so that its last line sits on the rule and
    // no word of it (the record id comes last) is lost.
    double baseline = document.page.margin_top_pt - 18;
    for (size_t i = 1; i < lines.size(); ++i) baseline -= lines[i - 1].height;
    for (const SetLine& set : lines) {
      TextLine line = set.line;
      line.baseline = baseline;
      baseline += set.height;
      items.push_back(line);
    }
  }
  if (!items.empty()) {
    double y = document.page.margin_top_pt - 8;
    items.push_back(Rule{context.left, y, context.left + context.width, y, 0.5, context.rule_colour});
  }
  return items;
}

std::vector<PageItem> Footer(LayoutContext& context, size_t page, size_t count) {
  const doc::Document& document = context.document;
  TextStyle style = context.Body(0.8);
  style.colour = kFurnitureColour;
  double top = document.page.height_pt - document.page.margin_bottom_pt + 14;
  std::vector<PageItem> items;
  items.push_back(Rule{context.left, top, context.left + context.width, top, 0.5, context.rule_colour});
  double number_width = 0;
  if (document.furniture.page_numbers) {
    std::string number = "Page " + std::to_string(page) + " of " + std::to_string(count);
    number_width = context.setter.Measure(number, style);
    TextLine line = context.setter.Set(number, style, 0, context.width).front().line;
    line.x = context.left + context.width - number_width;
    line.baseline = top + 16;
    items.push_back(line);
  }
  if (!document.furniture.footer_text.empty()) {
    std::vector<SetLine> lines = context.setter.Set(document.furniture.footer_text, style,
                                                    context.left, context.width - number_width - 12);
    double baseline = top + 16;
    for (const SetLine& set : lines) {
      TextLine line = set.line;
      line.baseline = baseline;
      baseline += set.height;
      items.insert(items.end() - (document.furniture.page_numbers ? 1 : 0), line);
    }
  }
  return items;
}

}  // namespace

void AddPageFurniture(LayoutContext& context, LaidOutDocument* document) {
  Logo logo = PlaceLogo(context);
  size_t count = document->pages.size();
  for (size_t i = 0; i < count; ++i) {
    std::vector<PageItem>& items = document->pages[i].items;
    std::vector<PageItem> header = Header(context, logo);
    std::vector<PageItem> footer = Footer(context, i + 1, count);
    items.insert(items.begin(), header.begin(), header.end());
    items.insert(items.end(), footer.begin(), footer.end());
  }
}

}  // namespace sdgen::pdf
