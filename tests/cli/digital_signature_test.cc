// The chair's digital signature end to end: a throwaway CA and chair made
// with openssl, the example's decision sheet built and signed by the real
// binary, and the result read by poppler's pdfsig, qpdf and `sdgen verify`.

#include <catch2/catch.hpp>
#include <cmath>
#include <fstream>
#include <regex>
#include <sstream>
#include <vector>

#include "command_run.h"
#include "test_paths.h"

using namespace sdgen::test;

namespace {

const std::string kExample = SharedPath("spec/example-record.xml");
// Unlike anything sdgen prints, so that a leak is easy to find.
const std::string kPassphrase = "Tr0ub4dor-passphrase-5521";

void WriteFile(const std::string& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary) << bytes;
}

std::string Sdgen(const std::string& arguments) {
  return "SDGEN_SIGN_PASSPHRASE=" + ShellQuote(kPassphrase) + " " + ShellQuote(BinaryPath()) + " " +
         arguments + " </dev/null";
}

CommandResult Run(const std::string& command) {
  CommandResult result = RunCommand(command);
  INFO(command << "\n" << result.out << result.err);
  CHECK(result.out.find(kPassphrase) == std::string::npos);
  CHECK(result.err.find(kPassphrase) == std::string::npos);
  return result;
}

// A CA and the chair's certificate (CN "Priya Shah") signed by it, in a
// fresh folder: ca.pem and chair.p12 (with the chain) under kPassphrase.
std::string MakeChairKey() {
  std::string folder = MakeTemporaryFolder();
  WriteFile(folder + "/chair.ext", "keyUsage=critical,digitalSignature,nonRepudiation\n");
  std::string in = "cd " + ShellQuote(folder) + " && ";
  std::string commands =
      "openssl req -x509 -newkey rsa:2048 -nodes -keyout ca.key -out ca.pem -days 30 "
      "-subj '/CN=Northvale Test CA' -addext basicConstraints=critical,CA:TRUE "
      "-addext keyUsage=critical,keyCertSign,cRLSign && "
      "openssl req -newkey rsa:2048 -nodes -keyout chair.key -out chair.csr -subj '/CN=Priya Shah' "
      "&& openssl x509 -req -in chair.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 30 "
      "-extfile chair.ext -out chair.pem && "
      "openssl pkcs12 -export -inkey chair.key -in chair.pem -certfile ca.pem -out chair.p12 "
      "-passout pass:" +
      kPassphrase;
  CommandResult made = RunCommand(in + "(" + commands + ")");
  INFO(made.err);
  REQUIRE(made.exit_code == 0);
  return folder;
}

// Builds `record` (optionally with --sign KEY); returns the record's folder.
std::string Build(const std::string& record, const std::string& sign_key = "") {
  std::string out = MakeTemporaryFolder();
  std::string sign = sign_key.empty() ? "" : " --sign " + ShellQuote(sign_key);
  CommandResult result =
      Run(Sdgen("build" + sign + " " + ShellQuote(record) + " -o " + ShellQuote(out)));
  REQUIRE(result.exit_code <= 1);
  return out + "/SD-2026-0417";
}

std::string UnsignedRecord() {
  std::string xml = ReadFile(kExample);
  size_t signature = xml.find("    <signature by=\"a1\"");
  xml.erase(signature, xml.find('\n', signature) - signature + 1);
  std::string path = MakeTemporaryFolder() + "/record.xml";
  WriteFile(path, xml);
  return path;
}

CommandResult Sign(const std::string& sheet, const std::string& key, const std::string& out = "") {
  return Run(Sdgen("sign " + ShellQuote(sheet) + " --key " + ShellQuote(key) +
                   (out.empty() ? "" : " -o " + ShellQuote(out))));
}

CommandResult Verify(const std::string& sheet, const std::string& extra = "") {
  return Run(Sdgen("verify " + extra + ShellQuote(kExample) + " " + ShellQuote(sheet)));
}

std::string PdfSig(const std::string& pdf) {
  return Run("pdfsig " + ShellQuote(pdf) + " 2>&1").out;
}

bool Has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

