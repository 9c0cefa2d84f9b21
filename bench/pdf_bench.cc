// Times PdfWriter: the sample decision sheet and a 300-row table, many times
// over with one writer (fonts cached), and once with a fresh writer.
// Usage: pdf_bench [iterations] [output-dir]  (output-dir: also write the PDFs)

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>

#include "pdf/pdf_fixture.h"
#include "pdf/pdf_writer.h"

namespace {

using Clock = std::chrono::steady_clock;

double Milliseconds(Clock::duration d) {
  return std::chrono::duration<double, std::milli>(d).count();
}

bool Render(sdgen::pdf::PdfWriter& writer, const sdgen::doc::Document& document,
            std::string* bytes) {
  sdgen::DiagnosticList diagnostics;
  std::string error;
  if (!writer.Write(document, bytes, diagnostics, &error)) {
    std::fprintf(stderr, "pdf_bench: %s\n", error.c_str());
    return false;
  }
  return true;
}

bool Time(const char* name, const sdgen::doc::Document& document, int iterations,
          const std::string& out_dir) {
  std::string bytes;
  auto start = Clock::now();
  sdgen::pdf::PdfWriter cold({});
  if (!Render(cold, document, &bytes)) return false;
  double first = Milliseconds(Clock::now() - start);
  sdgen::pdf::PdfWriter writer({});
  Render(writer, document, &bytes);
  start = Clock::now();
  for (int i = 0; i < iterations; ++i) {
    if (!Render(writer, document, &bytes)) return false;
  }
  double each = Milliseconds(Clock::now() - start) / iterations;
  std::printf("%-14s first (fresh writer) %7.2f ms   warm %7.2f ms/document   %8zu bytes\n", name,
              first, each, bytes.size());
  if (!out_dir.empty()) {
    std::ofstream(out_dir + "/" + name + ".pdf", std::ios::binary) << bytes;
  }
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  int iterations = argc > 1 ? std::atoi(argv[1]) : 20;
  std::string out_dir = argc > 2 ? argv[2] : "";
  std::string image_dir = out_dir.empty() ? "/tmp" : out_dir;
  sdgen::doc::Document sample = sdgen::pdf::testing::SampleDocument(image_dir);
  sdgen::doc::Document child = sample;
  child.look = sdgen::pdf::testing::ChildLook();
  child.draft = true;
  bool ok = Time("sample", sample, iterations, out_dir) &&
            Time("child-draft", child, iterations, out_dir) &&
            Time("table-300", sdgen::pdf::testing::LongTableDocument(300), iterations, out_dir);
  return ok ? 0 : 1;
}
