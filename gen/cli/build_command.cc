#include "cli/build_command.h"

#include <algorithm>
#include <cstdlib>
#include <deque>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <set>

#include "checks/hidden_names.h"
#include "checks/practice_rule.h"
#include "checks/withheld_documents.h"
#include "cli/build_report.h"
#include "cli/build_signing.h"
#include "cli/calendar_setup.h"
#include "cli/chair_key.h"
#include "cli/command_options.h"
#include "cli/council_folders.h"
#include "cli/diagnostic_output.h"
#include "cli/document_writers.h"
#include "cli/writer_pool.h"
#include "cli/input_file.h"
#include "cli/output_folder_lock.h"
#include "cli/staged_folder.h"
#include "cli/output_manifest.h"
#include "cli/output_path.h"
#include "cli/plain_language_setup.h"
#include "cli/record_render_inputs.h"
#include "cli/template_text_finder.h"
#include "cli/verification_code_reader.h"
#include "language/family_document_check.h"
#include "pdf/same_signed_sheet.h"
#include "pdf/signature_check.h"
#include "record/family_readers.h"
#include "record/record_reader.h"
#include "template/document_builder.h"

namespace sdgen::cli {
namespace {

constexpr const char* kUsage =
    "usage: sdgen build [--quiet] [--jobs N] [--templates DIR] [--style DIR]\n"
    "                   [--sign CHAIR.p12] -o OUT RECORD.xml...\n";

struct BuildOptions {
  std::string out;
  bool quiet = false;
  unsigned jobs = WriterPool::DefaultJobs();
  CouncilFolders folders;
  std::vector<std::string> records;
  std::string sign_key;                       ///< --sign: the chair's PKCS#12 file
  const pdf::CmsSigner* chair_key = nullptr;  ///< opened from sign_key
};

// Fills `options` from the arguments and the shipped folders in `data`; false
// (after saying why) on a mistake.
bool ParseOptions(const std::vector<std::string>& args, const DataLocation& data,
                  BuildOptions& options, std::ostream& err) {
  CommandOptions parsed;
  std::string error;
  if (!parsed.Parse("build",
                    {{"-o", "OUT"}, {"--templates", "DIR"}, {"--style", "DIR"},
                     {"--quiet", nullptr}, {"-q", nullptr}, {"--jobs", "N"},
                     {"--sign", "CHAIR.p12"}},
                    args, error)) {
    err << error << "\n" << kUsage;
    return false;
  }
  options.out = parsed.Last("-o");
  options.quiet = parsed.Has("--quiet") || parsed.Has("-q");
  if (parsed.Has("--jobs")) {
    const std::string jobs = parsed.Last("--jobs");
    char* end = nullptr;
    unsigned long count = std::strtoul(jobs.c_str(), &end, 10);
    if (jobs.empty() || *end != '\0' || count < 1 || count > 64) {
      err << "sdgen build: --jobs takes a whole number from 1 to 64, not '" << jobs << "'\n";
      return false;
    }
    options.jobs = static_cast<unsigned>(count);
  }
  options.sign_key = parsed.Last("--sign");
  options.records = parsed.operands();
  if (options.out.empty() || options.records.empty()) {
    err << "sdgen build: " << (options.out.empty() ? "no output folder (-o)" : "no record given")
        << "\n"
        << kUsage;
    return false;
  }
  if (!ReadCouncilFolders("build", parsed, data, options.folders, error)) {
    err << error << "\n";
    return false;
  }
  return true;
}

// Builds the records one by one with templates compiled once.
class BuildRun {
 public:
  BuildRun(const BuildOptions& options, DocumentBuilder& builder, DiagnosticList& diagnostics)
      : options_(options),
        builder_(builder),
        diagnostics_(diagnostics),
        calendar_(LoadWorkingCalendar(options.folders, files_, diagnostics)),
        template_files_(options.folders.templates),
        template_text_(template_files_),
        writers_(options.jobs) {
    std::string error;
    language_ready_ = language_.Load(options.folders, {}, files_, diagnostics, &error);
    if (!language_ready_ && !error.empty())
      diagnostics.Warning({}, "PL022", "documents get no glossary: " + error);
    setup_files_ = files_.size();
  }

