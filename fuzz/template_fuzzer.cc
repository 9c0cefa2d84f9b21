// The template compiler (parser, partial inclusion, type checker) over any
// bytes given as one document template, beside the shipped labels, style and
// partials, and the rendering of what it reports.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <string>

#include "diagnostics/diagnostic_renderer.h"
#include "fuzz_data.h"
#include "style/file_overlay.h"
#include "style/style_loader.h"
#include "template/template_compiler.h"

namespace {

// The shipped style and labels, loaded once; the process stops if they do not load.
struct Shipped {
  sdgen::DiagnosticList diagnostics;
  sdgen::FileOverlay style_files{{sdgen::fuzz::SourcePath("styles/default")}};
  sdgen::FileOverlay template_files{{sdgen::fuzz::SourcePath("templates")}};
  std::optional<sdgen::Style> style;
  std::optional<sdgen::Labels> labels;

  Shipped() {
    style = sdgen::LoadStyle(style_files, diagnostics);
    if (!style) std::abort();
    sdgen::TemplateCompiler compiler(template_files, *style, diagnostics);
    labels = compiler.LoadLabels();
    if (!labels) std::abort();
  }
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static Shipped shipped;
  sdgen::SourceFile file("fuzz.xml", std::string(reinterpret_cast<const char*>(data), size));
  sdgen::DiagnosticList diagnostics;
  sdgen::TemplateCompiler compiler(shipped.template_files, *shipped.style, diagnostics);
  compiler.Compile(file, *shipped.labels);
  sdgen::RenderText(diagnostics);
  return 0;
}
