// The small PDF reader and incremental-update writer that signing uses,
// on hand-written files whose every byte the test knows.

#include <catch2/catch.hpp>

#include "pdf/incremental_update.h"
#include "pdf/pdf_date_reader.h"
#include "pdf/pdf_file_index.h"
#include "pdf/pdf_syntax.h"

using namespace sdgen::pdf;

namespace {

// A one-page PDF with a correct cross-reference table.
std::string OnePagePdf() {
  std::string pdf = "%PDF-1.3\n";
  std::vector<size_t> offsets;
  for (const char* object :
       {"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Note (a >> in a string) >>",
        "<< /Title (Sheet \\(one\\)) /Keywords <FEFF0041002C0020004400520041004600540029> >>"}) {
    offsets.push_back(pdf.size());
    pdf += std::to_string(offsets.size()) + " 0 obj\n" + object + "\nendobj\n";
  }
  size_t xref = pdf.size();
  pdf += "xref\n0 5\n0000000000 65535 f\r\n";
  char entry[21];
  for (size_t offset : offsets) {
    std::snprintf(entry, sizeof entry, "%010zu 00000 n\r\n", offset);
    pdf += entry;
  }
  return pdf + "trailer\n<< /Size 5 /Root 1 0 R /Info 4 0 R /ID [<AB> <AB>] >>\nstartxref\n" +
         std::to_string(xref) + "\n%%EOF\n";
}

}  // namespace

TEST_CASE("dictionary values skip nested dictionaries, strings and references") {
  std::string_view dictionary = "<< /A << /B 1 >> /C (a /B \\) (string)) /D 12 0 R /E [1 2] >>";
  CHECK(DictionaryValue(dictionary, "/B") == std::nullopt);
  CHECK(DictionaryValue(dictionary, "/C") ==
        std::optional<std::string_view>("(a /B \\) (string))"));
  CHECK(AsReference(*DictionaryValue(dictionary, "/D"))->number == 12);
  CHECK(ArrayItems(*DictionaryValue(dictionary, "/E")).size() == 2);
  CHECK(DecodeTextString("<FEFF0050007200690079006100>") == "Priya");
  CHECK(EncodeTextString("Siân") == "<FEFF0053006900E2006E>");
}

TEST_CASE("a PDF date is read as an instant, with the local time it was written in") {
  std::optional<PdfInstant> date = ReadPdfDate("D:20261120110000+01'00'");
  REQUIRE(date);
  CHECK(date->seconds == 1795168800);  // 2026-11-20T10:00:00Z
  CHECK(date->shown == "2026-11-20 11:00 +01:00");
  CHECK_FALSE(ReadPdfDate("D:2026"));
}

TEST_CASE("the index finds page 1, and an update appends after the last byte") {
  std::string pdf = OnePagePdf();
  std::string error;
  std::optional<PdfFileIndex> index = PdfFileIndex::Read(pdf, &error);
  INFO(error);
  REQUIRE(index);
  REQUIRE(index->FirstPage());
  CHECK(index->FirstPage()->number == 3);
  CHECK(DecodeTextString(*DictionaryValue(*index->Follow(index->trailer(), "/Info"),
                                          "/Keywords")) == "A, DRAFT)");

  IncrementalUpdate update(*index);
  int added = update.NewObject();
  CHECK(added == 5);
  update.SetObject(added, "<< /Added true >>");
  std::string updated = pdf + update.AppendedBytes(pdf);
  CHECK(updated.compare(0, pdf.size(), pdf) == 0);
  CHECK(updated.find("xref\n5 1\n" + std::string(10 - std::to_string(pdf.size()).size(), '0') +
                     std::to_string(pdf.size()) + " 00000 n\r\n") != std::string::npos);
  CHECK(updated.find("/Prev " + std::to_string(index->xref_offset())) != std::string::npos);

  // The updated file has an earlier section: sdgen does not update it again.
  CHECK_FALSE(PdfFileIndex::Read(updated, &error));
  CHECK(error == "not a PDF sdgen can update: it has been changed (updated) since it was made");
  CHECK_FALSE(PdfFileIndex::Read("%PDF-1.3\nno table", &error));
  CHECK(error == "not a PDF sdgen can update: no cross-reference table where startxref points");
}