  /// Builds one record and says what became of it. False when it could not be read at all.
  bool BuildRecord(const std::string& path, BuildReport& report) {
    RecordOutcome outcome;
    outcome.record_path = path;
    bool readable = ReadAndWrite(path, outcome);
    report.Finished(outcome);
    return readable;
  }

  /// Lets go of the records' texts once their findings are printed, so a
  /// batch's memory does not grow with it. The style's files stay.
  void ReleaseRecordFiles() {
    while (files_.size() > setup_files_) files_.pop_back();
  }

 private:
  // A document the build may write, before its files are made.
  struct Candidate {
    RenderedDocument rendered;
    bool drafted_before_gate = false;
    DiagnosticList gate;  // reported only if the document is written
  };

  // One document ready to be written: its files' names and bytes.
  struct PendingDocument {
    std::string name;
    bool family = false;
    bool is_signed = false;  // a signed sheet is never listed for removal
    std::vector<std::pair<std::string, std::string>> files;  // file name, bytes
  };

  bool ReadAndWrite(const std::string& path, RecordOutcome& outcome) {
    std::string text, error;
    InputFileStatus status = ReadInputFile(path, kMaxRecordBytes, &text, &error);
    const SourceFile& file = files_.emplace_back(path, std::move(text));
    if (status != InputFileStatus::kRead) {
      diagnostics_.Error({&file, 0}, status == InputFileStatus::kTooLarge ? "RD011" : "RD000",
                         error);
      outcome.nothing_written = "the record cannot be read: " + error;
      ForgetEarlierFamilyDocuments(file, outcome);
      return false;
    }
    DiagnosticList record_diagnostics;
    RecordReader reader(record_diagnostics);
    std::optional<Record> record = reader.Read(file);
    if (record) RunPracticeRules(*record, calendar_, record_diagnostics);
    bool has_errors = record_diagnostics.HasErrors();
    for (const Diagnostic& diagnostic : record_diagnostics.all()) diagnostics_.Report(diagnostic);
    if (!record) {
      outcome.nothing_written = reader.unreadable() ? "the record cannot be read"
                                                    : "the record has errors no document can pass over";
      if (const Diagnostic* first = FirstError(record_diagnostics))
        outcome.nothing_written += ": " + first->message + " [" + first->rule + "]";
      ForgetEarlierFamilyDocuments(file, outcome);
      return !reader.unreadable();
    }
    if (!FirstWithItsId(*record, outcome)) return true;
    RenderInputs inputs = RecordRenderInputs(*record, has_errors, builder_.style().deadlines,
                                             calendar_, language_ready_ ? &language_ : nullptr);
    gate_checkers_.clear();  // they accept the record's own terms
    WriteDocuments(*record, inputs, outcome);
    return true;
  }

  static const Diagnostic* FirstError(const DiagnosticList& diagnostics) {
    for (const Diagnostic& diagnostic : diagnostics.all())
      if (diagnostic.severity == Severity::kError) return &diagnostic;
    return nullptr;
  }

  // What a later record's OUT009 needs of this one once its text is let go:
  // its path and the lines up to its root element's, for the note.
  const SourceFile& Keep(const Record& record) {
    const std::string& text = record.source->text();
    size_t line_end = text.find('\n', record.where.offset);
    return kept_.emplace_back(record.source->path(), text.substr(0, line_end));
  }

  // Two records of one batch with the same output folder would overwrite each
  // other's documents: the second is refused, and the first stands.
  bool FirstWithItsId(const Record& record, RecordOutcome& outcome) {
    auto [first, inserted] =
        built_.emplace(record.OutputName(), SourceLocation{&Keep(record), record.where.offset});
    if (inserted) return true;
    const SourceLocation& earlier = first->second;
    diagnostics_.Report({Severity::kError,
                         {record.source, record.where.offset},
                         "OUT009",
                         "record '" + record.id + "' has the same output folder as " +
                             earlier.file->path() + ", built earlier in this run; nothing of "
                             "this record is written, so that neither overwrites the other",
                         "give each record its own id, or build them in separate runs",
                         {{earlier, "the record built first"}}});
    outcome.nothing_written = "its documents would overwrite those of " + earlier.file->path() +
                              ", which has the same id [OUT009]";
    return false;
  }

