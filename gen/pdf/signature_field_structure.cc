#include "pdf/signature_field_structure.h"

#include <hpdf_doc.h>
#include <hpdf_objects.h>

#include <algorithm>

namespace sdgen::pdf {
namespace {

// The `index`th kid of a written structure element: an element holds its
// child elements in the order of the tree's children.
HPDF_Dict Kid(HPDF_Dict element, size_t index) {
  auto kids = static_cast<HPDF_Array>(HPDF_Dict_GetItem(element, "K", HPDF_OCLASS_ARRAY));
  if (kids == nullptr || index >= kids->list->count) return nullptr;
  return static_cast<HPDF_Dict>(
      HPDF_Array_GetItem(kids, static_cast<HPDF_UINT>(index), HPDF_OCLASS_DICT));
}

// The written element of `node`, found from the root along its ancestors.
HPDF_Dict WrittenElement(HPDF_Dict root, const StructureTree& tree, int node) {
  std::vector<size_t> path;  // from `node` up
  for (int at = node; at != StructureTree::kRoot; at = tree[at].parent) {
    if (at < 0 || static_cast<size_t>(at) >= tree.size()) return nullptr;
    const std::vector<int>& siblings = tree[tree[at].parent].children;
    path.push_back(
        static_cast<size_t>(std::find(siblings.begin(), siblings.end(), at) - siblings.begin()));
  }
  auto element = static_cast<HPDF_Dict>(HPDF_Dict_GetItem(root, "K", HPDF_OCLASS_DICT));
  for (auto step = path.rbegin(); element != nullptr && step != path.rend(); ++step)
    element = Kid(element, *step);
  return element;
}

}  // namespace

bool TagSignatureField(HaruDocument& haru, const StructureTree& tree,
                       const LaidOutDocument& laid_out, const std::vector<HPDF_Page>& pages,
                       HPDF_Dict widget) {
  if (widget == nullptr) return true;
  HPDF_Doc doc = haru.handle();
  auto root =
      static_cast<HPDF_Dict>(HPDF_Dict_GetItem(doc->catalog, "StructTreeRoot", HPDF_OCLASS_DICT));
  HPDF_Dict form = root ? WrittenElement(root, tree, laid_out.signature_field->node) : nullptr;
  auto kids =
      form ? static_cast<HPDF_Array>(HPDF_Dict_GetItem(form, "K", HPDF_OCLASS_ARRAY)) : nullptr;
  auto parent_tree =
      root ? static_cast<HPDF_Dict>(HPDF_Dict_GetItem(root, "ParentTree", HPDF_OCLASS_DICT))
           : nullptr;
  auto numbers =
      parent_tree
          ? static_cast<HPDF_Array>(HPDF_Dict_GetItem(parent_tree, "Nums", HPDF_OCLASS_ARRAY))
          : nullptr;
  auto next_key = root ? static_cast<HPDF_Number>(
                             HPDF_Dict_GetItem(root, "ParentTreeNextKey", HPDF_OCLASS_NUMBER))
                       : nullptr;
  HPDF_Dict reference = HPDF_Dict_New(doc->mmgr);
  if (kids == nullptr || numbers == nullptr || next_key == nullptr || reference == nullptr)
    return false;
  HPDF_Page page = pages[laid_out.signature_field->page];
  HPDF_Dict_AddName(reference, "Type", "OBJR");
  HPDF_Dict_Add(reference, "Obj", widget);
  HPDF_Dict_Add(reference, "Pg", page);
  HPDF_Array_Add(kids, reference);
  HPDF_Dict_Add(form, "Pg", page);
  // A key after every page's: the ParentTree's numbers stay in order.
  HPDF_INT32 key = next_key->value++;
  HPDF_Dict_AddNumber(widget, "StructParent", key);
  HPDF_Array_AddNumber(numbers, key);
  return HPDF_Array_Add(numbers, form) == HPDF_OK;
}

}  // namespace sdgen::pdf
