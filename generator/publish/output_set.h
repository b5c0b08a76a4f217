// Everything a build produces. Held in memory (for `leernet serve` and tests), or, when the
// set has a sink, handed to the sink file by file as soon as it is made, so that a big site
// never sits in memory as a whole.
#pragma once

#include <cstddef>
#include <functional>
#include <map>
#include <set>
#include <string>
#include <string_view>

#include "base/message.h"

namespace leernet {

/// Where a streaming build's files go. Write is called from several threads at once, never
/// twice for one path. A sink remembers its first failure; the build reads it at the end.
class FileSink {
 public:
  virtual ~FileSink() = default;
  virtual void Write(const std::string& path, std::string_view bytes) = 0;
  /// Adds bytes to the end of a file written before; a file made in pieces is written once
  /// and then appended to, always from one thread.
  virtual void Append(const std::string& path, std::string_view bytes) = 0;
  /// The first write that failed, naming the path, or "".
  virtual Message Error() const = 0;
};

class OutputSet {
 public:
  OutputSet() = default;
  /// Files go to `sink` (which must outlive the set) instead of `files`.
  explicit OutputSet(FileSink* sink) : sink_(sink) {}

  std::map<std::string, std::string> files;  // path relative to the output root -> bytes (no sink)

  /// False when the path is taken already or would leave the output root.
  bool Add(const std::string& path, std::string bytes);

  /// Takes `path` for a file whose bytes come later through Fill: false as Add. Reserving in
  /// a fixed order and filling in parallel keeps which path wins independent of scheduling.
  bool Reserve(const std::string& path);
  /// The bytes of a reserved path. Safe to call from several threads for different paths.
  void Fill(const std::string& path, std::string bytes);

  /// Like Add, for a file made in pieces: `make` gets a function to pass each piece to, in
  /// order. A streaming set hands each piece to the sink as it comes.
  using PutPiece = std::function<void(std::string_view)>;
  bool AddInPieces(const std::string& path, const std::function<void(const PutPiece&)>& make);

  /// Files added so far, held or written.
  size_t Count() const { return sink_ ? written_.size() : files.size(); }
  /// Bytes of the held files (a streaming set holds none).
  size_t TotalBytes() const;
  bool streaming() const { return sink_ != nullptr; }
  /// The sink's first write failure, or "".
  Message WriteError() const { return sink_ ? sink_->Error() : Message{}; }

 private:
  FileSink* sink_ = nullptr;
  std::set<std::string> written_;  // paths handed to the sink
};

/// A path that stays inside its root: relative, no "..", no empty or "." parts, no NUL.
bool IsContainedPath(const std::string& path);

}  // namespace leernet
