#pragma once

#include <openssl/x509.h>

#include <string>

namespace sdgen::pdf {

/// The common name (CN) of a certificate's subject, as UTF-8; empty when it has none.
std::string CertificateCommonName(const X509* certificate);

/// The reason of OpenSSL's most recent error, taking every queued error off
/// (so a later call does not report a stale one); `fallback` when none is queued.
std::string OpenSslReason(const std::string& fallback);

}  // namespace sdgen::pdf