  // Renders every document in every format in memory first, so that a
  // failing writer leaves no file of this record behind.
  void WriteDocuments(const Record& record, const RenderInputs& inputs, RecordOutcome& outcome) {
    std::filesystem::path folder = std::filesystem::path(options_.out) / record.OutputName();
    outcome.folder = folder.string();
    std::vector<PendingDocument> outputs;
    FamilyReaders readers(record);
    SayWhoGetsNoLetter(record, readers);
    std::vector<Candidate> candidates;
    for (RenderedDocument& rendered : builder_.RenderAll(record, inputs, diagnostics_)) {
      if (!MayWrite(record, readers, rendered, outcome)) continue;
      Candidate& candidate = candidates.emplace_back();
      candidate.drafted_before_gate = rendered.document.draft;
      if (FailsLanguageGate(record, readers, rendered, candidate.gate))
        rendered.document.draft = true;
      candidate.rendered = std::move(rendered);
    }
    std::vector<const doc::Document*> documents;
    for (const Candidate& candidate : candidates) documents.push_back(&candidate.rendered.document);
    std::vector<WriterPool::Rendered> made = writers_.Render(documents);
    for (size_t i = 0; i < candidates.size(); ++i) {
      RenderedDocument& rendered = candidates[i].rendered;
      bool drafted_before_gate = candidates[i].drafted_before_gate;
      const DiagnosticList& gate = candidates[i].gate;
      std::vector<RenderedFile>& files = made[i].files;
      for (const Diagnostic& warning : made[i].diagnostics.all()) diagnostics_.Report(warning);
      std::string& error = made[i].error;
      if (!made[i].ok || !SignIfSignedOff(options_.chair_key, rendered.document, files, &error)) {
        diagnostics_.Error({record.source, record.where.offset}, "OUT001",
                           "cannot make " + rendered.name + ": " + error);
        outcome.nothing_written = "cannot make " + rendered.name + ": " + error + " [OUT001]";
        // Nothing of this record is written; no family document of an
        // earlier build may stand in for it.
        RemoveStaleOutputs(record, folder, {}, /*family_only=*/true);
        return;
      }
      if (NamesSomeoneHidden(record, readers, rendered, files, outcome)) continue;
      for (const Diagnostic& finding : gate.all()) diagnostics_.Report(finding);
      PendingDocument pending{rendered.name, rendered.reader.person || rendered.reader.child,
                              false, {}};
      const doc::Document& document = rendered.document;
      pending.is_signed = !document.draft && !document.metadata.verification_code.empty();
      if (pending.is_signed)
        pending.name = SignedSheetName(folder, pending.name, document.metadata.verification_code,
                                       files, record);
      for (RenderedFile& file : files)
        pending.files.emplace_back(pending.name + file.extension, std::move(file.bytes));
      if (document.draft) {
        outcome.AddDraft(pending.name, !drafted_before_gate       ? "it fails its plain-language "
                                                                    "check [SD027]"
                                       : inputs.record_has_errors ? "the record has errors"
                                                                  : "the record is not signed off");
      }
      outputs.push_back(std::move(pending));
    }
    RecoverRecordFolder(options_.out, record.OutputName());
    if (!MakeFolder(record, folder, outcome)) return;
    WriteOutputs(record, folder, outputs, outcome);
  }

  // A folder that cannot be made is said once, not once for every file that
  // would have gone in it; the output root is tried once for the whole run.
  bool MakeFolder(const Record& record, const std::filesystem::path& folder,
                  RecordOutcome& outcome) {
    std::error_code error;
    if (!root_checked_) {
      root_checked_ = true;
      std::filesystem::create_directories(options_.out, error);
      if (error) {
        root_error_ = "cannot create folder '" + options_.out + "': " + error.message();
        diagnostics_.Error({record.source, record.where.offset}, "OUT002", root_error_);
      }
    }
    if (!root_error_.empty()) {
      outcome.nothing_written = root_error_ + " [OUT002]";
      return false;
    }
    std::filesystem::create_directories(folder, error);
    if (!error) return true;
    std::string message = "cannot create folder '" + folder.string() + "': " + error.message();
    diagnostics_.Error({record.source, record.where.offset}, "OUT002", message);
    outcome.nothing_written = message + " [OUT002]";
    return false;
  }

