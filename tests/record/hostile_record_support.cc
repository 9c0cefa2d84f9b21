#include "hostile_record_support.h"

namespace sdgen::test {

std::string SmallRecord(const std::string& people, const std::string& harm,
                        const std::string& root_attributes) {
  return R"(<strategy-discussion id="T-3" format="2" )" + root_attributes + R"(>
  <local-authority>Test Council</local-authority>
  <meeting form="meeting"><held>2026-11-16T09:30:00+00:00</held>
    <contact-received>2026-11-15T16:05:00+00:00</contact-received><rag rating="green"/>
    <reason>A test.</reason></meeting>
  <children><child id="c1"><name>Ana Lane</name></child></children>
  <people>
    <person id="p1" relationship="mother" parental-responsibility="yes" lives-with="c1" alleged="no"><name>Jo Lane</name></person>)" +
         people + R"(
  </people>
  <attendees><attendee id="a1" role="chair" agency="Children's Social Care" present="yes"><name>Sam</name></attendee></attendees>
  <mapping><worried-about><harm by="a1" share="family">)" +
         harm + R"(</harm></worried-about></mapping>
  <decision outcome="referral" threshold="not-met"></decision>
</strategy-discussion>
)";
}

std::string ReadResult::First() const {
  if (diagnostics.all().empty()) return "";
  const Diagnostic& d = diagnostics.all()[0];
  LineColumn at = file->Locate(d.where.offset);
  return std::to_string(at.line) + ":" + std::to_string(at.column) + " " + d.rule + " " + d.message;
}

std::unique_ptr<ReadResult> ReadRecordText(const std::string& xml) {
  auto read = std::make_unique<ReadResult>();
  read->file = std::make_unique<SourceFile>("r.xml", xml);
  RecordReader reader(read->diagnostics);
  read->record = reader.Read(*read->file);
  read->unreadable = reader.unreadable();
  read->diagnostics.SortByLocation();
  return read;
}

}  // namespace sdgen::test
