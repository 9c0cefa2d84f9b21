#pragma once

// Deflates a libharu document's streams before it is saved, with one reused
// libdeflate compressor. Left to itself, libharu deflates each stream (page
// contents, font programs, maps) through zlib with a fresh 256 KB state; that
// was a third of a build's instructions.

#include <hpdf.h>

#include "compression/deflate_compressor.h"

namespace sdgen::pdf {

/// Replaces the bytes of every stream of `pdf` that libharu would deflate at
/// save with their zlib form, and has the stream written as it is, under its
/// own /Filter /FlateDecode. False if a stream cannot be compressed or rewritten.
bool DeflateStreams(HPDF_Doc pdf, compression::DeflateCompressor& compressor);

}  // namespace sdgen::pdf
