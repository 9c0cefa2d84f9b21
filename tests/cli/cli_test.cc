// Command transcripts: the real binary, what it prints and how it exits.

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "command_run.h"
#include "test_paths.h"

using namespace sdgen::test;

namespace {

CommandResult Sdgen(const std::string& arguments) {
  return RunCommand(ShellQuote(BinaryPath()) + " " + arguments);
}

std::string Bad(const std::string& name) { return ShellQuote(SourcePath("fixtures/bad/" + name)); }

// Parses JSON with Python's own parser and runs a check on it.
CommandResult CheckJson(const std::string& json, const std::string& python_condition) {
  std::string folder = MakeTemporaryFolder();
  std::string path = folder + "/output.json";
  FILE* file = std::fopen(path.c_str(), "w");
  std::fwrite(json.data(), 1, json.size(), file);
  std::fclose(file);
  return RunCommand("/usr/bin/python3 -c " +
                    ShellQuote("import json,sys; d=json.load(open(sys.argv[1])); "
                               "sys.exit(0 if (" +
                               python_condition + ") else 1)") +
                    " " + ShellQuote(path));
}

}  // namespace

TEST_CASE("sdgen prints its version and help") {
  CommandResult version = Sdgen("--version");
  CHECK(version.exit_code == 0);
  CHECK(version.out.rfind("sdgen ", 0) == 0);
  CommandResult help = Sdgen("--help");
  CHECK(help.exit_code == 0);
  CHECK(help.out.find("check") != std::string::npos);
  CommandResult nothing = Sdgen("");
  CHECK(nothing.exit_code == 2);
  CHECK(nothing.err.find("usage: sdgen") != std::string::npos);
}

TEST_CASE("help for one command") {
  CommandResult help = Sdgen("help check");
  CHECK(help.exit_code == 0);
  CHECK(help.out.find("usage: sdgen check") != std::string::npos);
  CHECK(help.out.find("Exit status") != std::string::npos);
  CHECK(Sdgen("check --help").out == help.out);
  CHECK(Sdgen("help nosuch").exit_code == 2);
}

TEST_CASE("schema prints the element table and takes no arguments") {
  CommandResult table = Sdgen("schema");
  CHECK(table.exit_code == 0);
  CHECK(table.out.rfind("| path | kind | required |", 0) == 0);
  CHECK(table.err.empty());
  CommandResult extra = Sdgen("schema --markdown");
  CHECK(extra.exit_code == 2);
  CHECK(extra.err.rfind("sdgen schema: unexpected --markdown\nusage: sdgen schema\n", 0) == 0);
  CHECK(Sdgen("help schema").out.rfind("usage: sdgen schema\n", 0) == 0);
}

TEST_CASE("unknown commands and options are refused") {
  CommandResult unknown = Sdgen("chekc x.xml");
  CHECK(unknown.exit_code == 2);
  CHECK(unknown.err == "sdgen: unknown command 'chekc'; see `sdgen --help`\n");
  CommandResult format = Sdgen("--diagnostics yaml check x.xml");
  CHECK(format.exit_code == 2);
  CHECK(format.err.find("unknown diagnostics format 'yaml'") != std::string::npos);
}

TEST_CASE("check exits 0, 1 or 2") {
  CHECK(Sdgen("check " + ShellQuote(SharedPath("spec/example-record.xml"))).exit_code == 0);
  CHECK(Sdgen("check " + Bad("dangling-id.xml")).exit_code == 1);
  CHECK(Sdgen("check " + Bad("malformed-xml.xml")).exit_code == 2);
  CHECK(Sdgen("check /no/such/record.xml").exit_code == 2);
  // Several files: the worst status wins and every file is reported.
  CommandResult both = Sdgen("check " + Bad("dangling-id.xml") + " " + Bad("missing-field.xml"));
  CHECK(both.exit_code == 1);
  CHECK(both.err.find("[RD006]") != std::string::npos);
  CHECK(both.err.find("[RD012]") != std::string::npos);
  CHECK(both.err.find("2 errors and 0 warnings") != std::string::npos);
}

TEST_CASE("text diagnostics show the source line, a caret and the suggestion") {
  CommandResult result = Sdgen("check " + Bad("enum-outside-list.xml"));
  CHECK(result.err.find("    <decision outcome=\"s48\" threshold=\"not-met\">\n"
                        "                       ^\n"
                        "  suggestion: did you mean 's47'?\n") != std::string::npos);
}

