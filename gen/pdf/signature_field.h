#pragma once

// The chair's signature field, written unsigned with the sheet: an AcroForm
// signature field merged with its widget annotation over the sign-off
// block's mark. `sdgen sign` fills it in later (pdf_signature.h), so the
// digital signature shows where the chair signs, not somewhere added on.

#include <hpdf.h>

#include <vector>

#include "pdf/haru_document.h"
#include "pdf/laid_out_page.h"

namespace sdgen::pdf {

/// Adds the field `laid_out` places (if any) to its page among `pages`
/// (`page_height` points tall) and to the catalog's /AcroForm. `*widget` is
/// the field's widget annotation dictionary, or nullptr when the document
/// has no field: the structure tree can point at it (a Form element). False
/// when libharu failed (`haru.Ok` says why).
bool AddSignatureField(HaruDocument& haru, const LaidOutDocument& laid_out,
                       const std::vector<HPDF_Page>& pages, double page_height, HPDF_Dict* widget);

}  // namespace sdgen::pdf
