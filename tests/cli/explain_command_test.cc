// `sdgen explain` and `sdgen rules` for every code sdgen can print, the
// docs page made from the same table, and SARIF's rule help and offsets.

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>

#include "command_run.h"
#include "test_paths.h"

using namespace sdgen::test;
namespace fs = std::filesystem;

namespace {

CommandResult Sdgen(const std::string& arguments) {
  return RunCommand(ShellQuote(BinaryPath()) + " " + arguments);
}

// Every code written anywhere in the sources under gen/: "RD006", "OUT007"...
// A new code is found here the moment it is written, explained or not.
std::set<std::string> CodesInSources() {
  std::set<std::string> codes;
  std::regex code("\\b(RD|TP|ST|PL|BH|SD|OUT|PDF)[0-9]{3}\\b");
  for (const auto& entry : fs::recursive_directory_iterator(SourcePath("gen"))) {
    std::string extension = entry.path().extension().string();
    if (extension != ".cc" && extension != ".h") continue;
    std::string text = ReadFile(entry.path().string());
    for (auto it = std::sregex_iterator(text.begin(), text.end(), code);
         it != std::sregex_iterator(); ++it)
      codes.insert(it->str());
  }
  return codes;
}

}  // namespace

TEST_CASE("sdgen explain says what a code means, why, and how to fix it") {
  CommandResult result = Sdgen("explain rd006");
  CHECK(result.exit_code == 0);
  CHECK(result.err.empty());
  CHECK(result.out ==
        "RD006 (error): a reference names no id, or an id of the wrong kind\n"
        "\n"
        "What it means: An attribute that refers to someone (`by`, `owner`, `children`,\n"
        "`lives-with`, `for`, `to`) names an id that no attendee, person or child has,\n"
        "or one of the wrong kind.\n"
        "\n"
        "Why: Documents print the names these ids lead to; a dangling reference would\n"
        "print nobody, or the wrong person.\n"
        "\n"
        "How to fix it: Use the id of the right attendee, person or child; the\n"
        "suggestion names the nearest one.\n"
        "\n"
        "More: docs/codes.md#rd006\n");
  CommandResult unknown = Sdgen("explain XX999");
  CHECK(unknown.exit_code == 1);
  CHECK(unknown.err == "sdgen explain: 'XX999' is not a code sdgen prints; see `sdgen explain`\n");
  CHECK(Sdgen("explain --bogus").exit_code == 2);
  CommandResult list = Sdgen("explain");
  CHECK(list.exit_code == 0);
  CHECK_THAT(list.out, Catch::Contains("OUT009  two records of one build have the same id\n"));
}

TEST_CASE("sdgen rules explains every code family, not only the practice rules") {
  for (const char* code : {"RD006", "TP012", "ST003", "PL001", "BH001", "OUT007", "PDF001"}) {
    INFO(code);
    CommandResult rules = Sdgen(std::string("rules ") + code);
    CHECK(rules.exit_code == 0);
    CHECK(rules.out == Sdgen(std::string("explain ") + code).out);
  }
  // The practice rules keep their own short form, with the guidance.
  CHECK(Sdgen("rules SD004").out ==
        "SD004  warning  a social worker, a manager or chair, police and health take part\n"
        "  guidance: multi-agency audit of strategy discussions\n");
  CHECK_THAT(Sdgen("explain SD004").out,
             Catch::StartsWith("SD004 (warning): a social worker, a manager or chair, police "
                               "and health take\npart\n\nWhat it means: A practice rule: "));
}

TEST_CASE("every code the sources can print has an explanation") {
  std::set<std::string> codes = CodesInSources();
  REQUIRE(codes.count("RD006"));
  REQUIRE(codes.count("OUT009"));
  REQUIRE(codes.count("SD029"));
  std::string all;
  for (const std::string& code : codes) all += " " + code;
  CommandResult result = Sdgen("explain" + all);
  INFO("codes written in gen/ with no explanation in gen/cli/code_explanations.cc:\n"
       << result.err);
  CHECK(result.exit_code == 0);
  CHECK(result.err.empty());
}

TEST_CASE("docs/codes.md is what sdgen explain --markdown prints") {
  CommandResult result = Sdgen("explain --markdown");
  CHECK(result.exit_code == 0);
  INFO("run: build/sdgen explain --markdown > docs/codes.md");
  CHECK(ReadFile(SourcePath("docs/codes.md")) == result.out);
  for (const std::string& code : CodesInSources()) {
    std::string lower = code;
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    INFO(code);
    CHECK_THAT(result.out, Catch::Contains("<a id=\"" + lower + "\"></a>\n## " + code + " ("));
  }
}

TEST_CASE("SARIF rules carry a description and help, and offsets count code points") {
  // A dangling reference after "Siân" and "Łucja": bytes and code points differ.
  std::string xml = ReadFile(SharedPath("spec/example-record-format2.xml"));
  size_t at = xml.find("<harm by=\"a5\"");
  REQUIRE(at != std::string::npos);
  xml.replace(at, 13, "<harm by=\"a9\"");
  std::string folder = MakeTemporaryFolder();
  std::string record = folder + "/record.xml";
  std::ofstream(record, std::ios::binary) << xml;
  CommandResult result = Sdgen("--diagnostics sarif check " + ShellQuote(record));
  CHECK(result.exit_code == 1);
  std::ofstream(folder + "/log.sarif", std::ios::binary) << result.out;
  // Python reads the record as text: its string index is a code point index.
  CommandResult checked = RunCommand(
      "/usr/bin/python3 -c " +
      ShellQuote(
          "import json,sys\n"
          "d=json.load(open(sys.argv[1])); text=open(sys.argv[2],encoding='utf-8').read()\n"
          "run=d['runs'][0]\n"
          "rules={r['id']:r for r in run['tool']['driver']['rules']}\n"
          "assert rules['RD006']['shortDescription']['text']=="
          "'a reference names no id, or an id of the wrong kind', rules['RD006']\n"
          "assert rules['RD006']['helpUri']=='docs/codes.md#rd006', rules['RD006']\n"
          "assert run['columnKind']=='unicodeCodePoints'\n"
          "r=[r for r in run['results'] if r['ruleId']=='RD006'][0]\n"
          "region=r['locations'][0]['physicalLocation']['region']\n"
          "lines=text.split('\\n')\n"
          "start=sum(len(l)+1 for l in lines[:region['startLine']-1])+region['startColumn']-1\n"
          "assert region['charOffset']==start, (region, start)\n"
          "assert text[start:start+2]=='a9', text[start:start+10]\n"
          "assert len(text[:start].encode('utf-8'))!=start\n") +
      " " + ShellQuote(folder + "/log.sarif") + " " + ShellQuote(record));
  INFO(checked.err);
  CHECK(checked.exit_code == 0);
  fs::remove_all(folder);
}
