#pragma once

// Signs a finished decision sheet: an incremental update fills in the
// signature field sdgen wrote over the sheet's sign-off block
// (signature_field.h), with a visible appearance, and adds a /Sig dictionary whose
// /Contents is a CAdES detached CMS signature over every byte of the file
// except /Contents itself (/ByteRange). Readers such as Acrobat and pdfsig
// check it; see docs/signing.md.

#include <string>
#include <string_view>

#include "pdf/cms_signer.h"

namespace sdgen::pdf {

/// Appends the signature to `sheet` (a signed-off sheet sdgen made, not yet
/// digitally signed) into `signed_sheet`. The signing time is the sheet's
/// /CreationDate, which sdgen takes from the record's signature, so signing
/// the same sheet twice differs at most in the signature value. False with
/// `error` set for a DRAFT, a sheet already signed, a sheet without a
/// signature field, or a PDF sdgen cannot update.
bool SignPdf(std::string_view sheet, const CmsSigner& signer, std::string* signed_sheet,
             std::string* error);

}  // namespace sdgen::pdf
