#pragma once

// The logical structure of a PDF: what a screen reader reads, in the model's
// order, with each piece's role (heading, paragraph, list item, table cell,
// figure). Layout builds it while it turns blocks into slabs and stamps each
// text line or image with the node it belongs to; the painter then wraps that
// content in marked content (BDC ... EMC with an MCID), and everything not
// stamped (rules, fills, page furniture) becomes an artifact.

#include <string>
#include <vector>

namespace sdgen::pdf {

/// The node of content that is not part of the document's text: decoration
/// and page furniture, marked /Artifact so that screen readers skip it.
constexpr int kArtifact = -1;

/// One structure element. A node holds either child nodes or content (its
/// marked-content sequences), never both.
struct StructureNode {
  std::string type;      ///< a PDF standard structure type: "P", "H1", "TD", ...
  int parent = kArtifact;  ///< the root has none
  std::vector<int> children;
  std::string alt_text;  ///< Figure: what a screen reader says instead
  std::string language;  ///< BCP 47, only when it differs from the document's
  std::string scope;     ///< TH: "Column" or "Row"
};

class StructureTree {
 public:
  /// A tree holding only its root, a "Document" element in `language`.
  explicit StructureTree(std::string language);

  static constexpr int kRoot = 0;

  /// Adds a node of `type` as the last child of `parent` and returns it; it
  /// carries `language` (BCP 47) only when that is not the document's.
  int Add(int parent, const std::string& type, const std::string& language = {});
  StructureNode& operator[](int node) { return nodes_[static_cast<size_t>(node)]; }
  const StructureNode& operator[](int node) const { return nodes_[static_cast<size_t>(node)]; }
  size_t size() const { return nodes_.size(); }

 private:
  std::string language_;
  std::vector<StructureNode> nodes_;
};

}  // namespace sdgen::pdf
