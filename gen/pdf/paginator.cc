#include "pdf/paginator.h"

namespace sdgen::pdf {

size_t Paginator::ChainEnd(const std::vector<Slab>& slabs, size_t begin) const {
  size_t end = begin;
  while (end + 1 < slabs.size() && slabs[end].keep_with_next &&
         !slabs[end + 1].page_break_before) {
    ++end;
  }
  return end + 1;
}

double Paginator::ChainHeight(const std::vector<Slab>& slabs, size_t begin, size_t end) const {
  double height = 0;
  for (size_t i = begin; i < end; ++i) height += slabs[i].height + (i > begin ? slabs[i].space_before : 0);
  return height;
}

double Paginator::HeaderHeight(const Slab& slab) const {
  double height = 0;
  if (slab.repeat_header) {
    for (const Slab& header : *slab.repeat_header) height += header.height;
  }
  return height;
}

void Paginator::NewPage() {
  result_.pages.emplace_back();
  cursor_ = top_;
}

void Paginator::Place(const Slab& slab, bool with_space) {
  if (AtTop() && slab.repeat_header) {
    // A header repeated on a later page is furniture: the structure holds it once.
    size_t from = result_.pages.back().items.size();
    for (const Slab& header : *slab.repeat_header) Place(header, false);
    std::vector<PageItem>& items = result_.pages.back().items;
    for (size_t i = from; i < items.size(); ++i) MakeArtifact(&items[i]);
  }
  if (result_.pages.size() == 1 && cursor_ < slab.top_at_least) cursor_ = slab.top_at_least;
  else if (with_space && !AtTop()) cursor_ += slab.space_before;
  LaidOutPage& page = result_.pages.back();
  for (PageItem item : slab.items) {
    ShiftItem(&item, cursor_);
    page.items.push_back(std::move(item));
  }
  if (slab.bookmark) {
    OutlineEntry entry = *slab.bookmark;
    entry.page = result_.pages.size() - 1;
    entry.y = cursor_;
    result_.outline.push_back(std::move(entry));
  }
  if (slab.signature_field && !result_.signature_field) {  // one chair: the first block
    SignatureFieldArea field = *slab.signature_field;
    field.page = result_.pages.size() - 1;
    field.y += cursor_;
    result_.signature_field = std::move(field);
  }
  cursor_ += slab.height;
}

LaidOutDocument Paginator::Paginate(const std::vector<Slab>& slabs) {
  result_ = LaidOutDocument{};
  NewPage();
  size_t i = 0;
  while (i < slabs.size()) {
    if (slabs[i].page_break_before && !AtTop()) NewPage();
    size_t end = ChainEnd(slabs, i);
    double space = AtTop() ? 0 : slabs[i].space_before;
    double chain = ChainHeight(slabs, i, end);
    double page_room = bottom_ - top_ - HeaderHeight(slabs[i]);
    if (!Fits(space + chain + (AtTop() ? HeaderHeight(slabs[i]) : 0)) && !AtTop() &&
        chain <= page_room) {
      NewPage();
    }
    // A chain taller than a page is placed slab by slab, breaking where it must.
    for (size_t k = i; k < end; ++k) {
      double needed = slabs[k].height + (AtTop() ? HeaderHeight(slabs[k]) : slabs[k].space_before);
      if (!Fits(needed) && !AtTop()) NewPage();
      Place(slabs[k], true);
    }
    i = end;
  }
  return std::move(result_);
}

}  // namespace sdgen::pdf