  void WriteOutputs(const Record& record, const std::filesystem::path& folder,
                    const std::vector<PendingDocument>& outputs, RecordOutcome& outcome) {
    const SourceLocation where{record.source, record.where.offset};
    RemoveLeftoverTemporaryFiles(folder.string());
    std::set<std::string> stale = StaleOutputs(folder, outputs, /*family_only=*/false);
    std::set<std::string> replaced = stale;
    replaced.insert(kOutputManifestName);
    for (const PendingDocument& document : outputs)
      for (const auto& file : document.files) replaced.insert(file.first);
    StagedFolder staged;
    std::string error;
    if (!staged.Begin(folder, replaced, &error)) {
      diagnostics_.Error(where, "OUT002", error);
      outcome.nothing_written = error + " [OUT002]";
      return;
    }
    OutputManifest manifest;
    manifest.record_path = AbsolutePath(record.source->path());
    std::vector<std::string> written;
    for (const PendingDocument& document : outputs) {
      bool all_written = true;
      for (const auto& [name, bytes] : document.files) {
        // The name is checked as the folder's own, though it is written beside it first.
        bool ok = !DocumentOutputPath(options_.out, record.OutputName(), name, &error).empty() &&
                  staged.Write(name, bytes, &error);
        if (ok) {
          if (!document.is_signed) manifest.files.push_back({name, document.family});
          continue;
        }
        diagnostics_.Error(where, "OUT002", error);
        all_written = false;
      }
      if (all_written) written.push_back(document.name);
    }
    if (!WriteOutputManifest(staged.path(), manifest, &error) || !staged.Commit(&error)) {
      diagnostics_.Error(where, "OUT002", error);
      outcome.nothing_written = error + " [OUT002]";
      return;
    }
    outcome.written = std::move(written);
    for (const std::string& name : stale)
      diagnostics_.Report({Severity::kNote, where, "OUT006",
                           "removed " + (folder / name).string() + ", which this build does not write",
                           "", {}});
  }

  // Silence must be a decision, not an oversight: the build names each adult
  // with parental responsibility who gets no letter, and why.
  void SayWhoGetsNoLetter(const Record& record, const FamilyReaders& readers) {
    std::vector<const Person*> letters = readers.LetterReaders();
    for (const Person& person : record.people) {
      if (!person.parental_responsibility) continue;
      if (std::find(letters.begin(), letters.end(), &person) != letters.end()) continue;
      // Letters go to adults only (format 2): a parent under 18 is told in person.
      std::string why = readers.IsAdult(person) ? "no family information reaches them"
                                                : "they were under 18 at the meeting";
      diagnostics_.Report({Severity::kNote, {record.source, person.where.offset}, "OUT004",
                           "no letter for " + person.id + ": " + why, "", {}});
    }
  }

  // A family document that would name someone its reader may not see, or
  // tell an alleged person without the police's agreement, is not written at
  // all, not even as a draft (SD022, SD023); nor is one a police
  // investigation holds back (SD029). The rules themselves are reported by
  // the practice-rule run; here the build says which document it withheld.
  bool MayWrite(const Record& record, const FamilyReaders& readers,
                const RenderedDocument& rendered, RecordOutcome& outcome) {
    const FamilyReader& reader = rendered.reader;
    if (!reader.person && !reader.child) return true;
    // Held back first: until the police agree, nothing of it may go out.
    if (HeldBack(record, readers, reader)) {
      diagnostics_.Report({Severity::kNote, {record.source, record.decision.where.offset},
                           "OUT005",
                           rendered.name + " is held back and not written until the police "
                                           "agree to what it tells " + reader.id() + " [SD029]",
                           "", {}});
      outcome.withheld.emplace_back(rendered.name,
                                    "held back until the police agree [SD029]");
      return false;
    }
    std::vector<Diagnostic> reasons = ReasonsToWithhold(record, readers, reader);
    if (reasons.empty()) return true;
    std::string why = reasons.front().message + " [" + reasons.front().rule + "]";
    diagnostics_.Error(reasons.front().where, "OUT007",
                       rendered.name + " is withheld and not written: " + why);
    outcome.withheld.emplace_back(rendered.name, why);
    return false;
  }

