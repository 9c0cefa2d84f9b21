#include "pdf/cms_signer.h"

#include <openssl/ess.h>

#include "pdf/certificate_name.h"

namespace sdgen::pdf {
namespace {

using AsnTimeHandle = std::unique_ptr<ASN1_TIME, OpenSslFree<ASN1_TIME, ASN1_TIME_free>>;
using SigningCertHandle =
    std::unique_ptr<ESS_SIGNING_CERT_V2,
                    OpenSslFree<ESS_SIGNING_CERT_V2, ESS_SIGNING_CERT_V2_free>>;

// CMS_PARTIAL: the signer, the chain and our attributes go in before the
// signature is made. No S/MIME capabilities: they mean nothing in a PDF.
constexpr unsigned kSignFlags = CMS_DETACHED | CMS_BINARY | CMS_PARTIAL | CMS_NOSMIMECAP;

// ESS signing-certificate-v2 binds the signer's certificate into what is
// signed, which CAdES (/SubFilter /ETSI.CAdES.detached) requires. OpenSSL 3.0
// has no CMS_add1_signing_cert_v2, so the attribute goes in as DER.
bool AddSigningCertificate(CMS_SignerInfo* signer, X509* certificate) {
  SigningCertHandle attribute(
      OSSL_ESS_signing_cert_v2_new_init(EVP_sha256(), certificate, nullptr, 0));
  if (!attribute) return false;
  unsigned char* der = nullptr;
  int length = i2d_ESS_SIGNING_CERT_V2(attribute.get(), &der);
  if (length <= 0) return false;
  int added = CMS_signed_add1_attr_by_NID(signer, NID_id_smime_aa_signingCertificateV2,
                                          V_ASN1_SEQUENCE, der, length);
  OPENSSL_free(der);
  return added == 1;
}

// Given here, OpenSSL does not add the clock's time itself.
bool AddSigningTime(CMS_SignerInfo* signer, int64_t signing_time) {
  AsnTimeHandle time(ASN1_TIME_set(nullptr, static_cast<time_t>(signing_time)));
  return time && CMS_signed_add1_attr_by_NID(signer, NID_pkcs9_signingTime, time->type, time.get(),
                                             -1) == 1;
}

}  // namespace

std::optional<CmsSigner> CmsSigner::FromPkcs12(std::string_view p12_bytes,
                                               const std::string& passphrase, std::string* error) {
  BioHandle input(BIO_new_mem_buf(p12_bytes.data(), static_cast<int>(p12_bytes.size())));
  Pkcs12Handle p12(input ? d2i_PKCS12_bio(input.get(), nullptr) : nullptr);
  if (!p12) {
    *error = "not a PKCS#12 key file (" + OpenSslReason("unreadable") + ")";
    return std::nullopt;
  }
  EVP_PKEY* key = nullptr;
  X509* certificate = nullptr;
  STACK_OF(X509)* chain = nullptr;
  if (PKCS12_parse(p12.get(), passphrase.c_str(), &key, &certificate, &chain) != 1) {
    *error = "cannot open the key file: wrong passphrase, or a damaged file (" +
             OpenSslReason("unknown error") + ")";
    return std::nullopt;
  }
  CmsSigner signer;
  signer.key_.reset(key);
  signer.certificate_.reset(certificate);
  signer.chain_.reset(chain != nullptr ? chain : sk_X509_new_null());
  if (!signer.key_ || !signer.certificate_) {
    *error = "the key file holds no private key and certificate to sign with";
    return std::nullopt;
  }
  if (X509_check_private_key(signer.certificate_.get(), signer.key_.get()) != 1) {
    OpenSslReason("");
    *error = "the key file's private key does not belong to its certificate";
    return std::nullopt;
  }
  return signer;
}

std::string CmsSigner::CommonName() const { return CertificateCommonName(certificate_.get()); }

size_t CmsSigner::MaxSignatureBytes() const {
  // The certificates, the signature value (at most the key's size) and room
  // for the SignedData structure and the signed attributes around them.
  size_t bytes = 2048 + static_cast<size_t>(EVP_PKEY_get_size(key_.get()));
  bytes += static_cast<size_t>(i2d_X509(certificate_.get(), nullptr));
  for (int i = 0; i < sk_X509_num(chain_.get()); ++i)
    bytes += static_cast<size_t>(i2d_X509(sk_X509_value(chain_.get(), i), nullptr));
  return bytes;
}

bool CmsSigner::SignDetached(std::string_view content, int64_t signing_time, std::string* der,
                             std::string* error) const {
  CmsHandle cms(CMS_sign(nullptr, nullptr, nullptr, nullptr, kSignFlags));
  CMS_SignerInfo* signer =
      cms ? CMS_add1_signer(cms.get(), certificate_.get(), key_.get(), EVP_sha256(), kSignFlags)
          : nullptr;
  bool ready = signer != nullptr && AddSigningCertificate(signer, certificate_.get()) &&
               AddSigningTime(signer, signing_time);
  for (int i = 0; ready && i < sk_X509_num(chain_.get()); ++i)
    ready = CMS_add1_cert(cms.get(), sk_X509_value(chain_.get(), i)) == 1;
  BioHandle data(BIO_new_mem_buf(content.data(), static_cast<int>(content.size())));
  if (!ready || !data || CMS_final(cms.get(), data.get(), nullptr, kSignFlags) != 1) {
    *error = "cannot make the CMS signature (" + OpenSslReason("unknown error") + ")";
    return false;
  }
  unsigned char* bytes = nullptr;
  int length = i2d_CMS_ContentInfo(cms.get(), &bytes);
  if (length <= 0) {
    *error = "cannot encode the CMS signature (" + OpenSslReason("unknown error") + ")";
    return false;
  }
  der->assign(reinterpret_cast<const char*>(bytes), static_cast<size_t>(length));
  OPENSSL_free(bytes);
  return true;
}

}  // namespace sdgen::pdf
