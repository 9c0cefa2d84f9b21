#include "cli/output_manifest.h"

#include <sstream>

#include "cli/atomic_file.h"
#include "cli/input_file.h"

namespace sdgen::cli {

const char* const kOutputManifestName = ".sdgen-outputs";

namespace {

constexpr size_t kMaxManifestBytes = 1024 * 1024;

bool IsPlainFileName(const std::string& name) {
  return !name.empty() && name != "." && name != ".." && name.find('/') == std::string::npos;
}

}  // namespace

std::optional<OutputManifest> ReadOutputManifest(const std::filesystem::path& folder) {
  std::string text, error;
  if (ReadInputFile((folder / kOutputManifestName).string(), kMaxManifestBytes, &text, &error) !=
      InputFileStatus::kRead)
    return std::nullopt;
  OutputManifest manifest;
  std::istringstream lines(text);
  std::string line;
  while (std::getline(lines, line)) {
    size_t space = line.find(' ');
    if (space == std::string::npos) continue;
    std::string kind = line.substr(0, space), value = line.substr(space + 1);
    if (kind == "record")
      manifest.record_path = value;
    else if ((kind == "file" || kind == "family") && IsPlainFileName(value))
      manifest.files.push_back({value, kind == "family"});
  }
  return manifest;
}

bool WriteOutputManifest(const std::filesystem::path& folder, const OutputManifest& manifest,
                         std::string* error) {
  std::string text =
      "# written by sdgen build: the files it wrote here, which the next build of this record\n"
      "# removes if it no longer writes them (a signed decision sheet is never listed)\n";
  text += "record " + manifest.record_path + "\n";
  for (const ManifestFile& file : manifest.files)
    text += std::string(file.family ? "family " : "file ") + file.name + "\n";
  return WriteFileAtomically((folder / kOutputManifestName).string(), text, error);
}

std::optional<std::filesystem::path> FindFolderBuiltFrom(const std::filesystem::path& out,
                                                         const std::string& record_path) {
  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator(out, error)) {
    if (!entry.is_directory(error)) continue;
    std::optional<OutputManifest> manifest = ReadOutputManifest(entry.path());
    if (manifest && manifest->record_path == record_path) return entry.path();
  }
  return std::nullopt;
}

}  // namespace sdgen::cli
