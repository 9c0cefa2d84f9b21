#pragma once

// The chair's signing identity (key, certificate, chain) from a PKCS#12 file,
// and the detached CMS SignedData (CAdES: SHA-256, signing-certificate-v2)
// that a PDF signature's /Contents holds.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "pdf/openssl_handles.h"

namespace sdgen::pdf {

class CmsSigner {
 public:
  /// Reads a PKCS#12 file's bytes with `passphrase`. Nullopt with `error` set
  /// (naming what failed, never the passphrase) when it cannot be read.
  static std::optional<CmsSigner> FromPkcs12(std::string_view p12_bytes,
                                             const std::string& passphrase, std::string* error);

  /// The signer's certificate common name, as a PDF reader shows it.
  std::string CommonName() const;

  /// An upper bound for the DER size of a signature made by SignDetached.
  size_t MaxSignatureBytes() const;

  /// DER CMS SignedData over `content` (detached, binary), whose signingTime is
  /// `signing_time` (seconds since 1970, UTC): never the clock.
  bool SignDetached(std::string_view content, int64_t signing_time, std::string* der,
                    std::string* error) const;

 private:
  CmsSigner() = default;
  EvpPkeyHandle key_;
  X509Handle certificate_;
  CertificateStackHandle chain_;  ///< the certificates above it; may be empty
};

}  // namespace sdgen::pdf
