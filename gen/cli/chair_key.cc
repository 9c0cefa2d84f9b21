#include "cli/chair_key.h"

#include <openssl/crypto.h>

#include "cli/input_file.h"
#include "cli/signing_passphrase.h"

namespace sdgen::cli {

std::optional<pdf::CmsSigner> OpenChairKey(const std::string& path, std::string* error) {
  constexpr size_t kMaxKeyFileBytes = 1024 * 1024;
  std::string bytes, why;
  if (ReadInputFile(path, kMaxKeyFileBytes, &bytes, &why) != InputFileStatus::kRead) {
    *error = path + ": " + why;
    return std::nullopt;
  }
  std::optional<std::string> passphrase = ReadSigningPassphrase(path, error);
  if (!passphrase) return std::nullopt;
  std::optional<pdf::CmsSigner> signer = pdf::CmsSigner::FromPkcs12(bytes, *passphrase, &why);
  // Not left in freed memory for a core dump to show.
  OPENSSL_cleanse(passphrase->data(), passphrase->size());
  if (!signer) *error = path + ": " + why;
  return signer;
}

}  // namespace sdgen::cli
