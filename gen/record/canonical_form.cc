#include "record/canonical_form.h"

#include <cstdio>

#include <openssl/evp.h>

namespace sdgen {
namespace {

class CanonicalWriter {
 public:
  void Line(const std::string& path, const std::string& value) {
    out_ += path + "=" + value + "\n";
  }
  void Visibility(const std::string& path, const sdgen::Visibility& visibility) {
    std::string value = ToString(visibility.share);
    for (const std::string& agency : visibility.agencies) value += " " + agency;
    Line(path + ".share", value);
  }
  void Text(const std::string& path, const sdgen::Text& text) {
    // Collapsed white space: re-indenting a record must not change its
    // fingerprint, and every value stays on one line of the form.
    Line(path, CollapseWhitespace(text.value));
    Visibility(path, text.visibility);
  }
  void Text(const std::string& path, const std::optional<sdgen::Text>& text) {
    if (text) Text(path, *text);
  }
  void Instant(const std::string& path, const Field<DateTime>& field) {
    if (field.value) Line(path, std::to_string(field.value->utc_seconds));
  }
  template <typename E>
  void Enum(const std::string& path, const Field<E>& field) {
    if (field.value) Line(path, ToString(*field.value));
  }
  void Bool(const std::string& path, const Field<bool>& field) {
    if (field.value) Line(path, *field.value ? "yes" : "no");
  }
  void Party(const std::string& path, const PartyRef& ref) {
    if (!ref.id.empty()) Line(path, ref.id);
  }
  void Children(const std::string& path, const ChildRefs& refs) {
    std::string ids;
    for (const Child* child : refs.children) ids += (ids.empty() ? "" : " ") + child->id;
    Line(path, ids);
  }
  std::string& out() { return out_; }

