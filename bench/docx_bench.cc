// Times the DOCX writer on a typical four-page set of minutes and a 40-page
// one: milliseconds per document for the .docx and the flat XML form.
// Usage: docx_bench [iterations]

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "docx/docx_writer.h"

namespace {

using sdgen::doc::Document;
using sdgen::doc::Paragraph;

Paragraph Text(std::string text) { return Paragraph{{{std::move(text)}}}; }

sdgen::doc::TableCell Cell(std::string text) { return {{Text(std::move(text))}}; }

// `sections` sections of headings, paragraphs, a list and a table; about one page each.
Document Minutes(int sections) {
  Document document;
  document.metadata.title = "Minutes of the strategy discussion";
  document.metadata.created = "2026-11-20T11:00:00+00:00";
  document.draft = true;
  for (int i = 0; i < sections; ++i) {
    document.blocks.push_back(sdgen::doc::Heading{1, "Section " + std::to_string(i + 1)});
    for (int p = 0; p < 4; ++p) {
      document.blocks.push_back(
          Text("Łucja Żółć and Siôn Ŵyn were discussed at length; the "
               "police and health shared what they knew about the family."));
    }
    document.blocks.push_back(
        sdgen::doc::List{true, {Text("Visit"), Text("Review"), Text("Write")}});
    sdgen::doc::Table table;
    table.header = {Cell("Agency"), Cell("Attendee"), Cell("Role")};
    for (int r = 0; r < 8; ++r)
      table.rows.push_back({Cell("Police"), Cell("DC Wróbel"), Cell("Lead")});
    document.blocks.push_back(table);
  }
  return document;
}

template <typename Write>
double MillisecondsPerDocument(int iterations, Write write) {
  const auto start = std::chrono::steady_clock::now();
  for (int i = 0; i < iterations; ++i) write();
  const std::chrono::duration<double, std::milli> spent = std::chrono::steady_clock::now() - start;
  return spent.count() / iterations;
}

}  // namespace

int main(int argc, char** argv) {
  const int iterations = argc > 1 ? std::atoi(argv[1]) : 200;
  const sdgen::docx::DocxWriter writer;
  for (int sections : {4, 40}) {
    const Document document = Minutes(sections);
    std::string bytes, error;
    const double docx_ms = MillisecondsPerDocument(iterations, [&] {
      if (!writer.WritePackage(document, &bytes, &error)) std::abort();
    });
    const size_t docx_size = bytes.size();
    const double flat_ms = MillisecondsPerDocument(iterations, [&] {
      if (!writer.WriteFlat(document, &bytes, &error)) std::abort();
    });
    std::printf("%2d sections: docx %.2f ms (%zu bytes), flat %.2f ms (%zu bytes)\n", sections,
                docx_ms, docx_size, flat_ms, bytes.size());
  }
  return 0;
}
