// A record's xml:lang and a reader's language are written into every
// document's metadata; `xml:lang="en-LANGLEAK-Daniel-Price-alleged"` is
// well-formed BCP 47 and once went there. Only a known language, script and
// region are accepted now.

#include "record/language_tag.h"

#include <catch2/catch.hpp>

#include "hostile_record_support.h"

using namespace sdgen;
using namespace sdgen::test;

TEST_CASE("a language tag that carries words is a located error") {
  for (const char* tag : {"LANGLEAK-Daniel-Price-alleged", "en-LANGLEAK-Daniel-Price-alleged"}) {
    INFO(tag);
    auto read =
        ReadRecordText(SmallRecord("", "It happened.", std::string("xml:lang=\"") + tag + "\""));
    CHECK_FALSE(read->record);
    CHECK(read->First() == std::string("1:52 RD017 'xml:lang' is '") + tag +
                               "', which is not a language tag sdgen accepts");
  }
}

TEST_CASE("a reader's language is checked the same way") {
  auto read = ReadRecordText(SmallRecord(
      R"(<person id="p2" relationship="father" language="cy-x-Daniel"><name>Al</name></person>)"));
  CHECK_FALSE(read->record);
  CHECK(read->First().find("RD017 'language' is 'cy-x-Daniel'") != std::string::npos);
}

TEST_CASE("known languages, scripts and regions are language tags") {
  for (const char* tag : {"en-GB", "cy", "pl", "zh-Hant-TW", "es-419", "fil", "yue-HK", "en-gb"}) {
    INFO(tag);
    CHECK(IsLanguageTag(tag));
  }
}

TEST_CASE("unknown parts, variants, extensions and private use are not") {
  for (const char* tag : {"", "xx", "en-ZZ", "en-Xyzw", "LANGLEAK", "en-Daniel-Price", "de-1996",
                          "en-u-ca-gregory", "en-x-note", "en--GB", "en_GB", "123", "und"}) {
    INFO(tag);
    CHECK_FALSE(IsLanguageTag(tag));
  }
}
