// The threads that serve connections. httplib's fixed pool lets a handful of
// slow or idle keep-alive clients (and every open tab's event stream) take all
// workers, so that the next request waits for a timeout; this pool grows with
// the connections up to a cap instead.
#pragma once

#include <httplib.h>

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace leernet::serve {

class ConnectionPool : public httplib::TaskQueue {
 public:
  /// Starts `initial` workers; adds one whenever a connection arrives and none
  /// is idle, until `max` run. Beyond that, connections wait in line.
  ConnectionPool(size_t initial, size_t max);
  ~ConnectionPool() override;

  void enqueue(std::function<void()> fn) override;
  void shutdown() override;

  size_t threads() const;

 private:
  void StartWorker();  // with mutex_ held
  void Work();

  const size_t max_;
  mutable std::mutex mutex_;
  std::condition_variable wake_;
  std::deque<std::function<void()>> jobs_;
  std::vector<std::thread> workers_;
  size_t idle_ = 0;
  bool shutting_down_ = false;
};

}  // namespace leernet::serve
