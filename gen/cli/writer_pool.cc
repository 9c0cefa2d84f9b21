#include "cli/writer_pool.h"

#include <algorithm>
#include <atomic>
#include <thread>

namespace sdgen::cli {

// Workers share one copy of each font and image file.
WriterPool::WriterPool(unsigned jobs) {
  auto fonts = std::make_shared<pdf::FontLibrary>();
  auto images = std::make_shared<pdf::ImageLibrary>();
  for (unsigned i = 0; i < std::max(jobs, 1u); ++i)
    writers_.push_back(std::make_unique<DocumentWriters>(fonts, images));
}

unsigned WriterPool::DefaultJobs() { return std::max(std::thread::hardware_concurrency(), 1u); }

std::vector<WriterPool::Rendered> WriterPool::Render(
    const std::vector<const doc::Document*>& documents) {
  std::vector<Rendered> results(documents.size());
  std::atomic<size_t> next{0};
  auto work = [&](DocumentWriters& writers) {
    for (size_t i; (i = next.fetch_add(1)) < documents.size();) {
      Rendered& result = results[i];
      result.ok = writers.Render(*documents[i], &result.files, result.diagnostics, &result.error);
    }
  };
  size_t helpers = std::min(writers_.size(), documents.size());
  std::vector<std::thread> threads;
  for (size_t w = 1; w < helpers; ++w) threads.emplace_back(work, std::ref(*writers_[w]));
  work(*writers_[0]);
  for (std::thread& thread : threads) thread.join();
  return results;
}

}  // namespace sdgen::cli
