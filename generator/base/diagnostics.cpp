#include "base/diagnostics.h"

#include <algorithm>
#include <cstdio>

namespace leernet {

void Diagnostics::Error(std::string path, Position pos, Message message, Message hint) {
  items_.push_back({Severity::kError, std::move(path), pos, std::move(message), std::move(hint)});
}

void Diagnostics::Warning(std::string path, Position pos, Message message, Message hint) {
  items_.push_back({Severity::kWarning, std::move(path), pos, std::move(message), std::move(hint)});
}

void Diagnostics::TreatWarningsAsErrors() {
  for (Diagnostic& d : items_) d.severity = Severity::kError;
}

bool Diagnostics::HasErrors() const { return ErrorCount() > 0; }

int Diagnostics::ErrorCount() const {
  return static_cast<int>(
      std::count_if(items_.begin(), items_.end(), [](const Diagnostic& d) { return d.severity == Severity::kError; }));
}

std::vector<Diagnostic> Diagnostics::Sorted() const {
  std::vector<Diagnostic> out = items_;
  std::stable_sort(out.begin(), out.end(), [](const Diagnostic& a, const Diagnostic& b) {
    if (a.path != b.path) return a.path < b.path;
    if (a.pos.line != b.pos.line) return a.pos.line < b.pos.line;
    return a.pos.column < b.pos.column;
  });
  return out;
}

namespace {

std::string_view LineOf(std::string_view text, int line) {
  size_t start = 0;
  for (int i = 1; i < line; ++i) {
    size_t nl = text.find('\n', start);
    if (nl == std::string_view::npos) return {};
    start = nl + 1;
  }
  size_t end = text.find('\n', start);
  std::string_view out = text.substr(start, end == std::string_view::npos ? text.size() - start : end - start);
  if (!out.empty() && out.back() == '\r') out.remove_suffix(1);
  return out;
}

}  // namespace

namespace {

// Control characters from content (an ESC in a value) must not reach the terminal as such.
std::string Printable(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    unsigned char u = static_cast<unsigned char>(c);
    if ((u < 0x20 && c != '\t') || u == 0x7F) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02x", u);
      out += buf;
    } else {
      out += c;
    }
  }
  return out;
}

bool IsContinuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// Characters in line[from, to): continuation bytes of UTF-8 do not count.
int CharactersIn(std::string_view line, size_t from, size_t to) {
  int n = 0;
  for (size_t i = from; i < to && i < line.size(); ++i) n += IsContinuation(line[i]) ? 0 : 1;
  return n;
}

}  // namespace

int DisplayColumn(const Diagnostic& d, const SourceLookup& lookup) {
  if (d.pos.line <= 0 || d.pos.column <= 0 || !lookup) return d.pos.column;
  std::optional<std::string_view> text = lookup(d.path);
  if (!text) return d.pos.column;
  std::string_view line = LineOf(*text, d.pos.line);
  size_t byte = static_cast<size_t>(d.pos.column - 1);
  // Past the end of the line the extra columns count one each, as they did before.
  int beyond = byte > line.size() ? static_cast<int>(byte - line.size()) : 0;
  return CharactersIn(line, 0, byte) + beyond + 1;
}

std::string FormatDiagnostic(const Diagnostic& d, const SourceLookup& lookup, Lang lang) {
  const bool en = lang == Lang::kEn;
  std::string out = Printable(d.path);
  if (d.pos.line > 0) {
    out += ":" + std::to_string(d.pos.line);
    if (d.pos.column > 0) out += ":" + std::to_string(DisplayColumn(d, lookup));
  }
  if (d.severity == Severity::kError) {
    out += en ? ": error: " : ": fout: ";
  } else {
    out += en ? ": warning: " : ": waarschuwing: ";
  }
  out += Printable(d.message.In(lang));
  out += '\n';
  std::string tip = d.hint.empty() ? "" : (en ? "  hint: " : "  tip: ") + Printable(d.hint.In(lang)) + "\n";
  if (d.pos.line <= 0 || !lookup) return out + tip;
  std::optional<std::string_view> text = lookup(d.path);
  if (!text) return out + tip;
  std::string printable_line = Printable(LineOf(*text, d.pos.line));
  std::string_view line = printable_line;
  if (line.empty()) return out + tip;
  // The caret is placed by characters, so that it stands under the right letter after an ë.
  size_t byte = static_cast<size_t>(std::max(d.pos.column, 1) - 1);
  // Long lines (a paragraph of Markdown) are cut to a window around the column.
  const size_t kWidth = 100;
  size_t start = 0;
  size_t end = line.size();
  std::string prefix;
  if (line.size() > kWidth) {
    start = byte > kWidth / 2 ? byte - kWidth / 2 : 0;
    // A column past the end of the line (positions from another coordinate system) keeps the
    // excerpt to the line's end rather than failing.
    start = std::min(start, line.size() - kWidth);
    while (start > 0 && IsContinuation(line[start])) --start;
    end = std::min(line.size(), start + kWidth);
    while (end < line.size() && IsContinuation(line[end])) ++end;
    if (start > 0) prefix = "...";
  }
  std::string excerpt = prefix + std::string(line.substr(start, end - start)) + (end < line.size() ? "..." : "");
  std::string pad(prefix.size(), ' ');
  // Keep tabs so that the caret lines up under the same characters as in the excerpt.
  for (size_t i = start; i < byte && i < end; ++i) {
    if (IsContinuation(line[i])) continue;
    pad += line[i] == '\t' ? '\t' : ' ';
  }
  if (byte > end) pad += std::string(byte - end, ' ');
  out += "  " + excerpt + "\n  " + pad + "^\n";
  return out + tip;
}

namespace {

size_t EditDistance(std::string_view a, std::string_view b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diag = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diag = up;
    }
  }
  return row[b.size()];
}

}  // namespace

std::optional<std::string> DidYouMean(std::string_view word, const std::vector<std::string>& candidates) {
  // A suggestion further away than about a third of the word is more noise than help.
  size_t limit = std::max<size_t>(1, word.size() / 3);
  std::optional<std::string> best;
  size_t best_distance = limit + 1;
  for (const std::string& c : candidates) {
    size_t d = EditDistance(word, c);
    if (d < best_distance && d > 0 && d < word.size()) {
      best_distance = d;
      best = c;
    }
  }
  return best;
}

Message DidYouMeanSuffix(std::string_view word, const std::vector<std::string>& candidates) {
  std::optional<std::string> best = DidYouMean(word, candidates);
  if (!best) return {};
  return Say(" (bedoel je '{0}'?)", " (did you mean '{0}'?)", {*best});
}

}  // namespace leernet
