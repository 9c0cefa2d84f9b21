#include "pdf/signature_field.h"

#include <hpdf_objects.h>

#include <algorithm>
#include <string>

namespace sdgen::pdf {
namespace {

// Annotation flags: printed (4) and locked (128), so the field prints and
// cannot be moved or deleted in a viewer.
constexpr HPDF_INT32 kPrintedAndLocked = 132;
// SigFlags bit 1: the document has a signature field. `sdgen sign` adds
// bit 2 (append only) when it signs.
constexpr HPDF_INT32 kSignaturesExist = 1;

// An empty appearance: until signed, the field shows nothing, so the sheet
// looks as it would without it.
HPDF_Dict EmptyAppearance(HaruDocument& haru, double width, double height) {
  HPDF_Doc doc = haru.handle();
  HPDF_Dict form = HPDF_DictStream_New(doc->mmgr, doc->xref);
  if (form == nullptr) return nullptr;
  HPDF_Dict_AddName(form, "Type", "XObject");
  HPDF_Dict_AddName(form, "Subtype", "Form");
  HPDF_Box box{0, 0, static_cast<HPDF_REAL>(width), static_cast<HPDF_REAL>(height)};
  HPDF_Dict_Add(form, "BBox", HPDF_Box_Array_New(doc->mmgr, box));
  return form;
}

// The page's /Annots array, made when the page has none yet.
HPDF_Array Annotations(HaruDocument& haru, HPDF_Page page) {
  auto* annotations = static_cast<HPDF_Array>(HPDF_Dict_GetItem(page, "Annots", HPDF_OCLASS_ARRAY));
  if (annotations != nullptr) return annotations;
  annotations = HPDF_Array_New(haru.handle()->mmgr);
  if (annotations != nullptr && HPDF_Dict_Add(page, "Annots", annotations) != HPDF_OK)
    return nullptr;
  return annotations;
}

}  // namespace

bool AddSignatureField(HaruDocument& haru, const LaidOutDocument& laid_out,
                       const std::vector<HPDF_Page>& pages, double page_height, HPDF_Dict* widget) {
  *widget = nullptr;
  if (!laid_out.signature_field || laid_out.signature_field->page >= pages.size()) return true;
  const SignatureFieldArea& field = *laid_out.signature_field;
  HPDF_Page page = pages[field.page];
  HPDF_Doc doc = haru.handle();
  HPDF_Dict annotation = HPDF_Dict_New(doc->mmgr);
  HPDF_Dict appearance = EmptyAppearance(haru, field.width, field.height);
  HPDF_Array annotations = Annotations(haru, page);
  if (annotation == nullptr || appearance == nullptr || annotations == nullptr ||
      HPDF_Xref_Add(doc->xref, annotation) != HPDF_OK)
    return false;
  HPDF_Dict_AddName(annotation, "Type", "Annot");
  HPDF_Dict_AddName(annotation, "Subtype", "Widget");
  HPDF_Dict_AddName(annotation, "FT", "Sig");
  // A field's partial name may not hold a period.
  std::string name = field.tooltip;
  std::replace(name.begin(), name.end(), '.', ' ');
  HPDF_Dict_Add(annotation, "T", haru.TextString(name));
  HPDF_Dict_Add(annotation, "TU", haru.TextString(field.tooltip));
  HPDF_Dict_Add(annotation, "Contents", haru.TextString(field.description));
  HPDF_Dict_AddNumber(annotation, "F", kPrintedAndLocked);
  double bottom = page_height - field.y - field.height;
  HPDF_Box rect{static_cast<HPDF_REAL>(field.x), static_cast<HPDF_REAL>(bottom),
                static_cast<HPDF_REAL>(field.x + field.width),
                static_cast<HPDF_REAL>(bottom + field.height)};
  HPDF_Dict_Add(annotation, "Rect", HPDF_Box_Array_New(doc->mmgr, rect));
  HPDF_Dict_Add(annotation, "P", page);
  HPDF_Dict appearances = HPDF_Dict_New(doc->mmgr);
  HPDF_Dict_Add(appearances, "N", appearance);
  HPDF_Dict_Add(annotation, "AP", appearances);
  HPDF_Array_Add(annotations, annotation);

  HPDF_Dict form = HPDF_Dict_New(doc->mmgr);
  HPDF_Array fields = HPDF_Array_New(doc->mmgr);
  HPDF_Array_Add(fields, annotation);
  HPDF_Dict_Add(form, "Fields", fields);
  HPDF_Dict_AddNumber(form, "SigFlags", kSignaturesExist);
  if (HPDF_Dict_Add(doc->catalog, "AcroForm", form) != HPDF_OK) return false;
  *widget = annotation;
  return true;
}

}  // namespace sdgen::pdf