 private:
  std::string out_;
};

void WritePeople(const Record& record, CanonicalWriter& w) {
  for (const Child& c : record.children) {
    std::string p = "child[" + c.id + "]";
    w.Line(p + ".in-hospital", c.in_hospital ? "yes" : "no");
    w.Visibility(p, c.visibility);
    w.Text(p + ".name", c.name);
    w.Text(p + ".known-as", c.known_as);
    if (c.born.value) w.Line(p + ".born", c.born.value->Iso());
    w.Text(p + ".gender", c.gender);
    w.Text(p + ".ethnicity", c.ethnicity);
    w.Text(p + ".first-language", c.first_language);
    w.Text(p + ".school-or-setting", c.school_or_setting);
    w.Text(p + ".needs", c.needs);
    w.Text(p + ".voice", c.voice);
  }
  for (const Person& person : record.people) {
    std::string p = "person[" + person.id + "]";
    w.Enum(p + ".relationship", person.relationship);
    w.Line(p + ".flags", std::string(person.parental_responsibility ? "pr " : "") +
                             (person.works_with_children ? "works-with-children " : "") +
                             (person.alleged ? "alleged" : ""));
    w.Children(p + ".lives-with", person.lives_with);
    w.Visibility(p, person.visibility);
    w.Text(p + ".name", person.name);
    w.Text(p + ".address", person.address);
  }
  for (const Attendee& a : record.attendees) {
    std::string p = "attendee[" + a.id + "]";
    w.Enum(p + ".role", a.role);
    w.Text(p + ".agency", a.agency);
    w.Enum(p + ".present", a.present);
    w.Visibility(p, a.visibility);
    w.Text(p + ".name", a.name);
    w.Text(p + ".job-title", a.job_title);
    if (a.contact) {
      w.Text(p + ".phone", a.contact->phone);
      w.Text(p + ".email", a.contact->email);
    }
  }
}

void WriteStatements(const std::string& path, const std::vector<Statement>& statements,
                     CanonicalWriter& w) {
  for (size_t i = 0; i < statements.size(); ++i) {
    std::string p = path + "[" + std::to_string(i) + "]";
    w.Party(p + ".by", statements[i].by);
    w.Text(p, statements[i].text);
  }
}

void WriteMapping(const Mapping& m, CanonicalWriter& w) {
  WriteStatements("harm", m.harms, w);
  WriteStatements("complicating-factor", m.complicating_factors, w);
  WriteStatements("strength", m.strengths, w);
  WriteStatements("safety", m.safety, w);
  WriteStatements("need-to-know", m.need_to_know, w);
  if (m.danger_statement) {
    w.Children("danger-statement.children", m.danger_statement->children);
    w.Text("danger-statement", m.danger_statement->text);
  }
  if (m.safety_goal) {
    w.Children("safety-goal.children", m.safety_goal->children);
    w.Text("safety-goal", m.safety_goal->text);
  }
  if (!m.scaling) return;
  w.Text("scaling.question", m.scaling->question);
  w.Text("scaling.zero-means", m.scaling->zero_means);
  w.Text("scaling.ten-means", m.scaling->ten_means);
  for (size_t i = 0; i < m.scaling->scores.size(); ++i) {
    const Score& s = m.scaling->scores[i];
    std::string p = "scaling.score[" + std::to_string(i) + "]";
    w.Party(p + ".by", s.by);
    if (s.value.value) w.Line(p + ".value", std::to_string(*s.value.value));
    w.Text(p, s.rationale);
  }
  w.Text("scaling.one-point-higher", m.scaling->one_point_higher);
}

void WriteDecision(const Decision& d, CanonicalWriter& w) {
  w.Enum("decision.outcome", d.outcome);
  w.Enum("decision.threshold", d.threshold);
  w.Text("decision.rationale", d.rationale);
  w.Bool("decision.harm-substantiated", d.harm_substantiated);
  if (d.child_seen) {
    w.Party("decision.child-seen.by", d.child_seen->by);
    w.Instant("decision.child-seen.at", d.child_seen->at);
    w.Text("decision.child-seen", d.child_seen->note);
  }
  for (auto [name, part] : {std::pair{"medical", &d.medical}, {"legal-action", &d.legal_action}}) {
    if (!*part) continue;
    w.Bool(std::string("decision.") + name + ".required", (*part)->required);
    w.Text(std::string("decision.") + name, (*part)->reason);
  }
  w.Text("decision.criminal-investigation", d.criminal_investigation);
  w.Text("decision.family-information", d.family_information);
  w.Text("decision.other-children", d.other_children);
  if (d.lado) {
    w.Bool("decision.lado.involved", d.lado->involved);
    w.Instant("decision.lado.informed", d.lado->informed);
    w.Text("decision.lado", d.lado->note);
  }
  if (d.deferral) {
    w.Text("decision.deferral.reason", d.deferral->reason);
    w.Text("decision.deferral.information-required", d.deferral->information_required);
    w.Instant("decision.deferral.reconvene", d.deferral->reconvene);
    w.Text("decision.deferral.interim-safety-plan", d.deferral->interim_safety_plan);
  }
  w.Text("decision.immediate-protection", d.immediate_protection);
  w.Text("decision.discharge-plan", d.discharge_plan);
}

void WriteActionsAndSignOff(const Record& record, CanonicalWriter& w) {
  for (const Action& a : record.actions) {
    std::string p = "action[" + a.id + "]";
    w.Visibility(p, a.visibility);
    w.Party(p + ".owner", a.owner);
    w.Instant(p + ".due", a.due);
    w.Text(p + ".task", a.task);
    w.Text(p + ".purpose", a.purpose);
  }
  const SignOff& s = record.sign_off;
  for (const Agreement& a : s.agreements) {
    w.Party("agreement.by", a.by);
    w.Enum("agreement.how", a.how);
    w.Instant("agreement.at", a.at);
  }
  for (const Disagreement& d : s.disagreements) {
    w.Party("disagreement.by", d.by);
    w.Instant("disagreement.at", d.at);
    w.Bool("disagreement.escalated", d.escalated);
    w.Text("disagreement", d.reason);
  }
  if (s.signature) {
    w.Party("signature.by", s.signature->by);
    w.Instant("signature.at", s.signature->at);
    w.Text("signature.image", s.signature->image);
  }
  for (const PartyRef& to : record.distribution) w.Party("distribution.to", to);
}

}  // namespace

std::string CanonicalForm(const Record& record) {
  CanonicalWriter w;
  w.Line("sdgen-canonical-record", "1");
  w.Line("id", record.id);
  w.Line("language", record.language);
  w.Text("local-authority", record.local_authority);
  const Meeting& m = record.meeting;
  if (m.form) w.Line("meeting.form", ToString(*m.form));
  w.Instant("meeting.held", m.held);
  w.Instant("meeting.contact-received", m.contact_received);
  w.Enum("meeting.rag", m.rag);
  w.Instant("meeting.mash-enquiry-completed", m.mash_enquiry_completed);
  w.Text("meeting.reason", m.reason);
  w.Text("meeting.timing-rationale", m.timing_rationale);
  w.Text("meeting.previous.id", m.previous_id);
  w.Text("meeting.previous", m.previous_note);
  WritePeople(record, w);
  WriteMapping(record.mapping, w);
  WriteDecision(record.decision, w);
  WriteActionsAndSignOff(record, w);
  for (const sdgen::Text& term : record.accepted_terms) w.Text("accept", term);
  return std::move(w.out());
}

std::string RecordFingerprint(const Record& record) {
  std::string form = CanonicalForm(record);
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  EVP_Digest(form.data(), form.size(), digest, &length, EVP_sha256(), nullptr);
  std::string hex;
  char byte[3];
  for (unsigned int i = 0; i < length; ++i) {
    std::snprintf(byte, sizeof byte, "%02x", digest[i]);
    hex += byte;
  }
  return hex;
}

}  // namespace sdgen
