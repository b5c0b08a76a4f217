#include "serve/live_reload.h"

#include <algorithm>
#include <cctype>
#include <utility>

namespace leernet::serve {

namespace {

// The overlay shows diagnostics with textContent only, so no message can become markup.
constexpr std::string_view kScript = R"js((function () {
  'use strict';
  if (window.__leernetLiveReload || !window.EventSource) return;
  window.__leernetLiveReload = true;
  var overlay = null;
  function hide() {
    if (overlay && overlay.parentNode) overlay.parentNode.removeChild(overlay);
    overlay = null;
  }
  function show(text) {
    hide();
    overlay = document.createElement('div');
    overlay.id = 'leernet-build-errors';
    overlay.setAttribute('role', 'alert');
    overlay.style.cssText = 'position:fixed;left:0;right:0;bottom:0;max-height:60vh;overflow:auto;' +
      'z-index:2147483647;margin:0;padding:1em 1.25em;background:#2b0b0b;color:#fdeaea;' +
      'border-top:4px solid #e5484d;font:14px/1.45 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;' +
      'box-shadow:0 -4px 16px rgba(0,0,0,.4)';
    var close = document.createElement('button');
    close.type = 'button';
    close.textContent = '\u00d7';
    close.setAttribute('aria-label', '{{close}}');
    close.style.cssText = 'float:right;font:inherit;font-size:20px;background:none;color:inherit;border:0;cursor:pointer';
    close.addEventListener('click', hide);
    var title = document.createElement('strong');
    title.textContent = '{{title}}';
    var pre = document.createElement('pre');
    pre.style.cssText = 'margin:.75em 0 0;white-space:pre-wrap;font:inherit';
    pre.textContent = text;
    overlay.appendChild(close);
    overlay.appendChild(title);
    overlay.appendChild(pre);
    document.body.appendChild(overlay);
  }
  var source = new EventSource('/__leernet/events');
  var opened = false;
  source.addEventListener('open', function () {
    // A second open means the server came back: the site may have changed meanwhile.
    if (opened) window.location.reload();
    opened = true;
  });
  source.addEventListener('reload', function () { window.location.reload(); });
  source.addEventListener('error', function (event) {
    // Connection failures fire 'error' too, without data; only the server's event has data.
    if (typeof event.data === 'string') show(event.data);
  });
})();
)js";

// Position of the last case-insensitive occurrence of `needle`, or npos.
size_t RFindNoCase(std::string_view hay, std::string_view needle) {
  if (needle.size() > hay.size()) return std::string_view::npos;
  for (size_t i = hay.size() - needle.size() + 1; i-- > 0;) {
    bool same = true;
    for (size_t j = 0; j < needle.size() && same; ++j) {
      same = std::tolower(static_cast<unsigned char>(hay[i + j])) == needle[j];
    }
    if (same) return i;
  }
  return std::string_view::npos;
}

size_t FindNoCase(std::string_view hay, std::string_view needle, size_t from = 0) {
  auto it =
      std::search(hay.begin() + static_cast<std::ptrdiff_t>(std::min(from, hay.size())), hay.end(), needle.begin(),
                  needle.end(), [](char a, char b) { return std::tolower(static_cast<unsigned char>(a)) == b; });
  return it == hay.end() ? std::string_view::npos : static_cast<size_t>(it - hay.begin());
}

}  // namespace

void EventHub::Publish(std::string type, std::string data) {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    latest_.seq += 1;
    latest_.type = std::move(type);
    latest_.data = std::move(data);
  }
  changed_.notify_all();
}

ReloadEvent EventHub::Latest() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return latest_;
}

std::optional<ReloadEvent> EventHub::WaitNewer(uint64_t seen, std::chrono::milliseconds timeout) {
  std::unique_lock<std::mutex> lock(mutex_);
  changed_.wait_for(lock, timeout, [&] { return closed_ || latest_.seq > seen; });
  if (closed_ || latest_.seq <= seen) return std::nullopt;
  return latest_;
}

void EventHub::Close() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    closed_ = true;
  }
  changed_.notify_all();
}

bool EventHub::closed() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return closed_;
}

std::string FormatServerSentEvent(std::string_view type, std::string_view data) {
  std::string out = "event: " + std::string(type) + "\n";
  size_t start = 0;
  while (start <= data.size()) {
    size_t end = data.find_first_of("\r\n", start);
    if (end == std::string_view::npos) end = data.size();
    out += "data: ";
    out.append(data.substr(start, end - start));
    out += "\n";
    if (end < data.size() && data[end] == '\r' && end + 1 < data.size() && data[end + 1] == '\n') ++end;
    start = end + 1;
  }
  return out + "\n";
}

std::string LiveReloadScript(Lang lang) {
  std::string script(kScript);
  // Neither text has a quote or a backslash, so each goes into its JavaScript string as it is.
  const std::pair<std::string_view, Message> texts[] = {
      {"{{close}}", Say("Sluiten", "Close")},
      {"{{title}}", Say("leernet: het bouwen is mislukt; dit is de laatste goede versie van de pagina.",
                        "leernet: the build failed; this is the last good version of the page.")},
  };
  for (const auto& [placeholder, text] : texts) {
    size_t at = script.find(placeholder);
    if (at != std::string::npos) script.replace(at, placeholder.size(), text.In(lang));
  }
  return script;
}

std::string InjectReloadScript(std::string_view html) {
  if (html.find(kScriptPath) != std::string_view::npos) return std::string(html);
  std::string tag = "<script src=\"" + std::string(kScriptPath) + "\"></script>\n";
  size_t at = RFindNoCase(html, "</body>");
  if (at == std::string_view::npos) at = html.size();
  std::string out;
  out.reserve(html.size() + tag.size());
  out.append(html.substr(0, at));
  out += tag;
  out.append(html.substr(at));
  return out;
}

std::string InjectRootBase(std::string_view html) {
  size_t head = FindNoCase(html, "<head");
  while (head != std::string_view::npos && head + 5 < html.size() && html[head + 5] != '>' &&
         !std::isspace(static_cast<unsigned char>(html[head + 5]))) {
    head = FindNoCase(html, "<head", head + 5);  // "<header" is not "<head"
  }
  if (head == std::string_view::npos) return std::string(html);
  size_t close = html.find('>', head);
  if (close == std::string_view::npos) return std::string(html);
  std::string out(html.substr(0, close + 1));
  out += "<base href=\"/\">";
  out.append(html.substr(close + 1));
  return out;
}

}  // namespace leernet::serve
