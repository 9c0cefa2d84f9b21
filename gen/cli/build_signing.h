#pragma once

#include <string>
#include <vector>

#include "cli/document_writers.h"
#include "document/document.h"
#include "pdf/cms_signer.h"

namespace sdgen::cli {

/// `sdgen build --sign`: when `chair_key` is given and `document` is signed
/// off (not a DRAFT, and vouching for its record with a verification code),
/// replaces its rendered PDF among `files` with the same PDF digitally signed,
/// before anything is written, so the unsigned PDF never reaches the disk.
/// True when there is nothing to sign or it is signed; false with `error` set.
bool SignIfSignedOff(const pdf::CmsSigner* chair_key, const doc::Document& document,
                     std::vector<RenderedFile>& files, std::string* error);

}  // namespace sdgen::cli