  // SD027: a family document is read as its reader reads it. One that fails
  // is still written, as a DRAFT in every format, so nobody sends it as it is.
  // Findings go to `findings`, as a document withheld after all says nothing more.
  bool FailsLanguageGate(const Record& record, const FamilyReaders& readers,
                         const RenderedDocument& rendered, DiagnosticList& findings) {
    const FamilyReader& reader = rendered.reader;
    if (!language_ready_ || (!reader.person && !reader.child)) return false;
    const std::string& document = rendered.template_name;
    // A document in the reader's own language is read with that language's
    // dictionary, or not at all: English rules never read Welsh.
    const std::string& written_in = rendered.document.metadata.language;
    PlainLanguageChecker* checker = GateChecker(
        record, document, reader, written_in == record.language ? std::string() : written_in);
    if (!checker) return false;
    TemplateTextLocator locate = [&](std::string_view paragraph, size_t begin, size_t end) {
      return template_text_.Find(document, paragraph, begin, end);
    };
    FamilyDocument family{rendered.name, rendered.document, reader, reader.child != nullptr,
                          template_text_.Root(document)};
    if (!CheckFamilyDocument(family, record, readers, *checker, locate, findings)) return false;
    findings.Report({Severity::kNote,
                     {record.source, record.where.offset},
                     "OUT008",
                     rendered.name + " is built as a DRAFT: it fails its plain-language "
                                     "check [SD027]",
                     "",
                     {}});
    return true;
  }

  // The checker for a document's reading-age target, which the style sets.
  // The checker for a document's language (empty: the record's) and its
  // reading-age target, which the style sets; null for a language with no
  // dictionary of its own.
  PlainLanguageChecker* GateChecker(const Record& record, const std::string& document,
                                    const FamilyReader& reader, const std::string& language) {
    const PlainLanguageSetup* setup = language_.ForLanguage(language);
    if (!setup) return nullptr;
    double age = ReadingAgeFor(builder_.style(), document, reader.child != nullptr);
    std::unique_ptr<PlainLanguageChecker>& checker = gate_checkers_[{language, age}];
    if (!checker) {
      std::string error;
      DiagnosticList accept_findings;  // `sdgen check` reports the record's accept list
      checker = setup->MakeChecker(RecordAcceptList(record), age, accept_findings, &error);
    }
    return checker.get();
  }

  // The rendered document itself, its pictures' descriptions included, is
  // checked too: a template may print a name the record items do not.
  bool NamesSomeoneHidden(const Record& record, const FamilyReaders& readers,
                          const RenderedDocument& rendered, const std::vector<RenderedFile>& files,
                          RecordOutcome& outcome) {
    const FamilyReader& reader = rendered.reader;
    if (!reader.person && !reader.child) return false;
    for (const RenderedFile& file : files) {
      if (file.extension != ".txt") continue;
      std::vector<std::string> hidden = HiddenNamesInText(record, readers, reader, file.bytes);
      if (hidden.empty()) return false;
      std::string why = "it would name '" + hidden.front() + "', whom " + reader.id() +
                        " may not be told about [SD022]";
      diagnostics_.Error({record.source, record.where.offset}, "OUT007",
                         rendered.name + " is withheld and not written: " + why);
      outcome.withheld.emplace_back(rendered.name, why);
      return true;
    }
    return false;
  }