// A later incremental update, as another tool would append one: a new /Info.
std::string WithLaterUpdate(const std::string& pdf) {
  std::smatch size, root, xref;
  std::string tail = pdf.substr(pdf.rfind("trailer"));
  REQUIRE(std::regex_search(tail, size, std::regex("/Size (\\d+)")));
  REQUIRE(std::regex_search(tail, root, std::regex("/Root (\\d+ 0 R)")));
  REQUIRE(std::regex_search(tail, xref, std::regex("startxref\\s+(\\d+)")));
  std::string number = size[1];
  std::string update = number + " 0 obj\n<< /Title (changed later) >>\nendobj\n";
  char entry[21];
  std::snprintf(entry, sizeof entry, "%010zu 00000 n\r\n", pdf.size());
  std::string xref_section = "xref\n" + number + " 1\n" + entry + "trailer\n<< /Size " +
                             std::to_string(std::stoi(number) + 1) + " /Root " + root[1].str() +
                             " /Info " + number + " 0 R /Prev " + xref[1].str() +
                             " >>\nstartxref\n" + std::to_string(pdf.size() + update.size()) +
                             "\n%%EOF\n";
  return pdf + update + xref_section;
}

// A record like the example's, signed off, with an error: an action without a due time.
std::string RecordWithErrors() {
  std::string xml = ReadFile(kExample);
  std::string due = " due=\"2026-11-23T17:00:00+00:00\"";
  xml.erase(xml.find(due), due.size());
  std::string path = MakeTemporaryFolder() + "/record.xml";
  WriteFile(path, xml);
  return path;
}

// The widget's rectangle in points, [x0 y0 x1 y1] from the page's bottom left.
std::vector<double> WidgetRect(const std::string& pdf) {
  std::smatch rect;
  std::string widget = pdf.substr(pdf.find("/Subtype /Widget"));
  REQUIRE(std::regex_search(widget, rect,
                            std::regex("/Rect\\s*\\[\\s*([-\\d.]+)\\s+([-\\d.]+)\\s+"
                                       "([-\\d.]+)\\s+([-\\d.]+)\\s*\\]")));
  return {std::stod(rect[1]), std::stod(rect[2]), std::stod(rect[3]), std::stod(rect[4])};
}

// A page as pdftoppm -gray writes it: binary PGM, one byte a pixel.
struct GrayPage {
  int width = 0, height = 0;
  std::string pixels;
};

GrayPage ReadPgm(const std::string& path) {
  std::istringstream in(ReadFile(path));
  std::string magic;
  int maximum = 0;
  GrayPage page;
  in >> magic >> page.width >> page.height >> maximum;
  in.get();
  page.pixels.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  REQUIRE(magic == "P5");
  REQUIRE(page.pixels.size() == static_cast<size_t>(page.width) * page.height);
  return page;
}

constexpr double kDpi = 50;

// Every page of `pdf` rendered by poppler at kDpi.
std::vector<GrayPage> Render(const std::string& pdf) {
  std::string folder = MakeTemporaryFolder();
  CommandResult rendered = Run("pdftoppm -r " + std::to_string(static_cast<int>(kDpi)) + " -gray " +
                               ShellQuote(pdf) + " " + ShellQuote(folder + "/page"));
  REQUIRE(rendered.exit_code == 0);
  std::vector<GrayPage> pages;
  std::istringstream names(Run("ls " + ShellQuote(folder)).out);
  for (std::string name; std::getline(names, name);) pages.push_back(ReadPgm(folder + "/" + name));
  return pages;
}

// The words pdftotext finds on page `index` with their boxes, in points from
// the page's top left: each word with its top and bottom.
std::vector<std::pair<std::string, std::pair<double, double>>> WordsOnPage(const std::string& pdf,
                                                                           size_t index) {
  std::string page_number = std::to_string(index + 1);
  std::string bbox =
      Run("pdftotext -bbox -f " + page_number + " -l " + page_number + " " + ShellQuote(pdf) + " -")
          .out;
  std::vector<std::pair<std::string, std::pair<double, double>>> words;
  std::regex word(
      "<word xMin=\"[\\d.]+\" yMin=\"([\\d.]+)\" xMax=\"[\\d.]+\" "
      "yMax=\"([\\d.]+)\">([^<]*)</word>");
  for (std::sregex_iterator it(bbox.begin(), bbox.end(), word), end; it != end; ++it)
    words.push_back({(*it)[3], {std::stod((*it)[1]), std::stod((*it)[2])}});
  return words;
}

}  // namespace

