#include "cli/input_file.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>
#include <sys/stat.h>

namespace sdgen::cli {

InputFileStatus ReadInputFile(const std::string& path, size_t max_bytes, std::string* text,
                              std::string* error) {
  struct stat info;
  if (::stat(path.c_str(), &info) != 0) {
    *error = std::string("cannot read the file: ") + std::strerror(errno);
    return InputFileStatus::kUnreadable;
  }
  if (!S_ISREG(info.st_mode)) {
    *error = "cannot read the file: it is not a regular file";
    return InputFileStatus::kUnreadable;
  }
  if (static_cast<size_t>(info.st_size) > max_bytes) {
    *error = "the file is " + std::to_string(info.st_size / 1024) +
             " KiB; files over " + std::to_string(max_bytes / 1024 / 1024) +
             " MiB are refused";
    return InputFileStatus::kTooLarge;
  }
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (!in && !in.eof()) {
    *error = std::string("cannot read the file: ") + std::strerror(errno);
    return InputFileStatus::kUnreadable;
  }
  *text = buffer.str();
  return InputFileStatus::kRead;
}

namespace {

// Standard input has no size to look at first: read one byte past the limit.
InputFileStatus ReadStream(std::istream* in, size_t max_bytes, std::string* text,
                           std::string* error) {
  if (!in) {
    *error = "cannot read standard input";
    return InputFileStatus::kUnreadable;
  }
  std::string buffer;
  char chunk[64 * 1024];
  while (in->read(chunk, sizeof chunk), in->gcount() > 0) {
    buffer.append(chunk, static_cast<size_t>(in->gcount()));
    if (buffer.size() > max_bytes) {
      *error = "standard input is over " + std::to_string(max_bytes / 1024 / 1024) +
               " MiB; inputs over " + std::to_string(max_bytes / 1024 / 1024) + " MiB are refused";
      return InputFileStatus::kTooLarge;
    }
  }
  if (in->bad()) {
    *error = "cannot read standard input";
    return InputFileStatus::kUnreadable;
  }
  *text = std::move(buffer);
  return InputFileStatus::kRead;
}

}  // namespace

InputFileStatus ReadInput(const std::string& operand, std::istream* in, size_t max_bytes,
                          std::string* text, std::string* error) {
  if (operand == "-") return ReadStream(in, max_bytes, text, error);
  return ReadInputFile(operand, max_bytes, text, error);
}

std::string InputName(const std::string& operand) { return operand == "-" ? "<stdin>" : operand; }

}  // namespace sdgen::cli
