#include "cli/build_command.h"

#include <deque>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>

#include "checks/hidden_names.h"
#include "checks/practice_rule.h"
#include "checks/withheld_documents.h"
#include "cli/atomic_file.h"
#include "cli/calendar_setup.h"
#include "cli/diagnostic_output.h"
#include "cli/document_writers.h"
#include "cli/input_file.h"
#include "cli/output_path.h"
#include "cli/plain_language_setup.h"
#include "cli/template_text_finder.h"
#include "cli/verification_code_reader.h"
#include "language/family_document_check.h"
#include "record/canonical_form.h"
#include "record/family_readers.h"
#include "record/record_reader.h"
#include "template/document_builder.h"

namespace sdgen::cli {
namespace {

constexpr const char* kUsage =
    "usage: sdgen build [--templates DIR] [--style DIR] -o OUT RECORD.xml...\n";

struct BuildOptions {
  std::string out;
  std::vector<std::string> template_folders;
  std::vector<std::string> style_folders;
  std::vector<std::string> records;
};

// Fills `options` from the arguments; false (after saying why) on a mistake.
bool ParseOptions(const std::vector<std::string>& args, BuildOptions& options, std::ostream& err) {
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    bool takes_value = arg == "-o" || arg == "--templates" || arg == "--style";
    if (takes_value && i + 1 >= args.size()) {
      err << "sdgen build: " << arg << " needs a folder\n" << kUsage;
      return false;
    }
    if (arg == "-o") {
      options.out = args[++i];
    } else if (arg == "--templates") {
      options.template_folders.push_back(args[++i]);
    } else if (arg == "--style") {
      options.style_folders.push_back(args[++i]);
    } else if (!arg.empty() && arg[0] == '-') {
      err << "sdgen build: unknown option " << arg << "\n" << kUsage;
      return false;
    } else {
      options.records.push_back(arg);
    }
  }
  if (options.out.empty() || options.records.empty()) {
    err << "sdgen build: " << (options.out.empty() ? "no output folder (-o)" : "no record given")
        << "\n"
        << kUsage;
    return false;
  }
  options.template_folders.push_back(DefaultTemplatesFolder());
  options.style_folders.push_back(DefaultStyleFolder());
  return true;
}

// Builds the records one by one with templates compiled once.
class BuildRun {
 public:
  BuildRun(const BuildOptions& options, DocumentBuilder& builder, DiagnosticList& diagnostics)
      : options_(options),
        builder_(builder),
        diagnostics_(diagnostics),
        calendar_(LoadWorkingCalendar(options.style_folders, files_, diagnostics)),
        template_files_(options.template_folders),
        template_text_(template_files_) {
    // The last style folder is the shipped default, which the setup reads itself.
    std::string council_style =
        options.style_folders.size() > 1 ? options.style_folders.front() : std::string();
    std::string error;
    language_ready_ = language_.Load(council_style, {}, files_, diagnostics, &error);
    if (!language_ready_ && !error.empty())
      diagnostics.Warning({}, "PL022", "documents get no glossary: " + error);
  }

  /// False when a record could not be read at all.
  bool BuildRecord(const std::string& path) {
    std::string text, error;
    InputFileStatus status = ReadInputFile(path, kMaxRecordBytes, &text, &error);
    const SourceFile& file = files_.emplace_back(path, std::move(text));
    if (status != InputFileStatus::kRead) {
      diagnostics_.Error({&file, 0}, status == InputFileStatus::kTooLarge ? "RD011" : "RD000",
                         error);
      return false;
    }
    DiagnosticList record_diagnostics;
    RecordReader reader(record_diagnostics);
    std::optional<Record> record = reader.Read(file);
    if (record) RunPracticeRules(*record, calendar_, record_diagnostics);
    bool has_errors = record_diagnostics.HasErrors();
    for (const Diagnostic& diagnostic : record_diagnostics.all()) diagnostics_.Report(diagnostic);
    if (!record) return !reader.unreadable();
    RenderInputs inputs;
    inputs.deadlines = PrintedDeadlines(*record, builder_.style().deadlines, calendar_);
    inputs.record_has_errors = has_errors;
    inputs.record_folder = std::filesystem::path(path).parent_path().string();
    inputs.verification_code = RecordFingerprint(*record);
    if (language_ready_)
      inputs.glossary_for = [this](const std::string& text) { return language_.GlossaryFor(text); };
    gate_checkers_.clear();  // they accept the record's own terms
    WriteDocuments(*record, inputs);
    return true;
  }

