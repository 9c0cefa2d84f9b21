#include "docx/media_store.h"

#include <cmath>
#include <fstream>
#include <iterator>

#include "docx/wordml_namespaces.h"
#include "image/image_file.h"

namespace sdgen::docx {
namespace {

constexpr double kEmuPerPoint = 12700;

}  // namespace

bool ReadFileFromDisk(const std::string& path, std::string* bytes, std::string* error) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    *error = "cannot open image '" + path + "'";
    return false;
  }
  bytes->assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  if (in.bad()) {
    *error = "cannot read image '" + path + "'";
    return false;
  }
  return true;
}

bool MediaStore::Load(const std::string& path, const Media** media, std::string* error) {
  for (const Media& known : media_) {
    if (known.path == path) {
      *media = &known;
      return true;
    }
  }
  std::string bytes;
  if (!reader_(path, &bytes, error)) return false;
  ImageFile facts = ReadImageFile(bytes);
  if (!facts.problem.empty()) {
    *error = "image '" + path + "' " + facts.problem;
    return false;
  }
  PngImage image;
  const bool jpeg = facts.kind == ImageKind::kJpeg;
  if (jpeg) {
    image.bytes = JpegWithoutMetadata(bytes);
    image.width_px = facts.width_px;
    image.height_px = facts.height_px;
    image.dots_per_inch = facts.dots_per_inch;
  } else if (!ParsePng(std::move(bytes), path, &image, error)) {
    return false;
  }
  const std::string part_name =
      "media/image" + std::to_string(media_.size() + 1) + (jpeg ? ".jpeg" : ".png");
  media_.push_back({path, part_name, jpeg ? content_type::kJpeg : content_type::kPng,
                    std::move(image)});
  *media = &media_.back();
  return true;
}

bool MediaStore::Place(const std::string& path, const std::string& alt_text, double max_width_pt,
                       Relationships* relationships, ImagePlacement* out, std::string* error) {
  const Media* media = nullptr;
  if (!Load(path, &media, error)) return false;
  const double natural_width = media->image.WidthPt();
  const double scale = natural_width > max_width_pt ? max_width_pt / natural_width : 1.0;
  out->width_emu = std::llround(natural_width * scale * kEmuPerPoint);
  out->height_emu = std::llround(media->image.HeightPt() * scale * kEmuPerPoint);
  out->relationship_id = relationships->Add(rel::kImage, media->part_name);
  out->drawing_id = next_drawing_id_++;
  out->alt_text = alt_text;
  return true;
}

void MediaStore::AddParts(OpcPackage* package) const {
  for (const Media& media : media_) {
    package->AddBinaryPart("word/" + media.part_name, media.content_type, media.image.bytes);
  }
}

}  // namespace sdgen::docx