TEST_CASE("JSON diagnostics carry file, line, column, rule and suggestion") {
  CommandResult result = Sdgen("--diagnostics json check " + Bad("enum-outside-list.xml"));
  CHECK(result.exit_code == 1);
  CHECK(result.err.empty());
  CHECK(CheckJson(result.out,
                  "[x for x in d if x['rule']=='RD008'][0]['line']==38 and "
                  "[x for x in d if x['rule']=='RD008'][0]['column']==22 and "
                  "[x for x in d if x['rule']=='RD008'][0]['severity']=='error' and "
                  "[x for x in d if x['rule']=='RD008'][0]['suggestion']==\"did you mean 's47'?\"")
            .exit_code == 0);
}

TEST_CASE("SARIF 2.1.0 output names the tool, the rules and the regions") {
  CommandResult result = Sdgen("check --diagnostics=sarif " + Bad("duplicate-id.xml"));
  CHECK(result.exit_code == 1);
  CHECK(CheckJson(result.out,
                  "d['version']=='2.1.0' and d['runs'][0]['tool']['driver']['name']=='sdgen' and "
                  "{'RD006','RD007'} <= {r['id'] for r in d['runs'][0]['tool']['driver']['rules']} "
                  "and any(r['ruleId']=='RD007' and r['level']=='error' and "
                  "r['locations'][0]['physicalLocation']['region']['startLine']==27 and "
                  "len(r['relatedLocations'])==1 for r in d['runs'][0]['results'])")
            .exit_code == 0);
}

TEST_CASE("check --plain-language finds jargon at its exact place in the record") {
  std::string example = ShellQuote(SharedPath("spec/example-record.xml"));
  CommandResult plain = Sdgen("check " + example);
  CHECK(plain.exit_code == 0);
  CHECK(plain.err.find("[PL") == std::string::npos);
  CommandResult result = Sdgen("check --plain-language " + example);
  CHECK(result.exit_code == 1);
  // A family-shared action: an error, with the plain words to use instead.
  CHECK(result.err.find("example-record.xml:96:199: error: 'section 47 enquiry' is jargon; say "
                        "'a child protection enquiry, where we find out if a child has been "
                        "harmed' [PL001]") != std::string::npos);
  // A professionals-only text: a warning.
  CHECK(result.err.find("example-record.xml:84:244: warning: 'significant harm' is jargon") !=
        std::string::npos);
  // Agency names are labels, not statements.
  CHECK(result.err.find("'Children's Social Care'") == std::string::npos);
}

TEST_CASE("templates check reads a partial as the family reads it when a family template uses it") {
  std::string council = MakeTemporaryFolder();
  std::filesystem::create_directory(council + "/partials");
  auto write = [&](const std::string& name, const char* text) {
    std::ofstream(council + "/" + name) << text;
  };
  write("note.xml",
        "<template document=\"note\" audience=\"family\" once-per=\"parent\" title=\"A note\">\n"
        "  <include template=\"partials/contact\"/>\n"
        "</template>\n");
  write("memo.xml",
        "<template document=\"memo\" audience=\"professionals\" title=\"A memo\">\n"
        "  <include template=\"partials/office\"/>\n"
        "</template>\n");
  write("partials/contact.xml", "<partial>\n  <p>The LADO will phone you.</p>\n</partial>\n");
  // The DSL, not the LADO: professionals may name the LADO (templates/plain-language-accept.txt).
  write("partials/office.xml", "<partial>\n  <p>Tell the DSL.</p>\n</partial>\n");
  CommandResult result = Sdgen("templates check " + ShellQuote(council));
  CHECK(result.exit_code == 1);
  CHECK(result.err.find(council + "/partials/contact.xml:2:10: error: 'LADO' is jargon") !=
        std::string::npos);
  CHECK(result.err.find(council + "/partials/office.xml:2:15: warning: 'DSL' is jargon") !=
        std::string::npos);
}

