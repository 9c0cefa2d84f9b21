#include "docx/wordml_namespaces.h"

namespace sdgen::docx {

void DeclareWordNamespaces(pugi::xml_node root) {
  static constexpr const char* kNamespaces[][2] = {
      {"xmlns:w", "http://schemas.openxmlformats.org/wordprocessingml/2006/main"},
      {"xmlns:r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships"},
      {"xmlns:wp", "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"},
      {"xmlns:a", "http://schemas.openxmlformats.org/drawingml/2006/main"},
      {"xmlns:pic", "http://schemas.openxmlformats.org/drawingml/2006/picture"},
      {"xmlns:v", "urn:schemas-microsoft-com:vml"},
      {"xmlns:o", "urn:schemas-microsoft-com:office:office"},
      {"xmlns:w10", "urn:schemas-microsoft-com:office:word"},
  };
  for (const auto& name_and_uri : kNamespaces) {
    root.append_attribute(name_and_uri[0]) = name_and_uri[1];
  }
}

}  // namespace sdgen::docx
