#include "pdf/signature_check.h"

#include <openssl/pem.h>

#include <cctype>
#include <cstdlib>

#include "pdf/certificate_name.h"
#include "pdf/openssl_handles.h"
#include "pdf/pdf_date_reader.h"
#include "pdf/pdf_syntax.h"

namespace sdgen::pdf {
namespace {

// The dictionary holding the first /ByteRange, found by its key: a later
// update cannot hide it, and a changed byte leaves it in place.
std::optional<std::string_view> SignatureDictionary(std::string_view pdf) {
  size_t key = pdf.find("/ByteRange");
  if (key == std::string_view::npos) return std::nullopt;
  size_t begin = pdf.rfind("<<", key);
  size_t end = begin == std::string_view::npos ? begin : PdfObjectEnd(pdf, begin);
  if (end == std::string_view::npos) return std::nullopt;
  return pdf.substr(begin, end - begin);
}

bool ReadByteRange(std::string_view dictionary, size_t range[4]) {
  std::optional<std::string_view> value = DictionaryValue(dictionary, "/ByteRange");
  std::vector<std::string_view> items =
      value ? ArrayItems(*value) : std::vector<std::string_view>{};
  if (items.size() != 4) return false;
  for (int i = 0; i < 4; ++i) {
    std::string digits(items[i]);
    if (digits.empty() || !std::isdigit(static_cast<unsigned char>(digits[0]))) return false;
    range[i] = std::strtoull(digits.c_str(), nullptr, 10);
  }
  return true;
}

CmsHandle ReadCms(std::string_view dictionary) {
  std::optional<std::string_view> contents = DictionaryValue(dictionary, "/Contents");
  if (!contents || contents->size() < 2 || contents->front() != '<') return nullptr;
  std::string der = DecodeHexString(*contents);
  BioHandle input(BIO_new_mem_buf(der.data(), static_cast<int>(der.size())));
  return CmsHandle(input ? d2i_CMS_bio(input.get(), nullptr) : nullptr);
}

X509StoreHandle StoreOf(const std::string& pem) {
  X509StoreHandle store(X509_STORE_new());
  BioHandle input(BIO_new_mem_buf(pem.data(), static_cast<int>(pem.size())));
  int added = 0;
  while (X509* certificate = PEM_read_bio_X509(input.get(), nullptr, nullptr, nullptr)) {
    added += X509_STORE_add_cert(store.get(), certificate);
    X509_free(certificate);
  }
  OpenSslReason("");  // the end of the PEM text leaves an error behind
  return added > 0 ? std::move(store) : nullptr;
}

// Checks the signature over `signed_bytes` and, given `store`, the chain.
bool Verify(CMS_ContentInfo* cms, const std::string& signed_bytes, X509_STORE* store,
            std::string* problem) {
  BioHandle data(BIO_new_mem_buf(signed_bytes.data(), static_cast<int>(signed_bytes.size())));
  unsigned flags = CMS_BINARY | (store == nullptr ? CMS_NO_SIGNER_CERT_VERIFY : 0);
  if (CMS_verify(cms, nullptr, store, data.get(), nullptr, flags) == 1) return true;
  *problem = OpenSslReason("the signature does not verify");
  return false;
}

}  // namespace

SignatureCheck CheckPdfSignature(std::string_view pdf, const std::string* trusted_pem) {
  SignatureCheck check;
  std::optional<std::string_view> dictionary = SignatureDictionary(pdf);
  if (!dictionary) return check;
  check.found = true;
  if (std::optional<std::string_view> m = DictionaryValue(*dictionary, "/M"))
    if (std::optional<PdfInstant> time = ReadPdfDate(DecodeTextString(*m)))
      check.time = time->shown;
  size_t range[4];
  CmsHandle cms = ReadCms(*dictionary);
  if (!ReadByteRange(*dictionary, range) || !cms || range[0] != 0 || range[1] > range[2] ||
      range[2] + range[3] > pdf.size()) {
    check.problem = "its /ByteRange or /Contents cannot be read";
    return check;
  }
  // Matches the signer to the certificates the CMS carries, so its name is
  // known even when the signature no longer holds.
  CMS_set1_signers_certs(cms.get(), nullptr, 0);
  STACK_OF(X509)* signers = CMS_get0_signers(cms.get());
  if (signers != nullptr && sk_X509_num(signers) > 0)
    check.signer = CertificateCommonName(sk_X509_value(signers, 0));
  sk_X509_free(signers);  // the certificates belong to the CMS structure
  check.contents_begin = range[1];
  check.contents_end = range[2];
  size_t end = range[2] + range[3];
  check.bytes_after = pdf.size() - end;
  check.whole_file = check.bytes_after == 0;
  std::string signed_bytes =
      std::string(pdf.substr(0, range[1])) + std::string(pdf.substr(range[2], range[3]));
  check.intact = Verify(cms.get(), signed_bytes, nullptr, &check.problem);
  if (trusted_pem != nullptr && check.intact) {
    X509StoreHandle store = StoreOf(*trusted_pem);
    std::string why = "no certificate in the trusted file";
    check.trusted = store && Verify(cms.get(), signed_bytes, store.get(), &why);
    if (!*check.trusted) check.problem = why;
  }
  return check;
}

}  // namespace sdgen::pdf
