#pragma once

// Owning handles for the OpenSSL objects signing uses: each frees its object
// with OpenSSL's own function, so no error path leaks a key or a certificate.

#include <openssl/bio.h>
#include <openssl/cms.h>
#include <openssl/evp.h>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>

#include <memory>

namespace sdgen::pdf {

/// Calls OpenSSL's free function for one handle type.
template <typename T, void (*Free)(T*)>
struct OpenSslFree {
  void operator()(T* handle) const { Free(handle); }
};

// STACK_OF(X509) owns its certificates: they go with it.
inline void FreeCertificateStack(STACK_OF(X509) * stack) { sk_X509_pop_free(stack, X509_free); }
inline void FreeBio(BIO* bio) { BIO_free_all(bio); }

using EvpPkeyHandle = std::unique_ptr<EVP_PKEY, OpenSslFree<EVP_PKEY, EVP_PKEY_free>>;
using X509Handle = std::unique_ptr<X509, OpenSslFree<X509, X509_free>>;
using CertificateStackHandle =
    std::unique_ptr<STACK_OF(X509), OpenSslFree<STACK_OF(X509), FreeCertificateStack>>;
using Pkcs12Handle = std::unique_ptr<PKCS12, OpenSslFree<PKCS12, PKCS12_free>>;
using CmsHandle =
    std::unique_ptr<CMS_ContentInfo, OpenSslFree<CMS_ContentInfo, CMS_ContentInfo_free>>;
using BioHandle = std::unique_ptr<BIO, OpenSslFree<BIO, FreeBio>>;
using X509StoreHandle = std::unique_ptr<X509_STORE, OpenSslFree<X509_STORE, X509_STORE_free>>;

}  // namespace sdgen::pdf