TEST_CASE("a signed sheet is valid in pdfsig, names the chair and signs the whole document") {
  std::string keys = MakeChairKey();
  std::string folder = Build(kExample);
  std::string sheet = folder + "/decision-sheet.pdf";
  CommandResult signing = Sign(sheet, keys + "/chair.p12");
  REQUIRE(signing.exit_code == 0);
  std::string signed_sheet = folder + "/decision-sheet-signed.pdf";
  CHECK(signing.out == signed_sheet + ": signed by Priya Shah at 2026-11-20 11:00 +00:00\n");

  // An incremental update: the sheet's own bytes come first, unchanged.
  std::string original = ReadFile(sheet), signed_bytes = ReadFile(signed_sheet);
  CHECK(signed_bytes.compare(0, original.size(), original) == 0);

  std::string report = PdfSig(signed_sheet);
  CHECK(Has(report, "Signer Certificate Common Name: Priya Shah"));
  CHECK(Has(report, "Signature Validation: Signature is Valid."));
  CHECK(Has(report, "Total document signed"));
  CHECK(Has(report, "Signature Type: ETSI.CAdES.detached"));
  CHECK(Run("qpdf --check " + ShellQuote(signed_sheet)).exit_code == 0);

  CommandResult verified = Verify(signed_sheet, "--trust " + ShellQuote(keys + "/ca.pem") + " ");
  CHECK(verified.exit_code == 0);
  CHECK(Has(verified.out, "matches"));
  CHECK(Has(verified.out, "is digitally signed by Priya Shah at 2026-11-20 11:00 +00:00\n"));
  CHECK(Has(verified.out, "the signature holds and covers the whole file\n"));
  CHECK(Has(verified.out, "the signer's certificate chains to " + keys + "/ca.pem\n"));

  // Another CA is not trusted.
  std::string other = MakeChairKey();
  CommandResult untrusted = Verify(signed_sheet, "--trust " + ShellQuote(other + "/ca.pem") + " ");
  CHECK(untrusted.exit_code == 1);
  CHECK(Has(untrusted.out, "does NOT chain to"));
}

TEST_CASE("signing the same sheet twice gives the same bytes") {
  std::string keys = MakeChairKey();
  std::string sheet = Build(kExample) + "/decision-sheet.pdf";
  std::string first = MakeTemporaryFolder() + "/first.pdf";
  std::string second = MakeTemporaryFolder() + "/second.pdf";
  REQUIRE(Sign(sheet, keys + "/chair.p12", first).exit_code == 0);
  REQUIRE(Sign(sheet, keys + "/chair.p12", second).exit_code == 0);
  // RSA PKCS#1 v1.5 signatures are deterministic, and the time is the record's.
  CHECK(ReadFile(first) == ReadFile(second));
}

TEST_CASE("a changed byte and a later update are reported by pdfsig and sdgen verify") {
  std::string keys = MakeChairKey();
  std::string folder = Build(kExample);
  REQUIRE(Sign(folder + "/decision-sheet.pdf", keys + "/chair.p12").exit_code == 0);
  std::string signed_bytes = ReadFile(folder + "/decision-sheet-signed.pdf");

  // Byte 10 is in the binary comment after the header: any reader still opens the file.
  std::string changed = signed_bytes;
  changed[10] = static_cast<char>(changed[10] ^ 1);
  std::string changed_path = MakeTemporaryFolder() + "/changed.pdf";
  WriteFile(changed_path, changed);
  CHECK_FALSE(Has(PdfSig(changed_path), "Signature is Valid"));
  CommandResult changed_verify = Verify(changed_path);
  CHECK(changed_verify.exit_code == 1);
  CHECK(Has(changed_verify.out, "the signature does NOT hold: the signed bytes have changed"));

  // A damaged signature value is reported as not holding, not a crash.
  std::string damaged = signed_bytes;
  damaged[damaged.find("/Contents <") + 11] = 'z';
  std::string damaged_path = MakeTemporaryFolder() + "/damaged.pdf";
  WriteFile(damaged_path, damaged);
  CHECK_FALSE(Has(PdfSig(damaged_path), "Signature is Valid"));
  CHECK(Verify(damaged_path).exit_code == 1);

  std::string updated_path = MakeTemporaryFolder() + "/updated.pdf";
  WriteFile(updated_path, WithLaterUpdate(signed_bytes));
  REQUIRE(Run("qpdf --check " + ShellQuote(updated_path)).exit_code == 0);
  std::string report = PdfSig(updated_path);
  CHECK(Has(report, "Signature is Valid"));
  CHECK(Has(report, "Not total document signed"));
  CHECK_FALSE(Has(report, "Total document signed"));
  CommandResult updated_verify = Verify(updated_path);
  CHECK(updated_verify.exit_code == 1);
  CHECK(Has(updated_verify.out, "the file was changed after signing"));
}

