#include "serve/connection_pool.h"

namespace leernet::serve {

ConnectionPool::ConnectionPool(size_t initial, size_t max) : max_(max < 1 ? 1 : max) {
  std::lock_guard<std::mutex> lock(mutex_);
  while (workers_.size() < initial && workers_.size() < max_) StartWorker();
}

ConnectionPool::~ConnectionPool() { shutdown(); }

void ConnectionPool::enqueue(std::function<void()> fn) {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    jobs_.push_back(std::move(fn));
    // Workers that are idle take the job; only when every worker is busy does a
    // new one start.
    if (idle_ < jobs_.size() && workers_.size() < max_) StartWorker();
  }
  wake_.notify_one();
}

void ConnectionPool::shutdown() {
  std::vector<std::thread> workers;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    shutting_down_ = true;
    workers.swap(workers_);
  }
  wake_.notify_all();
  for (std::thread &worker : workers) worker.join();
}

size_t ConnectionPool::threads() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return workers_.size();
}

void ConnectionPool::StartWorker() {
  idle_ += 1;  // counted idle until it takes a job, so a burst does not start a
               // thread per job
  workers_.emplace_back([this] { Work(); });
}

void ConnectionPool::Work() {
  std::unique_lock<std::mutex> lock(mutex_);
  for (;;) {
    wake_.wait(lock, [this] { return !jobs_.empty() || shutting_down_; });
    if (jobs_.empty()) break;  // shutting down with nothing left to do
    std::function<void()> job = std::move(jobs_.front());
    jobs_.pop_front();
    idle_ -= 1;
    lock.unlock();
    job();
    lock.lock();
    idle_ += 1;
  }
  idle_ -= 1;
}

}  // namespace leernet::serve
