#include "cli/command.h"

#include "cli/build_command.h"
#include "cli/check_command.h"
#include "cli/explain_command.h"
#include "cli/lint_command.h"
#include "cli/rules_command.h"
#include "cli/schema_command.h"
#include "cli/sign_command.h"
#include "cli/templates_command.h"
#include "cli/verify_command.h"

namespace sdgen::cli {

const std::vector<Command>& Commands() {
  static const std::vector<Command> kCommands = {
      {"build", "make every document of each record (PDF, DOCX, flat XML, text)",
       "usage: sdgen build [--quiet] [--jobs N] [--templates DIR] [--style DIR]\n"
       "                   [--sign CHAIR.p12] -o OUT RECORD.xml...\n"
       "\n"
       "Checks each record, then writes OUT/<record-id>/<document>.pdf, .docx,\n"
       ".flat.xml (Word's single-file XML) and .txt for the decision sheet, the\n"
       "minutes, the danger statement and safety goal, words and pictures, and a\n"
       "family letter for each person with parental responsibility\n"
       "(family-letter-<person-id>-<name>, such as family-letter-p1-sian-morgan).\n"
       "Templates are compiled once for all records.\n"
       "A council's --templates and --style folders overlay the defaults file by file;\n"
       "a folder that does not exist is an error.\n"
       "A record with errors still builds, with every document marked DRAFT; a\n"
       "record that cannot be read writes nothing.\n"
       "\n"
       "For each record the build says on stderr what it did: the documents written,\n"
       "those written as DRAFT and why, those withheld and why, or why nothing was\n"
       "written; then one line for the run (\"3 records: 1 written, 1 draft, 1 not\n"
       "written\"). --quiet (-q) leaves out the lines for each record; findings still\n"
       "show. A file an earlier build of the record wrote and this one does not is\n"
       "removed (each folder's .sdgen-outputs lists what the build wrote); a signed\n"
       "decision sheet never is. Two records with the same id in one run: the second\n"
       "is refused (OUT009). `sdgen explain CODE` explains any finding.\n"
       "--jobs N makes a record's files on N cores (default: all of them); the files\n"
       "and messages are the same whatever N is. One build at a time writes to OUT:\n"
       "a second waits for the first (flock on OUT), and removes what a\n"
       "killed build left half-written.\n"
       "\n"
       "--sign CHAIR.p12 adds the chair's digital signature to the PDF decision sheet\n"
       "of each record that is signed off (never to a DRAFT), as `sdgen sign` does;\n"
       "the passphrase comes from SDGEN_SIGN_PASSPHRASE or the terminal.\n"
       "\n"
       "Exit status: 0 no errors, 1 errors found, 2 a record could not be read,\n"
       "or an option or folder is wrong.\n",
       RunBuildCommand},
      {"check", "check records against the format and the practice rules",
       "usage: sdgen check [--diagnostics text|json|sarif] [--style DIR] [--plain-language]\n"
       "                   RECORD.xml...\n"
       "\n"
       "Reads each record, reports every problem with its file, line and column,\n"
       "and runs the practice rules (see `sdgen rules`). A RECORD of - is read from\n"
       "standard input and named <stdin> in findings. A council's --style folder\n"
       "overlays the default style: its settings (reading age, days off, dictionary)\n"
       "hold here as they do for `sdgen build`, and its mistakes are reported.\n"
       "\n"
       "--plain-language also checks every statement for jargon, acronyms and\n"
       "judgement-laden labels, and family-shared text for reading age\n"
       "(errors in text a family will read; see docs/plain-language.md), against\n"
       "the style's reading age for a family letter.\n"
       "\n"
       "Exit status: 0 no errors (warnings allowed), 1 errors found,\n"
       "2 a file could not be read at all (missing, too large, not UTF-8, not XML),\n"
       "or an option or folder is wrong.\n",
       RunCheckCommand},
      {"explain", "explain a code such as RD006 or OUT007: what it means and how to fix it",
       kExplainUsage, RunExplainCommand},
      {"lint", "check plain text for jargon, judgement-laden labels and reading age", kLintUsage,
       RunLintCommand},
      {"rules", "list the practice rules and the guidance behind them", kRulesUsage,
       RunRulesCommand},
      {"schema", "print the record format's element table (Markdown)", kSchemaUsage,
       RunSchemaCommand},
      {"sign", "add the chair's digital signature to a signed-off decision sheet", kSignUsage,
       RunSignCommand},
      {"templates", "compile a council's templates and report every error at once",
       "usage: sdgen templates check [--style DIR] TEMPLATE_DIR\n"
       "       sdgen templates init DIR\n"
       "\n"
       "Compiles every template in TEMPLATE_DIR (overlaid on the shipped ones)\n"
       "against the record model and the documents' audiences, and reports every\n"
       "error with its file, line and column. Then checks the words the compiled\n"
       "templates print (their partials and labels.xml included) for plain language,\n"
       "as the readers of each document read them. With --diagnostics json or\n"
       "sarif, the output holds the diagnostics only.\n"
       "Exit status: 0 none, 1 errors, 2 a folder cannot be read.\n"
       "\n"
       "init makes a council's starter folder: DIR/templates and DIR/style, copies\n"
       "of the shipped ones, each file opening with a comment pointing to the docs\n"
       "(docs/council-guide.md). It refuses a folder that exists and is not empty.\n"
       "Exit status: 0 written, 1 refused or not written, 2 a bad argument.\n",
       RunTemplatesCommand},
      {"verify", "say whether a decision sheet is the one this record makes",
       "usage: sdgen verify [--trust CA.pem] [--templates DIR] [--style DIR] RECORD.xml SHEET\n"
       "\n"
       "Makes the record's decision sheet again, in memory, as `sdgen build` would\n"
       "(same checks, templates, style and writers; nothing is written) and compares\n"
       "it with SHEET: byte for byte for a .pdf or .flat.xml, part by part for a\n"
       ".docx. A PDF digitally signed afterwards (`sdgen sign`) is compared up to\n"
       "where the signature's update begins, and the signature is checked: who\n"
       "signed and when, whether the signed bytes are unchanged and are the whole\n"
       "file, and with --trust whether the signer's certificate chains to CA.pem.\n"
       "Give the --templates and --style the sheet was built with. It says DRAFT\n"
       "when the sheet is one, and what it did not check (docs/verification.md).\n"
       "\n"
       "Exit status: 0 the sheet matches, is not a DRAFT and its signature holds,\n"
       "1 it does not match, is a DRAFT or its signature does not hold, 2 a file\n"
       "or folder cannot be read.\n",
       RunVerifyCommand},
  };
  return kCommands;
}

const Command* FindCommand(const std::string& name) {
  for (const Command& command : Commands()) {
    if (name == command.name) return &command;
  }
  return nullptr;
}

}  // namespace sdgen::cli