 private:
  // Renders every document in every format in memory first, so that a
  // failing writer leaves no file of this record behind.
  void WriteDocuments(const Record& record, const RenderInputs& inputs) {
    std::filesystem::path folder = std::filesystem::path(options_.out) / record.OutputName();
    std::vector<std::pair<std::string, std::string>> outputs;  // path, bytes
    std::vector<RenderedFile> files;
    FamilyReaders readers(record);
    SayWhoGetsNoLetter(record, readers);
    for (RenderedDocument& rendered : builder_.RenderAll(record, inputs, diagnostics_)) {
      if (!MayWrite(record, readers, rendered)) continue;
      DiagnosticList gate;  // reported only if the document is written
      if (FailsLanguageGate(record, readers, rendered, gate)) rendered.document.draft = true;
      std::string error;
      if (!writers_.Render(rendered.document, &files, diagnostics_, &error)) {
        diagnostics_.Error({record.source, record.where.offset}, "OUT001",
                           "cannot make " + rendered.name + ": " + error);
        // Nothing of this record is written; no family document of an
        // earlier build may stand in for it.
        RemoveStaleFamilyDocuments(record, folder, {});
        return;
      }
      if (NamesSomeoneHidden(record, readers, rendered, files)) continue;
      for (const Diagnostic& finding : gate.all()) diagnostics_.Report(finding);
      std::string name = rendered.name;
      if (!rendered.document.draft && !rendered.document.metadata.verification_code.empty())
        name = SignedSheetName(folder, name, rendered.document.metadata.verification_code, record);
      for (RenderedFile& file : files) {
        std::string error;
        std::string path =
            DocumentOutputPath(options_.out, record.OutputName(), name, file.extension, &error);
        if (path.empty())
          diagnostics_.Error({record.source, record.where.offset}, "OUT002", error);
        else
          outputs.emplace_back(path, std::move(file.bytes));
      }
    }
    RemoveStaleFamilyDocuments(record, folder, outputs);
    for (const auto& [path, bytes] : outputs) {
      std::string error;
      if (!WriteFileAtomically(path, bytes, &error))
        diagnostics_.Error({record.source, record.where.offset}, "OUT002", error);
    }
  }

  // Silence must be a decision, not an oversight: the build names each adult
  // with parental responsibility who gets no letter, and why.
  void SayWhoGetsNoLetter(const Record& record, const FamilyReaders& readers) {
    std::vector<const Person*> letters = readers.LetterReaders();
    for (const Person* person : readers.adults()) {
      if (std::find(letters.begin(), letters.end(), person) != letters.end()) continue;
      diagnostics_.Report({Severity::kNote, {record.source, person->where.offset}, "OUT004",
                           "no letter for " + person->id +
                               ": no family information reaches them",
                           "", {}});
    }
  }

  // A family document that would name someone its reader may not see, or
  // tell an alleged person without the police's agreement, is not written at
  // all, not even as a draft (SD022, SD023); nor is one a police
  // investigation holds back (SD029). The rules themselves are reported by
  // the practice-rule run; here the build says which document it withheld.
  bool MayWrite(const Record& record, const FamilyReaders& readers,
                const RenderedDocument& rendered) {
    const FamilyReader& reader = rendered.reader;
    if (!reader.person && !reader.child) return true;
    // Held back first: until the police agree, nothing of it may go out.
    if (HeldBack(record, readers, reader)) {
      diagnostics_.Report({Severity::kNote, {record.source, record.decision.where.offset},
                           "OUT005",
                           rendered.name + " is held back and not written until the police "
                                           "agree to what it tells " + reader.id() + " [SD029]",
                           "", {}});
      return false;
    }
    std::vector<Diagnostic> reasons = ReasonsToWithhold(record, readers, reader);
    if (reasons.empty()) return true;
    diagnostics_.Error(reasons.front().where, "OUT007",
                       rendered.name + " is withheld and not written: " +
                           reasons.front().message + " [" + reasons.front().rule + "]");
    return false;
  }

