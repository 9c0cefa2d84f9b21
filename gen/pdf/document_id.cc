#include "pdf/document_id.h"

#include <openssl/evp.h>

#include <cmath>
#include <cstdint>
#include <memory>
#include <string>

namespace sdgen::pdf {
namespace {

using DigestContext = std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)>;

class Hasher {
 public:
  Hasher() : context_(EVP_MD_CTX_new(), &EVP_MD_CTX_free) {
    if (context_) EVP_DigestInit_ex(context_.get(), EVP_sha256(), nullptr);
  }

  // Each field ends with a separator so "ab"+"c" and "a"+"bc" differ.
  void Add(const std::string& text) {
    if (!context_) return;
    EVP_DigestUpdate(context_.get(), text.data(), text.size());
    EVP_DigestUpdate(context_.get(), "\0", 1);
  }

  // Positions to a thousandth of a point, as integers: formatting each of
  // thousands of numbers as text took longer than the hashing.
  void Add(double value) {
    if (!context_) return;
    // Little-endian bytes, so the id is the same on any machine.
    auto thousandths = static_cast<uint64_t>(std::llround(value * 1000));
    unsigned char bytes[8];
    for (int i = 0; i < 8; ++i) bytes[i] = static_cast<unsigned char>(thousandths >> (8 * i));
    EVP_DigestUpdate(context_.get(), bytes, sizeof bytes);
  }

  void Add(const std::array<uint8_t, 32>& digest) {
    if (context_) EVP_DigestUpdate(context_.get(), digest.data(), digest.size());
  }

  std::array<uint8_t, 16> Finish() {
    std::array<uint8_t, 16> id{};
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    if (context_ && EVP_DigestFinal_ex(context_.get(), digest, &size) == 1 && size >= 16) {
      std::copy(digest, digest + 16, id.begin());
    }
    return id;
  }

 private:
  DigestContext context_;
};

void AddItem(Hasher* hasher, const PageItem& item, ImageLibrary& images) {
  if (const auto* line = std::get_if<TextLine>(&item)) {
    hasher->Add(line->x);
    hasher->Add(line->baseline);
    for (const Fragment& fragment : line->fragments) {
      hasher->Add(fragment.face->path());
      hasher->Add(fragment.size_pt);
      hasher->Add(static_cast<double>(fragment.colour));
      hasher->Add(std::string(reinterpret_cast<const char*>(fragment.text.data()),
                              fragment.text.size() * sizeof(char16_t)));
    }
  } else if (const auto* box = std::get_if<Box>(&item)) {
    for (double v : {box->x, box->y, box->width, box->height, double(box->fill)}) hasher->Add(v);
  } else if (const auto* rule = std::get_if<Rule>(&item)) {
    for (double v : {rule->x1, rule->y1, rule->x2, rule->y2}) hasher->Add(v);
  } else if (const auto* image = std::get_if<PlacedImage>(&item)) {
    std::string error;
    const LoadedImage* png = images.Load(image->path, &error);
    // The file's digest stands for its bytes, which may be large and on every page.
    if (png != nullptr) {
      hasher->Add(png->digest);
    } else {
      hasher->Add(image->path);
    }
    for (double v : {image->x, image->y, image->width, image->height}) hasher->Add(v);
  }
}

}  // namespace

std::array<uint8_t, 16> DocumentId(const doc::Document& document, const LaidOutDocument& laid_out,
                                   ImageLibrary& images) {
  Hasher hasher;
  const doc::Metadata& meta = document.metadata;
  for (const std::string* field :
       {&meta.title, &meta.subtitle, &meta.language, &meta.author, &meta.subject, &meta.record_id,
        &meta.created, &meta.verification_code}) {
    hasher.Add(*field);
  }
  for (const std::string& keyword : meta.keywords) hasher.Add(keyword);
  hasher.Add(document.draft ? std::string("draft") : std::string("final"));
  for (const LaidOutPage& page : laid_out.pages) {
    hasher.Add(std::string("page"));
    for (const PageItem& item : page.items) AddItem(&hasher, item, images);
  }
  return hasher.Finish();
}

}  // namespace sdgen::pdf