TEST_CASE("templates check: a glossary explains terms families must learn") {
  std::string council = MakeTemporaryFolder();
  auto write = [&](const std::string& name, const std::string& body) {
    std::ofstream(council + "/" + name)
        << "<template document=\"" << name.substr(0, name.size() - 4)
        << "\" audience=\"family\" once-per=\"parent\" title=\"A note\">\n"
        << body << "</template>\n";
  };
  write("with.xml",
        "  <p>We will start a section 47 enquiry.</p>\n  <glossary title=\"Words\"/>\n");
  write("without.xml", "  <p>We will start a section 47 enquiry.</p>\n");
  write("explained.xml", "  <p>We start a section 47 enquiry (this means we find out).</p>\n");
  CommandResult result = Sdgen("templates check " + ShellQuote(council));
  // Only line 2 holds words; line 1 has a note that the Welsh templates lack the document.
  CHECK(result.err.find(council + "/with.xml:2:") == std::string::npos);
  CHECK(result.err.find(council + "/explained.xml:2:") == std::string::npos);
  CHECK(result.err.find(council + "/without.xml:2:22: error: 'section 47 enquiry' is jargon") !=
        std::string::npos);
}

TEST_CASE("templates check keeps the professionals' accepted terms out of family text") {
  std::string council = MakeTemporaryFolder();
  std::ofstream(council + "/memo.xml")
      << "<template document=\"memo\" audience=\"professionals\" title=\"A memo\">\n"
         "  <p>Follow the escalation procedure.</p>\n</template>\n";
  std::ofstream(council + "/note.xml")
      << "<template document=\"note\" audience=\"family\" once-per=\"parent\" title=\"A "
         "note\">\n  <p>Follow the escalation procedure.</p>\n</template>\n";
  CommandResult result = Sdgen("templates check " + ShellQuote(council));
  // The shipped templates/plain-language-accept.txt keeps it for professionals only.
  CHECK(result.err.find(council + "/memo.xml") == std::string::npos);
  CHECK(result.err.find(council + "/note.xml:2:17: error: 'escalation procedure' is jargon") !=
        std::string::npos);
}

TEST_CASE("templates check scores a family template against the style's reading age") {
  std::string council = MakeTemporaryFolder();
  std::ofstream(council + "/note.xml")
      << "<template document=\"note\" audience=\"family\" once-per=\"parent\" title=\"A "
         "note\">\n  <p>Unfortunately, considerable organisational responsibilities necessitated "
         "additional consideration regarding appropriate arrangements.</p>\n</template>\n";
  CommandResult letter = Sdgen("templates check " + ShellQuote(council));
  CHECK(letter.err.find(council + "/note.xml:2:6: warning: this text needs a reading age of") !=
        std::string::npos);
  CHECK(letter.err.find("the target is 9.0 [PL010]") != std::string::npos);
  // A council style that gives this document a target of 60 years.
  std::string style = MakeTemporaryFolder();
  std::ifstream in(SourcePath("styles/default/style.xml"));
  std::ostringstream read;
  read << in.rdbuf();
  std::string shipped = read.str();
  const std::string marker = "<reading-age document=\"family-letter\">";
  size_t at = shipped.find(marker);
  REQUIRE(at != std::string::npos);
  shipped.insert(at, "<reading-age document=\"note\">60</reading-age>\n  ");
  std::ofstream(style + "/style.xml") << shipped;
  CommandResult styled =
      Sdgen("templates check --style " + ShellQuote(style) + " " + ShellQuote(council));
  CHECK(styled.err.find(council + "/note.xml:2:6: warning: this text needs a reading age") ==
        std::string::npos);
}

TEST_CASE("templates check reads a council's own wording like record text") {
  std::string council = MakeTemporaryFolder();
  FILE* file = std::fopen((council + "/note.xml").c_str(), "w");
  std::fputs(
      "<template document=\"note\" audience=\"family\" once-per=\"parent\" title=\"A note\">\n"
      "  <p>The LADO will phone you.</p>\n"
      "</template>\n",
      file);
  std::fclose(file);
  CommandResult result = Sdgen("templates check " + ShellQuote(council));
  CHECK(result.exit_code == 1);
  CHECK(result.err.find(council + "/note.xml:2:10: error: 'LADO' is") != std::string::npos);
  CHECK(result.err.find("[PL001]") != std::string::npos);
  // The shipped templates have no errors of their own.
  // The shipped letter has no warnings either: its own words read at its target age.
  CHECK(result.err.find("templates/family-letter.xml") == std::string::npos);
  CHECK(result.err.find("templates/partials/letter-") == std::string::npos);
  CHECK(result.err.find("1 error and") != std::string::npos);
}
