// Runs independent pieces of work on several threads. Callers write each result into its own
// slot, so the output does not depend on the number of threads or on scheduling.
#pragma once

#include <atomic>
#include <cstddef>
#include <thread>
#include <vector>

namespace leernet {

/// The number of threads to use for `jobs` (0: one per core).
inline int ResolveJobs(int jobs) {
  if (jobs > 0) return jobs;
  unsigned cores = std::thread::hardware_concurrency();
  return cores == 0 ? 1 : static_cast<int>(cores);
}

/// Calls fn(i) for every i in [0, n), spread over `jobs` threads. fn must only touch slot i.
template <typename Fn>
void ParallelFor(size_t n, int jobs, Fn&& fn) {
  int threads = ResolveJobs(jobs);
  if (threads <= 1 || n < 2) {
    for (size_t i = 0; i < n; ++i) fn(i);
    return;
  }
  std::atomic<size_t> next{0};
  auto worker = [&] {
    for (size_t i; (i = next.fetch_add(1, std::memory_order_relaxed)) < n;) fn(i);
  };
  std::vector<std::thread> pool;
  for (int t = 1; t < threads && static_cast<size_t>(t) < n; ++t) pool.emplace_back(worker);
  worker();
  for (std::thread& t : pool) t.join();
}

}  // namespace leernet