TEST_CASE("a DRAFT, a signed sheet, an existing output and a foreign file are refused") {
  std::string keys = MakeChairKey();
  std::string key = keys + "/chair.p12";
  std::string draft_folder = Build(UnsignedRecord());
  std::string draft = draft_folder + "/decision-sheet.pdf";
  CommandResult refused = Sign(draft, key);
  CHECK(refused.exit_code == 1);
  CHECK(refused.err == "sdgen sign: " + draft +
                           ": the sheet is a DRAFT: only a sheet the chair has signed off can "
                           "be signed\n");
  CHECK(ReadFile(draft_folder + "/decision-sheet-signed.pdf").empty());

  std::string folder = Build(kExample);
  REQUIRE(Sign(folder + "/decision-sheet.pdf", key).exit_code == 0);
  std::string signed_sheet = folder + "/decision-sheet-signed.pdf";
  CommandResult again = Sign(signed_sheet, key, MakeTemporaryFolder() + "/again.pdf");
  CHECK(again.exit_code == 1);
  CHECK(Has(again.err, "the sheet is already signed"));

  std::string kept = ReadFile(signed_sheet);
  CommandResult overwrite = Sign(folder + "/decision-sheet.pdf", key);
  CHECK(overwrite.exit_code == 1);
  CHECK(Has(overwrite.err, "exists; a signed sheet is never overwritten"));
  CHECK(ReadFile(signed_sheet) == kept);

  CommandResult foreign = Sign(folder + "/decision-sheet.txt", key);
  CHECK(foreign.exit_code == 1);
  CHECK(Has(foreign.err, "not a PDF sdgen can update: it does not start with %PDF-"));
}

TEST_CASE("a wrong passphrase is refused without printing it") {
  std::string keys = MakeChairKey();
  std::string sheet = Build(kExample) + "/decision-sheet.pdf";
  CommandResult wrong =
      Run("SDGEN_SIGN_PASSPHRASE=not-" + kPassphrase + " " + ShellQuote(BinaryPath()) + " sign " +
          ShellQuote(sheet) + " --key " + ShellQuote(keys + "/chair.p12") + " </dev/null");
  CHECK(wrong.exit_code == 2);
  CHECK(Has(wrong.err, "cannot open the key file: wrong passphrase"));
  CHECK_FALSE(Has(wrong.err, "not-" + kPassphrase));
}

TEST_CASE("without SDGEN_SIGN_PASSPHRASE the passphrase is asked for on the terminal, unechoed") {
  std::string keys = MakeChairKey();
  std::string sheet = Build(kExample) + "/decision-sheet.pdf";
  std::string signed_sheet = MakeTemporaryFolder() + "/signed.pdf";
  // script(1) gives sdgen a terminal; the passphrase is typed once it asks.
  std::string sign = "env -u SDGEN_SIGN_PASSPHRASE " + ShellQuote(BinaryPath()) + " sign " +
                     ShellQuote(sheet) + " --key " + ShellQuote(keys + "/chair.p12") + " -o " +
                     ShellQuote(signed_sheet);
  CommandResult typed = Run("(sleep 2; printf '%s\\n' " + ShellQuote(kPassphrase) +
                            ") | timeout 60 script -qec " + ShellQuote(sign) + " /dev/null");
  CHECK(typed.exit_code == 0);
  CHECK(Has(typed.out, "Passphrase for " + keys + "/chair.p12: "));
  CHECK(Has(typed.out, "signed by Priya Shah"));
  CHECK(Has(PdfSig(signed_sheet), "Signature is Valid"));
}

