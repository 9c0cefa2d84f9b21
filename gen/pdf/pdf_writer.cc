#include "pdf/pdf_writer.h"

#include <hpdf_doc.h>

#include "pdf/block_layout.h"
#include "pdf/document_id.h"
#include "pdf/font_set.h"
#include "pdf/haru_document.h"
#include "pdf/layout_context.h"
#include "pdf/page_furniture.h"
#include "pdf/page_painter.h"
#include "pdf/paginator.h"
#include "pdf/paragraph_setter.h"
#include "pdf/signature_field.h"
#include "pdf/signature_field_structure.h"
#include "pdf/structure_tree.h"
#include "pdf/structure_tree_writer.h"
#include "pdf/xmp_metadata.h"

namespace sdgen::pdf {
namespace {

DocumentInfo InfoOf(const doc::Document& document, const PdfOptions& options) {
  const doc::Metadata& meta = document.metadata;
  DocumentInfo info;
  info.title = meta.title;
  info.author = meta.author;
  info.subject = meta.subject;
  for (const std::string& keyword : meta.keywords) {
    info.keywords += (info.keywords.empty() ? "" : ", ") + keyword;
  }
  bool has_id = meta.record_id.empty();
  for (const std::string& keyword : meta.keywords) has_id = has_id || keyword == meta.record_id;
  if (!has_id) info.keywords += (info.keywords.empty() ? "" : ", ") + meta.record_id;
  // The metadata says DRAFT too, so that `sdgen sign` can refuse a draft.
  if (document.draft) info.keywords += (info.keywords.empty() ? "" : ", ") + std::string("DRAFT");
  info.creator = options.producer;
  info.producer = options.producer;
  info.created = meta.created;
  return info;
}

// Bookmarks nest by heading level; a level-3 heading under a level-1 one
// hangs from the level-1 bookmark.
bool AddOutline(HaruDocument& haru, const LaidOutDocument& laid_out,
                const std::vector<HPDF_Page>& pages, double page_height) {
  HPDF_Outline parents[4] = {nullptr, nullptr, nullptr, nullptr};
  for (const OutlineEntry& entry : laid_out.outline) {
    HPDF_Outline parent = nullptr;
    for (int level = entry.level - 1; level >= 1 && parent == nullptr; --level) parent = parents[level];
    HPDF_Outline outline = HPDF_CreateOutline(haru.handle(), parent, "", nullptr);
    if (outline == nullptr) return false;
    HPDF_Dict_Add(outline, "Title", haru.TextString(entry.title));
    HPDF_Destination destination = HPDF_Page_CreateDestination(pages[entry.page]);
    // FitH, because libharu rejects XYZ with a null ("keep") zoom.
    HPDF_Destination_SetFitH(destination, static_cast<HPDF_REAL>(page_height - entry.y));
    HPDF_Outline_SetDestination(outline, destination);
    HPDF_Outline_SetOpened(outline, HPDF_TRUE);
    parents[entry.level] = outline;
    for (int deeper = entry.level + 1; deeper <= 3; ++deeper) parents[deeper] = nullptr;
  }
  if (!laid_out.outline.empty()) HPDF_SetPageMode(haru.handle(), HPDF_PAGE_MODE_USE_OUTLINE);
  return true;
}

}  // namespace

PdfWriter::PdfWriter(PdfOptions options)
    : PdfWriter(std::move(options), std::make_shared<FontLibrary>(),
                std::make_shared<ImageLibrary>()) {}

PdfWriter::PdfWriter(PdfOptions options, std::shared_ptr<FontLibrary> fonts,
                     std::shared_ptr<ImageLibrary> images)
    : options_(std::move(options)), fonts_(std::move(fonts)), images_(std::move(images)) {}

PdfWriter::~PdfWriter() = default;

LineBreaker* PdfWriter::BreakerFor(const std::string& language, std::string* error) {
  auto found = breakers_.find(language);
  if (found == breakers_.end()) {
    found = breakers_.emplace(language, std::make_unique<LineBreaker>(language)).first;
  }
  return found->second->Ok(error) ? found->second.get() : nullptr;
}

bool PdfWriter::Write(const doc::Document& document, std::string* pdf_bytes,
                      DiagnosticList& diagnostics, std::string* error) {
  FontSet fonts;
  if (!FontSet::Resolve(document.look, fonts_.get(), &fonts, error)) return false;
  LineBreaker* breaker = BreakerFor(document.metadata.language, error);
  if (breaker == nullptr) return false;

  GlyphIssues issues;
  ParagraphSetter setter(fonts, *breaker, issues, document.look.line_spacing);
  StructureTree structure(document.metadata.language);
  LayoutContext context(document, setter, *images_, diagnostics, structure);
  std::vector<Slab> slabs = BlockLayout(context).Layout();
  const doc::PageSettings& page = document.page;
  LaidOutDocument laid_out =
      Paginator(page.margin_top_pt, page.height_pt - page.margin_bottom_pt).Paginate(slabs);
  AddPageFurniture(context, &laid_out);
  issues.Report(diagnostics);

  HaruDocument haru(options_.compress);
  PagePainter painter(haru, *images_, page, structure);
  std::vector<HPDF_Page> pages;
  for (const LaidOutPage& laid_out_page : laid_out.pages) {
    pages.push_back(painter.Paint(laid_out_page));
    if (pages.back() == nullptr) {
      if (haru.Ok(error)) *error = "cannot add a page";
      return false;
    }
    if (document.draft) painter.PaintWatermark(pages.back(), *fonts.Face(Typeface::kBody, true, false));
  }
  const std::string language =
      document.metadata.language.empty() ? "en-GB" : document.metadata.language;
  const DocumentInfo info = InfoOf(document, options_);
  HPDF_Dict signature_widget = nullptr;
  if (!AddOutline(haru, laid_out, pages, page.height_pt) ||
      !AddSignatureField(haru, laid_out, pages, page.height_pt, &signature_widget) ||
      !haru.SetInfo(info) || !haru.SetLanguage(language) ||
      !haru.SetMetadata(XmpPacket(info, language)) ||
      !WriteStructureTree(haru, structure, pages, painter.marks()) ||
      !TagSignatureField(haru, structure, laid_out, pages, signature_widget) ||
      !haru.SetDocumentId(DocumentId(document, laid_out, *images_))) {
    if (haru.Ok(error)) *error = "cannot write the document information";
    return false;
  }
  return haru.Save(pdf_bytes, error);
}

}  // namespace sdgen::pdf
