#pragma once

// Reads back a PDF's digital signature and checks it: that the CMS signature
// holds over the bytes /ByteRange names, that those bytes are the whole file
// (nothing appended since), and, given trusted certificates, that the signer's
// certificate chains to them.

#include <optional>
#include <string>
#include <string_view>

namespace sdgen::pdf {

struct SignatureCheck {
  bool found = false;  ///< false: the file has no digital signature
  std::string signer;  ///< the certificate's common name
  std::string time;    ///< /M as "2026-11-20 11:00 +00:00"
  /// The signed bytes are unchanged (the CMS signature checks out over them).
  bool intact = false;
  /// /ByteRange covers the whole file: nothing was appended after signing.
  bool whole_file = false;
  size_t bytes_after = 0;  ///< bytes appended after the signed range
  /// The bytes the signature leaves out, /Contents' hex string: [begin, end).
  size_t contents_begin = 0, contents_end = 0;
  /// With trusted certificates: whether the signer's chains to them.
  std::optional<bool> trusted;
  std::string problem;  ///< why it is not intact or not trusted
};

/// Checks the first signature of `pdf`. `trusted_pem`, when given, holds the
/// PEM certificates (a CA) the signer's certificate must chain to.
SignatureCheck CheckPdfSignature(std::string_view pdf, const std::string* trusted_pem);

}  // namespace sdgen::pdf
