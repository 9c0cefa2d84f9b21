// Hostile or mistaken template folders: what once crashed the checker or ran
// past a minute is a located error (TP017), a document name that could name a
// folder is TP003, and the numbers a template writes have a range.

#include "template/template_limits.h"

#include <catch2/catch.hpp>
#include <chrono>

#include "template_test_support.h"

using sdgen::test::CompileSnippet;
using sdgen::test::SnippetResult;

namespace {

std::string Professionals(const std::string& body, const std::string& document = "t") {
  return "<template document=\"" + document + "\" audience=\"professionals\" title=\"T\">\n" +
         body + "\n</template>\n";
}

std::string Repeated(const std::string& piece, size_t times) {
  std::string out;
  for (size_t i = 0; i < times; ++i) out += piece;
  return out;
}

double SecondsToCompile(const std::string& xml,
                        const std::vector<std::pair<std::string, std::string>>& partials,
                        SnippetResult& result) {
  auto start = std::chrono::steady_clock::now();
  result = CompileSnippet(xml, partials);
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

TEST_CASE("5,000 nested <if> are a located error, not a crash", "[template_limits]") {
  std::string body =
      Repeated("<if has=\"meeting.reason\">", 5000) + "<p>x</p>" + Repeated("</if>", 5000);
  SnippetResult result;
  CHECK(SecondsToCompile(Professionals(body), {}, result) < 10.0);
  CHECK_FALSE(result.compiled);
  CHECK(result.error_count == 1);
  // <template> is 1 deep; the 64th <if> is the 65th element down.
  CHECK_THAT(result.diagnostics,
             Catch::Contains("snippet.xml:2:1577: error: `<if>` is nested 65 elements deep; "
                             "templates nest at most 64 [TP017]"));
}

TEST_CASE("partials that include each other twice over stop at the copy limit",
          "[template_limits]") {
  // partials/p0 includes p1 twice, p1 includes p2 twice, ... : 2^25 copies of p25.
  std::vector<std::pair<std::string, std::string>> partials;
  for (int i = 0; i < 25; ++i) {
    std::string next = "<include template=\"partials/p" + std::to_string(i + 1) + "\"/>";
    partials.push_back(
        {"partials/p" + std::to_string(i) + ".xml", "<partial>" + next + next + "</partial>"});
  }
  partials.push_back({"partials/p25.xml", "<partial><p>x</p></partial>"});
  SnippetResult result;
  CHECK(SecondsToCompile(Professionals("<include template=\"partials/p0\"/>"), partials, result) <
        10.0);
  CHECK_FALSE(result.compiled);
  CHECK(result.error_count == 1);
  CHECK_THAT(result.diagnostics,
             Catch::Contains("error: the template is made of more than 1000 included partials, "
                             "counting every copy [TP017]"));
}

TEST_CASE("nesting counts through included partials", "[template_limits]") {
  // Each partial is 40 deep and fine alone; two inside one another are not.
  std::string deep = Repeated("<if has=\"meeting.reason\">", 38);
  std::string closing = Repeated("</if>", 38);
  std::vector<std::pair<std::string, std::string>> partials = {
      {"partials/outer.xml",
       "<partial>" + deep + "<include template=\"partials/inner\"/>" + closing + "</partial>"},
      {"partials/inner.xml", "<partial>" + deep + "<p>x</p>" + closing + "</partial>"}};
  SnippetResult result =
      CompileSnippet(Professionals("<include template=\"partials/outer\"/>"), partials);
  CHECK_FALSE(result.compiled);
  CHECK_THAT(result.diagnostics,
             Catch::Contains("the template is nested more than 64 elements deep, counting the "
                             "partials it includes [TP017]"));
}

TEST_CASE("an element with hundreds of attributes is refused", "[template_limits]") {
  std::string attributes;
  for (int i = 0; i < 300; ++i) attributes += " a" + std::to_string(i) + "=\"1\"";
  SnippetResult result = CompileSnippet(Professionals("<p" + attributes + ">x</p>"));
  CHECK_FALSE(result.compiled);
  CHECK(result.error_count == 1);
  CHECK_THAT(result.diagnostics,
             Catch::Contains("snippet.xml:2:2: error: `<p>` has 300 attributes; an element of a "
                             "template has at most 32 [TP017]"));
}

TEST_CASE("an attribute written twice in a template is an error", "[template_limits]") {
  SnippetResult result = CompileSnippet(Professionals("<p kind=\"lead\" kind=\"small\">x</p>"));
  CHECK_FALSE(result.compiled);
  CHECK_THAT(result.diagnostics,
             Catch::Contains("snippet.xml:2:22: error: `<p>` has `kind` twice [TP003]"));
}

TEST_CASE("a document name that could name a folder is an error", "[template_limits]") {
  for (const char* name : {"../..", "a/b", "", "letter.pdf", "-x"}) {
    INFO(name);
    SnippetResult result = CompileSnippet(Professionals("<p>x</p>", name));
    CHECK_FALSE(result.compiled);
    CHECK_THAT(result.diagnostics,
               Catch::Contains(std::string("snippet.xml:1:21: error: document name `") + name +
                               "` is not a token: it names the output file"));
  }
  CHECK(CompileSnippet(Professionals("<p>x</p>", "family-letter_2")).compiled);
}

TEST_CASE("numbers in a template have a range", "[template_limits]") {
  for (const char* widths : {"inf 1", "1e308 1", "-1 1", "0 1", "nan", "2x"}) {
    INFO(widths);
    SnippetResult result =
        CompileSnippet(Professionals(std::string("<table widths=\"") + widths +
                                     "\"><row><cell>a</cell><cell>b</cell></row></table>"));
    CHECK_FALSE(result.compiled);
    CHECK_THAT(result.diagnostics, Catch::Contains("is not a number from 0.01 to 1000 [TP003]"));
  }
  for (const char* width : {"1e9", "nan", "-5", "0", "wide"}) {
    INFO(width);
    SnippetResult result = CompileSnippet(
        Professionals(std::string("<picture name=\"worries\" width=\"") + width + "\"/>"));
    CHECK_FALSE(result.compiled);
    CHECK_THAT(result.diagnostics,
               Catch::Contains("is not a number of points from 1 to 2000 [TP003]"));
  }
  CHECK(CompileSnippet(Professionals("<table widths=\"3 1.5\"><row><cell>a</cell><cell>b</cell>"
                                     "</row></table><picture name=\"worries\" width=\"120\"/>"))
            .compiled);
}
