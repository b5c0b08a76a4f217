// The single writer of the output folder. A build writes its files into a staging folder next
// to the target (`.<name>.new-<pid>`) while it renders, and the finished site is swapped in at
// the end with one atomic rename exchange, so a failed, crashed or killed build leaves the old
// site as it was. What a killed build left behind is removed by the next build into the same
// folder, before it starts writing.
#pragma once

#include <atomic>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <string_view>
#include <utility>

#include "publish/output_set.h"

namespace leernet {

struct PublishResult {
  bool ok = false;
  Message error;  // what failed, naming the path
};

/// A site being written. Destroying it before Commit removes what it wrote.
class StagedSite : public FileSink {
 public:
  /// Checks `out_dir` (see CheckOutputDir), removes what killed builds into it left behind and
  /// creates the staging folder. Null, with `error` set, when any of that fails.
  static std::unique_ptr<StagedSite> Open(const std::string& out_dir, const std::string& source_dir, Message& error);
  ~StagedSite() override;
  StagedSite(const StagedSite&) = delete;
  StagedSite& operator=(const StagedSite&) = delete;

  /// Writes one file below the staging folder; safe from several threads for different paths.
  void Write(const std::string& path, std::string_view bytes) override;
  void Append(const std::string& path, std::string_view bytes) override;
  Message Error() const override;
  /// Bytes written so far.
  size_t BytesWritten() const { return bytes_.load(); }

  /// Puts the staged site in place of the old one and removes the old one. Refuses when a
  /// write failed.
  bool Commit(Message& error);

 private:
  StagedSite(std::string target, std::string staging) : target_(std::move(target)), staging_(std::move(staging)) {}
  bool MakeParent(const std::string& path, Message& error);
  void WriteFile(const std::string& path, std::string_view bytes, int open_flags);
  void Fail(Message error);

  std::string target_;
  std::string staging_;
  bool committed_ = false;
  std::atomic<size_t> bytes_{0};
  mutable std::mutex mutex_;    // guards dirs_ and error_
  std::set<std::string> dirs_;  // folders below staging that exist already
  Message error_;
};

/// Writes a whole in-memory `output` to `out_dir` through a StagedSite. Refuses targets that
/// would destroy something else: "/", the home folder, the content folder or a folder that
/// contains it.
PublishResult Publish(const OutputSet& output, const std::string& out_dir, const std::string& source_dir);

/// The reason `out_dir` may not be used as output, or an empty message when it may.
Message CheckOutputDir(const std::string& out_dir, const std::string& source_dir);

}  // namespace leernet
