#include "pdf/deflated_streams.h"

#include <hpdf_doc.h>
#include <hpdf_objects.h>
#include <hpdf_streams.h>

#include <string>

namespace sdgen::pdf {
namespace {

// libharu writes a stream with filter NONE raw and drops any /Filter entry,
// so the filter goes in through the dictionary's write hook (as for PNG data).
HPDF_STATUS WriteFlateFilter(HPDF_Dict, HPDF_Stream out) {
  return HPDF_Stream_WriteStr(out, "/Filter /FlateDecode\012");
}

// A stream libharu would deflate itself, and whose hook is free for the filter.
bool DeflatedAtSave(void* object) {
  if (object == nullptr) return false;
  const auto* header = static_cast<const HPDF_Obj_Header*>(object);
  if ((header->obj_class & HPDF_OCLASS_ANY) != HPDF_OCLASS_DICT) return false;
  const auto* dict = static_cast<const HPDF_Dict_Rec*>(object);
  return dict->stream != nullptr && dict->filter == HPDF_STREAM_FILTER_FLATE_DECODE &&
         dict->write_fn == nullptr;
}

void ReadAll(HPDF_Stream stream, std::string* bytes) {
  bytes->clear();
  const HPDF_UINT count = HPDF_MemStream_GetBufCount(stream);
  for (HPDF_UINT i = 0; i < count; ++i) {
    HPDF_UINT length = 0;
    HPDF_BYTE* chunk = HPDF_MemStream_GetBufPtr(stream, i, &length);
    if (chunk != nullptr) bytes->append(reinterpret_cast<const char*>(chunk), length);
  }
}

}  // namespace

bool DeflateStreams(HPDF_Doc pdf, compression::DeflateCompressor& compressor) {
  std::string raw, packed;  // reused for every stream
  HPDF_List entries = pdf->xref->entries;
  for (HPDF_UINT i = 0; i < entries->count; ++i) {
    auto* entry = static_cast<HPDF_XrefEntry>(HPDF_List_ItemAt(entries, i));
    if (entry == nullptr || !DeflatedAtSave(entry->obj)) continue;
    auto dict = static_cast<HPDF_Dict>(entry->obj);
    ReadAll(dict->stream, &raw);
    if (!compressor.Zlib(raw, &packed)) return false;
    HPDF_MemStream_FreeData(dict->stream);
    if (HPDF_Stream_Write(dict->stream, reinterpret_cast<const HPDF_BYTE*>(packed.data()),
                          static_cast<HPDF_UINT>(packed.size())) != HPDF_OK) {
      return false;
    }
    dict->filter = HPDF_STREAM_FILTER_NONE;
    dict->write_fn = &WriteFlateFilter;
  }
  return true;
}

}  // namespace sdgen::pdf