  // Nothing an earlier build of this record wrote is left stale: every file
  // its list names that this build does not write again is removed, and so
  // is any family document found in the folder (a stale letter is worse than
  // none), listed or not. A signed sheet is never listed, so never removed;
  // files of the user's own are neither listed nor family documents.
  void RemoveStaleOutputs(const Record& record, const std::filesystem::path& folder,
                          const std::vector<PendingDocument>& outputs, bool family_only) {
    for (const std::string& name : StaleOutputs(folder, outputs, family_only))
      RemoveStaleFile(record.source, record.where.offset, folder / name);
  }

  // The files in `folder` an earlier build wrote (its list, and any family
  // document) that `outputs` do not write again.
  std::set<std::string> StaleOutputs(const std::filesystem::path& folder,
                                     const std::vector<PendingDocument>& outputs,
                                     bool family_only) {
    std::error_code error;
    std::set<std::string> stale;
    if (!std::filesystem::is_directory(folder, error)) return stale;
    if (std::optional<OutputManifest> manifest = ReadOutputManifest(folder))
      for (const ManifestFile& file : manifest->files)
        if (file.family || !family_only) stale.insert(file.name);
    std::vector<std::string> family_names;
    for (const CompiledTemplate& compiled : builder_.templates().templates)
      if (compiled.audience.kind == AudienceKind::kFamily) family_names.push_back(compiled.document);
    for (const auto& entry : std::filesystem::directory_iterator(folder, error)) {
      std::string name = entry.path().filename().string();
      if (std::any_of(family_names.begin(), family_names.end(),
                      [&](const std::string& prefix) { return name.rfind(prefix, 0) == 0; }))
        stale.insert(name);
    }
    for (const PendingDocument& document : outputs)
      for (const auto& file : document.files) stale.erase(file.first);
    for (auto it = stale.begin(); it != stale.end();)
      it = std::filesystem::is_regular_file(folder / *it, error) ? std::next(it) : stale.erase(it);
    return stale;
  }

  void RemoveStaleFile(const SourceFile* source, size_t offset, const std::filesystem::path& path) {
    std::error_code error;
    if (!std::filesystem::is_regular_file(path, error)) return;
    std::filesystem::remove(path, error);
    diagnostics_.Report({Severity::kNote, {source, offset}, "OUT006",
                         error ? "cannot remove " + path.string() + ": " + error.message()
                               : "removed " + path.string() + ", which this build does not write",
                         "", {}});
  }

  // A record that cannot be read writes nothing; if an earlier build of it
  // can be found (its folder's list names this file), that build's family
  // documents are removed, as they may no longer say what the record says,
  // and the rest are left as they were. The report says which.
  void ForgetEarlierFamilyDocuments(const SourceFile& file, RecordOutcome& outcome) {
    std::string record_path = AbsolutePath(file.path());
    std::optional<std::filesystem::path> folder = FindFolderBuiltFrom(options_.out, record_path);
    if (!folder) return;
    std::optional<OutputManifest> manifest = ReadOutputManifest(*folder);
    for (const ManifestFile& listed : manifest->files)
      if (listed.family) RemoveStaleFile(&file, 0, *folder / listed.name);
    outcome.nothing_written += "; the family documents an earlier build wrote in " +
                               folder->string() +
                               " are removed, its other documents are left as they were";
  }

  static std::string AbsolutePath(const std::string& path) {
    return std::filesystem::absolute(path).lexically_normal().string();
  }

  // A signed sheet is never overwritten: the first name (`name`, then
  // `name-v2`, `name-v3`...) whose PDF is missing, or is this record's sheet
  // and not digitally signed, or is this very sheet digitally signed (then
  // its bytes are kept as they are) is used, and a new version is noted.
  std::string SignedSheetName(const std::filesystem::path& folder, const std::string& name,
                              const std::string& code, std::vector<RenderedFile>& files,
                              const Record& record) {
    auto pdf = std::find_if(files.begin(), files.end(),
                            [](const RenderedFile& file) { return file.extension == ".pdf"; });
    bool digitally_signed_first = false;
    for (int version = 1;; ++version) {
      std::string candidate = version == 1 ? name : name + "-v" + std::to_string(version);
      std::string existing, error;
      bool taken = false;
      if (ReadInputFile((folder / (candidate + ".pdf")).string(), 64 * 1024 * 1024, &existing,
                        &error) != InputFileStatus::kRead) {
        taken = true;
      } else if (FindVerificationCode(existing) == code) {
        bool digitally_signed = pdf::CheckPdfSignature(existing, nullptr).found;
        bool same = pdf != files.end() && pdf::IsSameSignedSheet(existing, pdf->bytes);
        if (same) pdf->bytes = std::move(existing);
        taken = !digitally_signed || same;
        if (version == 1) digitally_signed_first = !taken;
      }
      if (!taken) continue;
      if (version > 1) NoteNewVersion(record, name, candidate, digitally_signed_first);
      return candidate;
    }
  }

