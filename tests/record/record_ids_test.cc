// Ids become parts of output file names (`letter-p1.pdf`), so they are
// tokens: `x/../../../PWNED` once wrote a letter outside the output folder.
// Ids too alike to tell apart (`p1`, `P1`, `p-1`) are refused as well.

#include <catch2/catch.hpp>

#include "hostile_record_support.h"
#include "record/id_token.h"

using namespace sdgen;
using namespace sdgen::test;

TEST_CASE("an id that could name a folder is a located error") {
  auto read = ReadRecordText(SmallRecord(
      R"(<person id="x/../../../PWNED" relationship="father" parental-responsibility="yes" lives-with="c1" alleged="no"><name>Al</name></person>)"));
  CHECK_FALSE(read->record);
  CHECK(read->First() ==
        "8:143 RD010 id 'x/../../../PWNED' is not a token: output file names are made from ids, "
        "so an id is a letter, then letters, digits, '-' and '_', up to 64 characters");
}

TEST_CASE("ids that differ only in case or punctuation are refused, naming the first") {
  for (const char* alike : {"P1", "p-1", "p_1"}) {
    INFO(alike);
    auto read = ReadRecordText(SmallRecord(std::string("<person id=\"") + alike +
                                           R"(" relationship="other"><name>Al</name></person>)"));
    CHECK_FALSE(read->record);
    REQUIRE(read->diagnostics.all().size() == 1);
    const Diagnostic& diagnostic = read->diagnostics.all()[0];
    CHECK(diagnostic.rule == "RD007");
    CHECK(diagnostic.message == std::string("id '") + alike +
                                    "' differs from 'p1' only in case or punctuation; ids must "
                                    "differ in their letters or digits");
    REQUIRE(diagnostic.related.size() == 1);
    CHECK(read->file->Locate(diagnostic.related[0].where.offset).line == 8);
  }
}

TEST_CASE("ids are ASCII tokens that start with a letter") {
  for (const char* id : {"c1", "p12", "a_1", "x-10", "Attendee-Two"}) {
    INFO(id);
    CHECK(IsIdToken(id));
  }
  for (const char* id : {"", "1c", "-a", "_a", "a/b", "..", "a.b", "a b", "ś1", "a\\b", "a\x1b"}) {
    INFO(id);
    CHECK_FALSE(IsIdToken(id));
  }
  CHECK(IsIdToken(std::string(kMaxIdTokenLength, 'a')));
  CHECK_FALSE(IsIdToken(std::string(kMaxIdTokenLength + 1, 'a')));
}

TEST_CASE("an id's key leaves out case and punctuation") {
  CHECK(IdTokenKey("A-B") == "ab");
  CHECK(IdTokenKey("a_b") == "ab");
  CHECK(IdTokenKey("ab") == "ab");
  CHECK(IdTokenKey("c10") != IdTokenKey("c1"));
}
