// Diagnostics are values: stages append them and carry on, so an editor sees every problem
// of a run at once. Nothing here prints; main.cpp formats and prints them in one place.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/message.h"

namespace leernet {

/// A 1-based line and column in a source file. The column counts bytes, as the parsers do;
/// it is shown to people in characters (see DisplayColumn). 0 means unknown.
struct Position {
  int line = 0;
  int column = 0;
};

enum class Severity { kError, kWarning };

struct Diagnostic {
  Severity severity = Severity::kError;
  std::string path;  // relative to the working directory, as the user typed it
  Position pos;
  Message message;
  Message hint;  // how to fix it, when the message itself does not say
};

class Diagnostics {
 public:
  void Error(std::string path, Position pos, Message message, Message hint = {});
  void Warning(std::string path, Position pos, Message message, Message hint = {});
  void Add(Diagnostic d) { items_.push_back(std::move(d)); }

  /// `check --strict`: every warning counts, and is reported, as an error.
  void TreatWarningsAsErrors();

  bool HasErrors() const;
  int ErrorCount() const;
  /// Sorted by path, line and column; stable for diagnostics at the same place.
  std::vector<Diagnostic> Sorted() const;
  const std::vector<Diagnostic>& items() const { return items_; }

 private:
  std::vector<Diagnostic> items_;
};

/// Looks up the text of a source file for excerpts; nullopt when it is not known.
using SourceLookup = std::function<std::optional<std::string_view>(const std::string&)>;

/// The column as a person counts it: characters, not bytes, so that it stays right after an
/// ë or é. The byte column when the text is not known.
int DisplayColumn(const Diagnostic& d, const SourceLookup& lookup);

/// `path:line:col: fout: message`, then the source line and a caret when the text is known,
/// then `  tip: hint` when there is one (English words with Lang::kEn).
std::string FormatDiagnostic(const Diagnostic& d, const SourceLookup& lookup, Lang lang);

/// The closest candidate by edit distance, if it is close enough to suggest.
std::optional<std::string> DidYouMean(std::string_view word, const std::vector<std::string>& candidates);

/// " (bedoel je 'x'?)" or nothing.
Message DidYouMeanSuffix(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace leernet
