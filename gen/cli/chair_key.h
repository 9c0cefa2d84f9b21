#pragma once

#include <optional>
#include <string>

#include "pdf/cms_signer.h"

namespace sdgen::cli {

/// The chair's signing identity from the PKCS#12 file at `path`, opened with
/// the passphrase from ReadSigningPassphrase. Nullopt with `error` set
/// (naming the file, never the passphrase) when it cannot be opened.
std::optional<pdf::CmsSigner> OpenChairKey(const std::string& path, std::string* error);

}  // namespace sdgen::cli
