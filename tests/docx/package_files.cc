#include "test_paths.h"
#include "docx/package_files.h"

#include <sys/wait.h>
#include <zip.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <pugixml.hpp>
#include <sstream>
#include <stdexcept>

namespace sdgen::docx::testing {

namespace {

struct ZipDiscard {
  void operator()(zip_t* archive) const { zip_discard(archive); }
};

std::string Base64Decode(const std::string& text) {
  static const std::string kAlphabet =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  uint32_t buffer = 0;
  int bits = 0;
  for (char c : text) {
    const size_t value = kAlphabet.find(c);
    if (value == std::string::npos) continue;  // line breaks and padding
    buffer = (buffer << 6) | static_cast<uint32_t>(value);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push_back(static_cast<char>((buffer >> bits) & 0xFF));
    }
  }
  return out;
}

std::string StandaloneXml(pugi::xml_node root) {
  pugi::xml_document part;
  pugi::xml_node declaration = part.append_child(pugi::node_declaration);
  declaration.append_attribute("version") = "1.0";
  declaration.append_attribute("encoding") = "UTF-8";
  declaration.append_attribute("standalone") = "yes";
  part.append_copy(root);
  std::ostringstream out;
  part.save(out, "", pugi::format_raw, pugi::encoding_utf8);
  return out.str();
}

std::string ContentTypesFor(const std::vector<FoundPart>& parts) {
  pugi::xml_document types;
  pugi::xml_node root = types.append_child("Types");
  root.append_attribute("xmlns") = "http://schemas.openxmlformats.org/package/2006/content-types";
  for (const FoundPart& part : parts) {
    pugi::xml_node override_node = root.append_child("Override");
    override_node.append_attribute("PartName") = ("/" + part.name).c_str();
    override_node.append_attribute("ContentType") = part.content_type.c_str();
  }
  std::ostringstream out;
  types.save(out, "", pugi::format_raw, pugi::encoding_utf8);
  return out.str();
}

void AddToZip(zip_t* archive, const std::string& name, const std::string& bytes) {
  zip_source_t* source = zip_source_buffer(archive, bytes.data(), bytes.size(), 0);
  if (source == nullptr || zip_file_add(archive, name.c_str(), source, ZIP_FL_ENC_UTF_8) < 0) {
    zip_source_free(source);
    throw std::runtime_error("cannot add " + name);
  }
}

}  // namespace

std::map<std::string, std::string> ReadZipEntries(const std::string& zip_bytes) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(zip_bytes.data(), zip_bytes.size(), 0, &error);
  std::unique_ptr<zip_t, ZipDiscard> archive(zip_open_from_source(source, ZIP_RDONLY, &error));
  if (!archive) {
    zip_source_free(source);
    throw std::runtime_error(std::string("not a zip: ") + zip_error_strerror(&error));
  }
  std::map<std::string, std::string> entries;
  for (zip_int64_t i = 0; i < zip_get_num_entries(archive.get(), 0); ++i) {
    zip_stat_t stat;
    zip_stat_index(archive.get(), i, 0, &stat);
    zip_file_t* file = zip_fopen_index(archive.get(), i, 0);
    std::string bytes(stat.size, '\0');
    zip_fread(file, bytes.data(), stat.size);
    zip_fclose(file);
    entries[stat.name] = bytes;
  }
  return entries;
}

std::vector<FoundPart> ReadFlatParts(const std::string& flat_xml) {
  pugi::xml_document flat;
  if (!flat.load_buffer(flat_xml.data(), flat_xml.size(),
                        pugi::parse_default | pugi::parse_ws_pcdata)) {
    throw std::runtime_error("flat package is not well-formed");
  }
  std::vector<FoundPart> parts;
  for (pugi::xml_node part : flat.child("pkg:package").children("pkg:part")) {
    FoundPart found{std::string(part.attribute("pkg:name").value()).substr(1),
                    part.attribute("pkg:contentType").value(), ""};
    if (pugi::xml_node data = part.child("pkg:xmlData")) {
      found.bytes = StandaloneXml(data.first_child());
    } else {
      found.bytes = Base64Decode(part.child("pkg:binaryData").text().get());
    }
    parts.push_back(found);
  }
  return parts;
}

std::string RepackAsZip(const std::vector<FoundPart>& parts) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* memory = zip_source_buffer_create(nullptr, 0, 0, &error);
  zip_t* archive = zip_open_from_source(memory, ZIP_TRUNCATE, &error);
  zip_source_keep(memory);
  const std::string content_types = ContentTypesFor(parts);
  AddToZip(archive, "[Content_Types].xml", content_types);
  for (const FoundPart& part : parts) AddToZip(archive, part.name, part.bytes);
  if (zip_close(archive) != 0) throw std::runtime_error("cannot close the repacked zip");
  zip_stat_t stat;
  zip_source_open(memory);
  zip_source_stat(memory, &stat);
  std::string bytes(stat.size, '\0');
  zip_source_read(memory, bytes.data(), stat.size);
  zip_source_close(memory);
  zip_source_free(memory);
  return bytes;
}

std::string ContentTypeOf(const std::string& content_types_xml, const std::string& name) {
  pugi::xml_document types;
  types.load_string(content_types_xml.c_str());
  const std::string part_name = "/" + name;
  for (pugi::xml_node node : types.child("Types").children("Override")) {
    if (part_name == node.attribute("PartName").value())
      return node.attribute("ContentType").value();
  }
  const std::string extension = name.substr(name.rfind('.') + 1);
  for (pugi::xml_node node : types.child("Types").children("Default")) {
    if (extension == node.attribute("Extension").value()) {
      return node.attribute("ContentType").value();
    }
  }
  return "";
}

std::string MakeTempDir() {
  char pattern[] = "/tmp/sdgen-docx-test-XXXXXX";
  if (mkdtemp(pattern) == nullptr) throw std::runtime_error("mkdtemp failed");
  return pattern;
}

void RemoveTempDir(const std::string& dir) { std::filesystem::remove_all(dir); }

void WriteFile(const std::string& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary) << bytes;
}

std::string RunCommand(const std::string& command, int* status) {
  FILE* pipe = popen(command.c_str(), "r");
  if (pipe == nullptr) throw std::runtime_error("popen failed: " + command);
  std::string output;
  char buffer[4096];
  for (size_t n; (n = fread(buffer, 1, sizeof buffer, pipe)) > 0;) output.append(buffer, n);
  const int raw = pclose(pipe);
  *status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  return output;
}

}  // namespace sdgen::docx::testing