TEST_CASE("build --sign signs the decision sheet of a signed record and never a draft") {
  std::string keys = MakeChairKey();
  std::string folder = Build(kExample, keys + "/chair.p12");
  std::string report = PdfSig(folder + "/decision-sheet.pdf");
  CHECK(Has(report, "Signature is Valid"));
  CHECK(Has(report, "Total document signed"));
  CHECK(Has(PdfSig(folder + "/minutes.pdf"), "does not contain any signatures"));
  CHECK(Verify(folder + "/decision-sheet.pdf").exit_code == 0);

  std::string draft = Build(UnsignedRecord(), keys + "/chair.p12");
  CHECK(Has(PdfSig(draft + "/decision-sheet.pdf"), "does not contain any signatures"));

  // A key that cannot be opened stops the build before anything is made.
  std::string out = MakeTemporaryFolder();
  CommandResult wrong = Run("SDGEN_SIGN_PASSPHRASE=wrong " + ShellQuote(BinaryPath()) +
                            " build --sign " + ShellQuote(keys + "/chair.p12") + " " +
                            ShellQuote(kExample) + " -o " + ShellQuote(out) + " </dev/null");
  CHECK(wrong.exit_code == 2);
  CHECK(Has(wrong.err, "sdgen build: " + keys + "/chair.p12: cannot open the key file"));
  CHECK(RunCommand("find " + ShellQuote(out) + " -type f").out.empty());
}

TEST_CASE(
    "the signature fills the field on the sign-off block and nothing else on the sheet changes") {
  std::string keys = MakeChairKey();
  std::string folder = Build(kExample);
  std::string sheet = folder + "/decision-sheet.pdf";
  // The sheet is made with an empty signature field, which sdgen sign fills.
  std::string unsigned_bytes = ReadFile(sheet);
  CHECK(Has(unsigned_bytes, "/FT /Sig"));
  CHECK(Has(unsigned_bytes, "/AcroForm"));
  CHECK_FALSE(Has(unsigned_bytes, "/ByteRange"));
  REQUIRE(Sign(sheet, keys + "/chair.p12").exit_code == 0);
  std::string signed_sheet = folder + "/decision-sheet-signed.pdf";
  std::string signed_bytes = ReadFile(signed_sheet);
  // One field: the update fills the sheet's own rather than adding another.
  CHECK(Has(PdfSig(signed_sheet), "Signature #1"));
  CHECK_FALSE(Has(PdfSig(signed_sheet), "Signature #2"));
  // Still tagged: the filled-in widget keeps its place in the structure tree.
  CHECK(Run("/usr/bin/python3 " + ShellQuote(SourcePath("tests/pdf/tagged_pdf_check.py")) + " " +
            ShellQuote(signed_sheet))
            .out == "tagged\n");
  std::vector<double> rect = WidgetRect(signed_bytes.substr(unsigned_bytes.size()));
  CHECK(rect == WidgetRect(unsigned_bytes));

  std::vector<GrayPage> before = Render(sheet), after = Render(signed_sheet);
  REQUIRE(before.size() == after.size());
  const double scale = kDpi / 72;
  size_t changed_page = before.size(), changed_inside = 0, changed_outside = 0;
  for (size_t p = 0; p < before.size(); ++p) {
    REQUIRE(before[p].width == after[p].width);
    REQUIRE(before[p].height == after[p].height);
    double page_height = before[p].height / scale;
    for (int y = 0; y < before[p].height; ++y) {
      for (int x = 0; x < before[p].width; ++x) {
        size_t at = static_cast<size_t>(y) * before[p].width + x;
        if (before[p].pixels[at] == after[p].pixels[at]) continue;
        // A pixel's edge may straddle the rectangle's: one pixel of slack.
        bool inside = x >= std::floor(rect[0] * scale) - 1 && x <= std::ceil(rect[2] * scale) &&
                      y >= std::floor((page_height - rect[3]) * scale) - 1 &&
                      y <= std::ceil((page_height - rect[1]) * scale);
        ++(inside ? changed_inside : changed_outside);
        if (inside) changed_page = p;
      }
    }
  }
  CHECK(changed_outside == 0);
  CHECK(changed_inside > 50);  // the appearance: who signed and when
  REQUIRE(changed_page < before.size());

  // The field is on the sign-off block: under its label, over the chair's name.
  double page_height = before[changed_page].height / scale;
  double top = page_height - rect[3], bottom = page_height - rect[1];
  bool label_above = false, name_below = false;
  for (const auto& [word, box] : WordsOnPage(signed_sheet, changed_page)) {
    label_above =
        label_above || (word == "Chair" && box.second <= top + 1 && box.second > top - 20);
    name_below =
        name_below || (word == "Priya" && box.first >= bottom - 1 && box.first < bottom + 20);
  }
  CHECK(label_above);
  CHECK(name_below);
}