  void NoteNewVersion(const Record& record, const std::string& name, const std::string& candidate,
                      bool digitally_signed) {
    if (digitally_signed)
      diagnostics_.Report({Severity::kNote, {record.source, record.where.offset}, "OUT010",
                           "'" + name + ".pdf' is digitally signed and this build does not "
                               "make that signed sheet again; the new sheet is '" +
                               candidate + ".pdf'",
                           "build with --sign and the same key to keep one sheet", {}});
    else
      diagnostics_.Report({Severity::kNote, {record.source, record.where.offset}, "OUT003",
                           "the record has changed since '" + name +
                               ".pdf' was signed; the new sheet is '" + candidate + ".pdf'",
                           "", {}});
  }

  const BuildOptions& options_;
  DocumentBuilder& builder_;
  DiagnosticList& diagnostics_;
  std::deque<SourceFile> files_;  // diagnostics point into these until printed
  size_t setup_files_ = 0;        // the style's, read before any record
  std::deque<SourceFile> kept_;   // the heads of records built, for OUT009
  WorkingCalendar calendar_;
  PlainLanguageSetup language_;
  bool language_ready_ = false;
  FileOverlay template_files_;
  TemplateTextFinder template_text_;
  // By language (empty: the record's) and reading age.
  std::map<std::pair<std::string, double>, std::unique_ptr<PlainLanguageChecker>> gate_checkers_;
  WriterPool writers_;
  std::map<std::string, SourceLocation> built_;  // output folder name -> the record built there
  bool root_checked_ = false;
  std::string root_error_;  // why the output folder cannot be made, once found
};

}  // namespace

int RunBuildCommand(CommandContext& context) {
  BuildOptions options;
  if (!ParseOptions(context.args, context.data, options, context.err)) return kExitUnreadable;
  std::string key_error;
  std::optional<pdf::CmsSigner> chair_key;
  if (!options.sign_key.empty() && !(chair_key = OpenChairKey(options.sign_key, &key_error))) {
    context.err << "sdgen build: " << key_error << "\n";
    return kExitUnreadable;
  }
  options.chair_key = chair_key ? &*chair_key : nullptr;
  DiagnosticList diagnostics;
  std::unique_ptr<DocumentBuilder> builder =
      DocumentBuilder::Create(options.folders.templates, options.folders.style, diagnostics);
  if (!builder->ready()) {
    PrintDiagnostics(diagnostics, context);
    return kExitErrors;
  }
  bool unreadable = false;
  bool has_errors = false;
  {
    OutputFolderLock lock(options.out, context.err);
    BuildRun run(options, *builder, diagnostics);
    BuildReport report(context.err, options.quiet, context.err_is_terminal,
                       options.records.size());
    // Each record's findings are printed after its line of the report, and
    // its text let go, so memory stays flat however many records there are.
    DiagnosticStream stream(context);
    stream.Print(diagnostics);
    for (size_t i = 0; i < options.records.size(); ++i) {
      report.Starting(i, options.records[i]);
      unreadable |= !run.BuildRecord(options.records[i], report);
      report.ClearProgress();
      stream.Print(diagnostics);
      if (!stream.Keeps()) run.ReleaseRecordFiles();
    }
    stream.Finish();
    report.Summarise();
    has_errors = stream.HasErrors();
  }
  if (unreadable) return kExitUnreadable;
  return has_errors ? kExitErrors : kExitOk;
}

}  // namespace sdgen::cli
