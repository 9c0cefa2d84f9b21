#include "pdf/structure_tree_writer.h"

#include <hpdf_doc.h>

#include <utility>

namespace sdgen::pdf {
namespace {

struct MarkedContent {
  size_t page = 0;
  size_t mcid = 0;
};

class StructureTreeWriter {
 public:
  StructureTreeWriter(HaruDocument& haru, const StructureTree& tree,
                      const std::vector<HPDF_Page>& pages)
      : haru_(haru), tree_(tree), pages_(pages), content_(tree.size()), elements_(tree.size()) {}

  bool Write(const std::vector<std::vector<int>>& marks) {
    for (size_t page = 0; page < marks.size(); ++page) {
      for (size_t mcid = 0; mcid < marks[page].size(); ++mcid) {
        content_[static_cast<size_t>(marks[page][mcid])].push_back({page, mcid});
      }
    }
    HPDF_Doc doc = haru_.handle();
    HPDF_Dict root = HPDF_Dict_New(doc->mmgr);
    if (root == nullptr || HPDF_Xref_Add(doc->xref, root) != HPDF_OK) return false;
    for (size_t node = 0; node < tree_.size(); ++node) {
      elements_[node] = HPDF_Dict_New(doc->mmgr);
      if (elements_[node] == nullptr || HPDF_Xref_Add(doc->xref, elements_[node]) != HPDF_OK) {
        return false;
      }
    }
    for (size_t node = 0; node < tree_.size(); ++node) {
      if (!Element(node, root)) return false;
    }
    HPDF_Dict_AddName(root, "Type", "StructTreeRoot");
    HPDF_Dict_Add(root, "K", elements_[StructureTree::kRoot]);
    HPDF_Dict_Add(root, "ParentTree", ParentTree(marks));
    HPDF_Dict_AddNumber(root, "ParentTreeNextKey", static_cast<HPDF_INT32>(pages_.size()));
    HPDF_Dict_Add(doc->catalog, "StructTreeRoot", root);
    HPDF_Dict mark_info = HPDF_Dict_New(doc->mmgr);
    if (mark_info == nullptr) return false;
    HPDF_Dict_AddBoolean(mark_info, "Marked", HPDF_TRUE);
    HPDF_Dict_Add(doc->catalog, "MarkInfo", mark_info);
    for (size_t page = 0; page < pages_.size(); ++page) {
      HPDF_Dict_AddNumber(pages_[page], "StructParents", static_cast<HPDF_INT32>(page));
      // Tab order follows the structure.
      HPDF_Dict_AddName(pages_[page], "Tabs", "S");
    }
    return true;
  }

 private:
  bool Element(size_t node, HPDF_Dict root) {
    HPDF_MMgr mmgr = haru_.handle()->mmgr;
    const StructureNode& source = tree_[static_cast<int>(node)];
    HPDF_Dict element = elements_[node];
    HPDF_Dict_AddName(element, "Type", "StructElem");
    HPDF_Dict_AddName(element, "S", source.type.c_str());
    HPDF_Dict_Add(element, "P",
                  source.parent == kArtifact ? root : elements_[static_cast<size_t>(source.parent)]);
    if (!source.alt_text.empty()) HPDF_Dict_Add(element, "Alt", haru_.TextString(source.alt_text));
    if (!source.language.empty()) {
      HPDF_Dict_Add(element, "Lang", HPDF_String_New(mmgr, source.language.c_str(), nullptr));
    }
    if (!source.scope.empty()) {
      HPDF_Dict attributes = HPDF_Dict_New(mmgr);
      if (attributes == nullptr) return false;
      HPDF_Dict_AddName(attributes, "O", "Table");
      HPDF_Dict_AddName(attributes, "Scope", source.scope.c_str());
      HPDF_Dict_Add(element, "A", attributes);
    }
    HPDF_Array kids = HPDF_Array_New(mmgr);
    if (kids == nullptr) return false;
    HPDF_Dict_Add(element, "K", kids);
    for (int child : source.children) HPDF_Array_Add(kids, elements_[static_cast<size_t>(child)]);
    const std::vector<MarkedContent>& content = content_[node];
    if (content.empty()) return true;
    // The element's page is where its content starts; content on later pages
    // (a paragraph broken across a page) is referred to with its own page.
    HPDF_Page first = pages_[content.front().page];
    HPDF_Dict_Add(element, "Pg", first);
    for (const MarkedContent& piece : content) {
      if (piece.page == content.front().page) {
        HPDF_Array_AddNumber(kids, static_cast<HPDF_INT32>(piece.mcid));
        continue;
      }
      HPDF_Dict reference = HPDF_Dict_New(mmgr);
      if (reference == nullptr) return false;
      HPDF_Dict_AddName(reference, "Type", "MCR");
      HPDF_Dict_Add(reference, "Pg", pages_[piece.page]);
      HPDF_Dict_AddNumber(reference, "MCID", static_cast<HPDF_INT32>(piece.mcid));
      HPDF_Array_Add(kids, reference);
    }
    return true;
  }

  // A number tree with one leaf: each page's StructParents key maps to the
  // elements of its MCIDs.
  HPDF_Dict ParentTree(const std::vector<std::vector<int>>& marks) {
    HPDF_MMgr mmgr = haru_.handle()->mmgr;
    HPDF_Dict tree = HPDF_Dict_New(mmgr);
    HPDF_Array numbers = HPDF_Array_New(mmgr);
    if (tree == nullptr || numbers == nullptr) return nullptr;
    HPDF_Dict_Add(tree, "Nums", numbers);
    for (size_t page = 0; page < pages_.size(); ++page) {
      HPDF_Array parents = HPDF_Array_New(mmgr);
      if (parents == nullptr) return nullptr;
      HPDF_Array_AddNumber(numbers, static_cast<HPDF_INT32>(page));
      HPDF_Array_Add(numbers, parents);
      if (page >= marks.size()) continue;
      for (int node : marks[page]) HPDF_Array_Add(parents, elements_[static_cast<size_t>(node)]);
    }
    return tree;
  }

  HaruDocument& haru_;
  const StructureTree& tree_;
  const std::vector<HPDF_Page>& pages_;
  std::vector<std::vector<MarkedContent>> content_;
  std::vector<HPDF_Dict> elements_;
};

}  // namespace

bool WriteStructureTree(HaruDocument& haru, const StructureTree& tree,
                        const std::vector<HPDF_Page>& pages,
                        const std::vector<std::vector<int>>& marks) {
  return StructureTreeWriter(haru, tree, pages).Write(marks);
}

}  // namespace sdgen::pdf
