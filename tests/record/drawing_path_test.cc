// A child's drawing must be a PNG inside the record's folder: the reader
// refuses `..`, absolute paths, symbolic links that lead out of the folder,
// JPEG and anything else, each with RD020 at the `image` attribute; so does
// the chair's signature image.

#include <sys/stat.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "record/record_reader.h"
#include "test_paths.h"

using namespace sdgen;
namespace fs = std::filesystem;

namespace {

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

void WriteFile(const fs::path& path, const std::string& bytes) {
  fs::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << bytes;
}

// A fresh folder holding the record, with drawings inside and one outside it.
// CTest runs the cases as parallel processes, so each has its own folder.
struct DrawingFolders {
  fs::path root = fs::temp_directory_path() / ("sdgen-drawing-paths-" + std::to_string(::getpid()));
  fs::path folder = root / "record";
  DrawingFolders() {
    fs::remove_all(root);
    fs::create_directories(folder / "drawings");
    fs::path png = test::SourcePath("styles/default/pictures/home.png");
    fs::copy_file(png, folder / "drawings" / "leo.png");
    fs::copy_file(png, root / "outside.png");
    fs::create_symlink(root / "outside.png", folder / "escape.png");
    fs::create_symlink(folder / "drawings" / "leo.png", folder / "inside.png");
    WriteFile(folder / "broken.jpg", std::string("\xFF\xD8\xFF\xE0\0\x10JFIF\0", 11));
    fs::copy_file(test::SourcePath("fixtures/drawings/meg-house.jpg"), folder / "house.jpg");
    fs::copy_file(test::SourcePath("fixtures/drawings/meg-house-progressive.jpg"),
                  folder / "house-progressive.jpg");
    WriteFile(folder / "notes.png", "not a picture");
    WriteFile(folder / "house.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
    // The shipped picture with its header's interlace byte set.
    std::string interlaced = ReadFile(png.string());
    interlaced[28] = 1;
    WriteFile(folder / "interlaced.png", interlaced);
  }
};

struct Read {
  std::unique_ptr<SourceFile> file;
  DiagnosticList diagnostics;
  std::optional<Record> record;
  size_t image_offset = 0;  // where the image attribute's value starts
};

std::unique_ptr<Read> ReadWithDrawing(const DrawingFolders& folders, const std::string& image) {
  std::string xml =
      ReadFile(test::SourcePath("fixtures/s47-harm-substantiated-school-age-meeting.xml"));
  const std::string anchor = "</what-happens-next>";
  size_t at = xml.find(anchor);
  REQUIRE(at != std::string::npos);
  xml.insert(at + anchor.size(),
             "<drawing image=\"" + image + "\" alt=\"Leo's drawing of his house\"/>");
  auto read = std::make_unique<Read>();
  read->image_offset = xml.find("<drawing image=\"") + 16;
  read->file = std::make_unique<SourceFile>((folders.folder / "record.xml").string(), xml);
  read->record = RecordReader(read->diagnostics).Read(*read->file);
  return read;
}

std::string OnlyError(const Read& read) {
  REQUIRE(read.diagnostics.error_count() == 1);
  for (const Diagnostic& d : read.diagnostics.all()) {
    if (d.severity != Severity::kError) continue;
    CHECK(d.where.offset == read.image_offset);
    return d.rule + " " + d.message;
  }
  return "";
}

}  // namespace

TEST_CASE("a drawing inside the record's folder is read with its checked file", "[drawing]") {
  DrawingFolders folders;
  for (const char* image : {"drawings/leo.png", "inside.png", "./drawings/leo.png"}) {
    auto read = ReadWithDrawing(folders, image);
    INFO(image);
    REQUIRE(read->record);
    const auto& drawing = read->record->words_and_pictures.at(0).drawing;
    REQUIRE(drawing);
    CHECK(drawing->file == fs::canonical(folders.folder / "drawings" / "leo.png").string());
    CHECK(drawing->alt.value == "Leo's drawing of his house");
  }
}

TEST_CASE("a drawing path that leaves the record's folder is a located error", "[drawing]") {
  DrawingFolders folders;
  CHECK(OnlyError(*ReadWithDrawing(folders, "../outside.png")) ==
        "RD020 drawing `../outside.png` goes up out of the record's folder with `..`");
  CHECK(OnlyError(*ReadWithDrawing(folders, "drawings/../../outside.png")) ==
        "RD020 drawing `drawings/../../outside.png` goes up out of the record's folder with `..`");
  std::string absolute = (folders.folder / "drawings" / "leo.png").string();
  CHECK(OnlyError(*ReadWithDrawing(folders, absolute)) ==
        "RD020 drawing `" + absolute +
            "` is an absolute path: write it relative to the record's folder");
  CHECK(OnlyError(*ReadWithDrawing(folders, "escape.png")) ==
        "RD020 drawing `escape.png` leads outside the record's folder through a symbolic link");
  CHECK(!ReadWithDrawing(folders, "escape.png")->record);
}

TEST_CASE("a drawing must be a PNG or JPEG file that is there", "[drawing]") {
  DrawingFolders folders;
  CHECK(ReadWithDrawing(folders, "house.jpg")->diagnostics.error_count() == 0);
  CHECK(ReadWithDrawing(folders, "house-progressive.jpg")->diagnostics.error_count() == 0);
  CHECK(OnlyError(*ReadWithDrawing(folders, "broken.jpg")) ==
        "RD020 drawing `broken.jpg` is a damaged JPEG: its size cannot be read");
  CHECK(OnlyError(*ReadWithDrawing(folders, "notes.png")) ==
        "RD020 drawing `notes.png` is not a PNG or JPEG image");
  CHECK(OnlyError(*ReadWithDrawing(folders, "house.svg")) ==
        "RD020 drawing `house.svg` is an SVG drawing, which sdgen cannot place: save it as PNG");
  CHECK(OnlyError(*ReadWithDrawing(folders, "interlaced.png")) ==
        "RD020 drawing `interlaced.png` is an interlaced PNG, which PDFs cannot hold as it is: "
        "save it again without interlacing");
  CHECK(OnlyError(*ReadWithDrawing(folders, "missing.png")) ==
        "RD020 drawing `missing.png` is not in the record's folder");
  CHECK(OnlyError(*ReadWithDrawing(folders, "drawings")) ==
        "RD020 drawing `drawings` is not a file");
}

// The chair's signature image is a file a record names, as a drawing is:
// once a FIFO hung the build, /dev/zero ate memory, and `..` reached anywhere.
std::unique_ptr<Read> ReadWithSignature(const DrawingFolders& folders, const std::string& image) {
  std::string xml =
      ReadFile(test::SourcePath("fixtures/s47-harm-substantiated-school-age-meeting.xml"));
  const std::string anchor = "<signature ";
  size_t at = xml.find(anchor);
  REQUIRE(at != std::string::npos);
  xml.insert(at + anchor.size(), "image=\"" + image + "\" ");
  auto read = std::make_unique<Read>();
  read->image_offset = at + anchor.size() + 7;
  read->file = std::make_unique<SourceFile>((folders.folder / "record.xml").string(), xml);
  read->record = RecordReader(read->diagnostics).Read(*read->file);
  return read;
}

TEST_CASE("a signature image is checked as a drawing is, and read only as checked", "[drawing]") {
  DrawingFolders folders;
  REQUIRE(::mkfifo((folders.folder / "pipe.png").c_str(), 0600) == 0);
  auto good = ReadWithSignature(folders, "drawings/leo.png");
  REQUIRE(good->record);
  CHECK(good->record->sign_off.signature->file ==
        fs::canonical(folders.folder / "drawings" / "leo.png").string());
  CHECK(OnlyError(*ReadWithSignature(folders, "pipe.png")) ==
        "RD020 signature image `pipe.png` is not a file");
  CHECK(OnlyError(*ReadWithSignature(folders, "/dev/zero")) ==
        "RD020 signature image `/dev/zero` is an absolute path: write it relative to the "
        "record's folder");
  CHECK(OnlyError(*ReadWithSignature(folders, "../outside.png")) ==
        "RD020 signature image `../outside.png` goes up out of the record's folder with `..`");
  CHECK(OnlyError(*ReadWithSignature(folders, "drawings")) ==
        "RD020 signature image `drawings` is not a file");
  CHECK(OnlyError(*ReadWithSignature(folders, "escape.png")) ==
        "RD020 signature image `escape.png` leads outside the record's folder through a "
        "symbolic link");
  CHECK(OnlyError(*ReadWithSignature(folders, "interlaced.png")) ==
        "RD020 signature image `interlaced.png` is an interlaced PNG, which PDFs cannot hold as "
        "it is: save it again without interlacing");
}
