#pragma once

// Renders a compiled template for one record into the document model. It
// evaluates field paths through the schema's getters, hides every value the
// template's audience may not see (lists are filtered item by item), and
// inserts record text as plain runs: nothing from the record is ever parsed.

#include <functional>
#include <string>
#include <vector>

#include "diagnostics/diagnostic.h"
#include "document/document.h"
#include "record/family_readers.h"
#include "record/record.h"
#include "style/style.h"
#include "template/compiled_template.h"
#include "template/file_name_spelling.h"
#include "template/formatters.h"
#include "template/render_inputs.h"

namespace sdgen {

/// One output document and the name its files take ("family-letter-p1-sian-morgan").
struct RenderedDocument {
  std::string name;
  doc::Document document;
  FamilyReader reader;   ///< a family document's one reader; empty otherwise
  std::string template_name;  ///< the document it is one of ("family-letter")
};

/// Renders compiled templates; one Renderer serves every record of a build.
class Renderer {
 public:
  /// `language` is the BCP 47 tag of the templates it renders; empty: the record's.
  Renderer(const Style& style, const Formatters& formatters, const FileNameSpelling& spelling,
           DiagnosticList& diagnostics, std::string language = "")
      : style_(style),
        formatters_(formatters),
        spelling_(spelling),
        diagnostics_(diagnostics),
        language_(std::move(language)) {}

  /// Which family readers a render makes copies for (all when unset).
  using ReaderFilter = std::function<bool(const FamilyReader&)>;

  /// The documents `compiled` makes for `record`: one, or one per parent or
  /// child (each that `only` accepts).
  std::vector<RenderedDocument> Render(const CompiledTemplate& compiled, const Record& record,
                                       const RenderInputs& inputs,
                                       const ReaderFilter& only = {}) const;

 private:
  const Style& style_;
  const Formatters& formatters_;
  const FileNameSpelling& spelling_;
  DiagnosticList& diagnostics_;
  std::string language_;
};

}  // namespace sdgen
