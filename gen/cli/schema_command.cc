// `sdgen schema`: the record format's element table, made from the same schema
// table the reader reads by, so what is listed cannot drift from what is read.
// docs/record-format.md holds this output; a test checks it is the same.

#include "cli/schema_command.h"

#include "record/record_schema.h"
#include "record/schema_reference.h"

namespace sdgen::cli {

const char* const kSchemaUsage =
    "usage: sdgen schema\n"
    "\n"
    "Prints the record format as a Markdown table: every element and attribute\n"
    "sdgen reads, with its kind, whether it is required, its default share, where\n"
    "it lives in the typed record and what it means. docs/record-format.md holds\n"
    "this output between its `sdgen schema` markers.\n"
    "\n"
    "Exit status: 0 printed, 2 arguments were given.\n";

int RunSchemaCommand(CommandContext& context) {
  if (!context.args.empty()) {
    context.err << "sdgen schema: unexpected " << context.args[0] << "\n" << kSchemaUsage;
    return kExitUnreadable;
  }
  context.out << SchemaReferenceTable(RecordSchema::Get());
  return kExitOk;
}

}  // namespace sdgen::cli