TEST_CASE("a sheet without a signature field, or of a record with errors, is refused") {
  std::string keys = MakeChairKey();
  std::string key = keys + "/chair.p12";
  std::string folder = Build(kExample);
  // Same length, so the file still reads: the catalog no longer names its form.
  std::string bytes = ReadFile(folder + "/decision-sheet.pdf");
  bytes.replace(bytes.find("/AcroForm"), 9, "/AcroFoxm");
  std::string fieldless = MakeTemporaryFolder() + "/fieldless.pdf";
  WriteFile(fieldless, bytes);
  CommandResult refused = Sign(fieldless, key);
  CHECK(refused.exit_code == 1);
  CHECK(Has(refused.err, "the sheet has no signature field on its sign-off block"));

  std::string with_errors = Build(RecordWithErrors(), key);
  std::string draft = with_errors + "/decision-sheet.pdf";
  CHECK(Has(PdfSig(draft), "does not contain any signatures"));
  CHECK_FALSE(Has(ReadFile(draft), "/FT /Sig"));  // no field invites a signature on a draft
  CommandResult draft_refused = Sign(draft, key);
  CHECK(draft_refused.exit_code == 1);
  CHECK(Has(draft_refused.err, "the sheet is a DRAFT"));
}

TEST_CASE("a sheet signed by build --sign is never overwritten by a later build") {
  std::string keys = MakeChairKey();
  std::string out = MakeTemporaryFolder();
  auto build = [&](const std::string& sign) {
    return Run(Sdgen("build" + sign + " " + ShellQuote(kExample) + " -o " + ShellQuote(out)));
  };
  std::string sign = " --sign " + ShellQuote(keys + "/chair.p12");
  REQUIRE(build(sign).exit_code == 0);
  std::string folder = out + "/SD-2026-0417";
  std::string first = ReadFile(folder + "/decision-sheet.pdf");
  REQUIRE(Has(PdfSig(folder + "/decision-sheet.pdf"), "Signature is Valid"));
  CHECK(Run("qpdf --check " + ShellQuote(folder + "/decision-sheet.pdf")).exit_code == 0);

  // Signed again with the same key: the same sheet, kept as it is.
  CommandResult again = build(sign);
  CHECK(again.exit_code == 0);
  CHECK(ReadFile(folder + "/decision-sheet.pdf") == first);
  CHECK(ReadFile(folder + "/decision-sheet-v2.pdf").empty());

  // Without --sign: the signed sheet stays, the unsigned one is v2, and sdgen says so.
  CommandResult unsigned_build = build("");
  CHECK(unsigned_build.exit_code == 0);
  CHECK(Has(unsigned_build.err,
            "note: 'decision-sheet.pdf' is digitally signed and this build "
            "does not make that signed sheet again; the new sheet is "
            "'decision-sheet-v2.pdf' [OUT010]"));
  CHECK(ReadFile(folder + "/decision-sheet.pdf") == first);
  std::string second = ReadFile(folder + "/decision-sheet-v2.pdf");
  CHECK_FALSE(second.empty());
  CHECK_FALSE(Has(second, "/ByteRange"));
  CHECK(Verify(folder + "/decision-sheet-v2.pdf").exit_code == 0);

  // Another key: whatever it makes is not written over the first.
  std::string other = MakeChairKey();
  CHECK(build(" --sign " + ShellQuote(other + "/chair.p12")).exit_code == 0);
  CHECK(ReadFile(folder + "/decision-sheet.pdf") == first);
}