  // SD027: a family document is read as its reader reads it. One that fails
  // is still written, as a DRAFT in every format, so nobody sends it as it is.
  // Findings go to `findings`, as a document withheld after all says nothing more.
  bool FailsLanguageGate(const Record& record, const FamilyReaders& readers,
                         const RenderedDocument& rendered, DiagnosticList& findings) {
    const FamilyReader& reader = rendered.reader;
    if (!language_ready_ || (!reader.person && !reader.child)) return false;
    // The renderer names a family document "<document>-<reader id>".
    const std::string& name = rendered.name;
    std::string document = name.size() > reader.id().size()
                               ? name.substr(0, name.size() - reader.id().size() - 1)
                               : name;
    PlainLanguageChecker* checker = GateChecker(record, document, reader);
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

  // The checker for a document's reading-age target: the style's for the
  // document, else GOV.UK's for a letter and a lower one for a child's story.
  PlainLanguageChecker* GateChecker(const Record& record, const std::string& document,
                                    const FamilyReader& reader) {
    const std::map<std::string, int>& targets = builder_.style().reading_ages;
    auto target = targets.find(document);
    double age = target != targets.end() ? target->second
                 : reader.child          ? kWordsAndPicturesReadingAge
                                         : kFamilyLetterReadingAge;
    std::unique_ptr<PlainLanguageChecker>& checker = gate_checkers_[age];
    if (!checker) {
      std::string error;
      DiagnosticList accept_findings;  // `sdgen check` reports the record's accept list
      checker = language_.MakeChecker(RecordAcceptList(record), age, accept_findings, &error);
    }
    return checker.get();
  }

  // The rendered document itself, its pictures' descriptions included, is
  // checked too: a template may print a name the record items do not.
  bool NamesSomeoneHidden(const Record& record, const FamilyReaders& readers,
                          const RenderedDocument& rendered, const std::vector<RenderedFile>& files) {
    const FamilyReader& reader = rendered.reader;
    if (!reader.person && !reader.child) return false;
    for (const RenderedFile& file : files) {
      if (file.extension != ".txt") continue;
      std::vector<std::string> hidden = HiddenNamesInText(record, readers, reader, file.bytes);
      if (hidden.empty()) return false;
      diagnostics_.Error({record.source, record.where.offset}, "OUT007",
                         rendered.name + " is withheld and not written: it would name '" +
                             hidden.front() + "', whom " + reader.id() +
                             " may not be told about [SD022]");
      return true;
    }
    return false;
  }

  // A family document this build does not write must not be left from an
  // earlier one: a stale letter is worse than none. Professional documents
  // are left alone (a signed sheet is never removed).
  void RemoveStaleFamilyDocuments(const Record& record, const std::filesystem::path& folder,
                                  const std::vector<std::pair<std::string, std::string>>& outputs) {
    std::error_code error;
    if (!std::filesystem::is_directory(folder, error)) return;
    std::vector<std::string> family_names;
    for (const CompiledTemplate& compiled : builder_.templates().templates)
      if (compiled.audience.kind == AudienceKind::kFamily) family_names.push_back(compiled.document);
    for (const auto& entry : std::filesystem::directory_iterator(folder, error)) {
      std::string name = entry.path().filename().string();
      bool family = std::any_of(family_names.begin(), family_names.end(),
                                [&](const std::string& prefix) { return name.rfind(prefix, 0) == 0; });
      bool rewritten = std::any_of(outputs.begin(), outputs.end(), [&](const auto& output) {
        return output.first == entry.path().string();
      });
      if (!family || rewritten) continue;
      std::filesystem::remove(entry.path(), error);
      diagnostics_.Report({Severity::kNote, {record.source, record.where.offset}, "OUT006",
                           error ? "cannot remove " + entry.path().string() + ": " + error.message()
                                 : "removed " + entry.path().string() +
                                       ", which this build does not write",
                           "", {}});
    }
  }

  // A signed sheet is never overwritten by one for a different record: the
  // first name whose PDF is missing or carries the same verification code
  // (`name`, then `name-v2`, `name-v3`...) is used, and a new version is noted.
  std::string SignedSheetName(const std::filesystem::path& folder, const std::string& name,
                              const std::string& code, const Record& record) {
    for (int version = 1;; ++version) {
      std::string candidate = version == 1 ? name : name + "-v" + std::to_string(version);
      std::string existing, error;
      if (ReadInputFile((folder / (candidate + ".pdf")).string(), 64 * 1024 * 1024, &existing,
                        &error) != InputFileStatus::kRead ||
          FindVerificationCode(existing) == code) {
        if (version > 1)
          diagnostics_.Report({Severity::kNote, {record.source, record.where.offset}, "OUT003",
                               "the record has changed since '" + name +
                                   ".pdf' was signed; the new sheet is '" + candidate + ".pdf'",
                               "", {}});
        return candidate;
      }
    }
  }

  const BuildOptions& options_;
  DocumentBuilder& builder_;
  DiagnosticList& diagnostics_;
  std::deque<SourceFile> files_;  // diagnostics point into these until printed
  WorkingCalendar calendar_;
  PlainLanguageSetup language_;
  bool language_ready_ = false;
  FileOverlay template_files_;
  TemplateTextFinder template_text_;
  std::map<double, std::unique_ptr<PlainLanguageChecker>> gate_checkers_;  // by reading age
  DocumentWriters writers_;
};

}  // namespace

int RunBuildCommand(CommandContext& context) {
  BuildOptions options;
  if (!ParseOptions(context.args, options, context.err)) return kExitUnreadable;
  DiagnosticList diagnostics;
  std::unique_ptr<DocumentBuilder> builder =
      DocumentBuilder::Create(options.template_folders, options.style_folders, diagnostics);
  if (!builder->ready()) {
    PrintDiagnostics(diagnostics, context);
    return kExitErrors;
  }
  bool unreadable = false;
  {
    BuildRun run(options, *builder, diagnostics);
    for (const std::string& path : options.records) unreadable |= !run.BuildRecord(path);
    PrintDiagnostics(diagnostics, context);
  }
  if (unreadable) return kExitUnreadable;
  return diagnostics.HasErrors() ? kExitErrors : kExitOk;
}

}  // namespace sdgen::cli
