#include "serve/dev_server.h"

#include <httplib.h>
#include <pthread.h>
#include <signal.h>
#include <sys/socket.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <mutex>
#include <thread>

#include "base/file_system.h"
#include "base/text.h"
#include "serve/connection_pool.h"
#include "serve/file_watcher.h"
#include "serve/live_reload.h"
#include "serve/request_path.h"
#include "serve/site_builder.h"

namespace leernet::serve {

namespace {

using namespace std::chrono_literals;

constexpr auto kQuiet = 40ms;         // editors write a file in several steps within this
constexpr auto kLongestBurst = 1s;    // a checkout that keeps writing still gets built
constexpr auto kStreamPoll = 250ms;   // how soon an event stream notices Stop()
constexpr auto kPing = 15s;           // lets a stream find out that its browser tab is gone
constexpr size_t kThreads = 8;        // at the start; the pool grows with the connections
constexpr size_t kMaxThreads = 1024;  // each open tab and each slow client holds one

std::string PathOf(const std::string &target) { return target.substr(0, target.find_first_of("?#")); }

std::string Milliseconds(double seconds) {
  char text[32];
  std::snprintf(text, sizeof text, "%.0f ms", seconds * 1000);
  return text;
}

struct StreamState {
  bool greeted = false;
  uint64_t seen = 0;
  std::chrono::steady_clock::time_point last_write = std::chrono::steady_clock::now();
};

}  // namespace

struct DevServer::Impl {
  Impl(BuildOptions build_options, ServeOptions serve_options, std::ostream *log_stream)
      : serve(std::move(serve_options)), log(log_stream), builder(fs, std::move(build_options), serve.lang) {}

  const std::string &Text(const Message &message) const { return message.In(serve.lang); }

  void Log(const std::string &text) {
    if (!log) return;
    std::lock_guard<std::mutex> lock(log_mutex);
    *log << text << std::flush;
  }

  std::shared_ptr<const SiteFiles> Site() {
    std::lock_guard<std::mutex> lock(site_mutex);
    return site;
  }

  void Report(const BuildOutcome &outcome, const Message &what) {
    builds += 1;
    if (outcome.ok) {
      {
        std::lock_guard<std::mutex> lock(site_mutex);
        site = outcome.output;
        first_report.clear();
      }
      hub.Publish("reload", "");
      Message scope = outcome.patched ? Say(", alleen thema-assets", ", theme assets only") : Message{};
      if (outcome.incremental) {
        scope = Say(", {0} pagina's gerenderd", ", {0} pages rendered", {std::to_string(outcome.pages)});
      }
      Log(outcome.report + "leernet: " +
          Text(what +
               Say(" in {0} ({1} bestanden, {2} entries", " in {0} ({1} files, {2} entries",
                   {Milliseconds(outcome.seconds), std::to_string(outcome.output->files.size()),
                    std::to_string(outcome.entries)}) +
               scope) +
          ")\n");
      return;
    }
    bool have_site;
    {
      std::lock_guard<std::mutex> lock(site_mutex);
      have_site = site != nullptr;
      if (!have_site) first_report = outcome.report;
    }
    hub.Publish("error", outcome.report);
    std::string errors = std::to_string(outcome.errors);
    Log(outcome.report + "leernet: " +
        Text(have_site ? Say("{0} fout(en); de laatste goede site wordt nog getoond",
                             "{0} error(s); still serving the last good site", {errors})
                       : Say("{0} fout(en); er is niets te tonen tot ze zijn opgelost",
                             "{0} error(s); nothing to serve until they are fixed", {errors})) +
        "\n");
  }

  void OnChanges(const std::vector<std::string> &changed) {
    Message what = Say("opnieuw gebouwd na een wijziging in {0}", "rebuilt after a change to {0}", {changed.front()});
    if (changed.size() > 1) {
      what = what + Say(" en {0} meer", " and {0} more", {std::to_string(changed.size() - 1)});
    }
    BuildOutcome pages = builder.Rebuild(changed);
    Report(pages, what);
    if (pages.ok && pages.deferred) FinishDeferred();
  }

  // The second step of an incremental rebuild. The pages already show the edit,
  // and the search page loads its files when it opens, so the swap needs no
  // reload event.
  void FinishDeferred() {
    BuildOutcome files = builder.FinishDeferred();
    if (files.ok) {
      std::lock_guard<std::mutex> lock(site_mutex);
      site = files.output;
    }
    std::string ms = Milliseconds(files.seconds);
    Log(files.report + "leernet: " +
        Text(files.ok ? Say("zoekindex en exports bijgewerkt in {0}", "search index and exports updated in {0}", {ms})
                      : Say("zoekindex en exports niet bijgewerkt in {0}",
                            "search index and exports not updated in {0}", {ms})) +
        "\n");
  }

  void Handle(const httplib::Request &req, httplib::Response &res) {
    res.set_header("Cache-Control", "no-store");
    res.set_header("X-Content-Type-Options", "nosniff");
    if (req.method != "GET" && req.method != "HEAD") {
      res.status = 405;
      res.set_header("Allow", "GET, HEAD");
      res.set_content(Text(Say("alleen GET en HEAD zijn toegestaan\n", "only GET and HEAD are allowed\n")),
                      "text/plain; charset=utf-8");
      return;
    }
    std::string path = PathOf(req.target);
    if (path == kEventsPath) return StreamEvents(res);
    if (path == kScriptPath) {
      res.set_content(LiveReloadScript(serve.lang), "text/javascript; charset=utf-8");
      return;
    }
    std::shared_ptr<const SiteFiles> current = Site();
    if (!current) return NoSite(res);
    if (std::optional<std::string> file = ResolveRequestPath(req.target)) {
      auto it = current->files.find(*file);
      if (it != current->files.end()) {
        res.status = 200;
        std::string type = ContentTypeFor(*file);
        if (type.rfind("text/html", 0) == 0)
          res.set_content(InjectReloadScript(*it->second), type);
        else
          res.set_content(*it->second, type);
        return;
      }
    }
    res.status = 404;
    auto page = current->files.find("404.html");
    if (page == current->files.end()) {
      res.set_content(Text(Say("404: deze pagina bestaat niet\n", "404: no such page\n")), "text/plain; charset=utf-8");
    } else {
      res.set_content(InjectReloadScript(InjectRootBase(*page->second)), "text/html; charset=utf-8");
    }
  }

  // Before the first good build there is no site: every page shows the errors
  // and reloads itself once they are fixed.
  void NoSite(httplib::Response &res) {
    std::string report;
    {
      std::lock_guard<std::mutex> lock(site_mutex);
      report = first_report;
    }
    res.status = 503;
    bool en = serve.lang == Lang::kEn;
    res.set_content(InjectReloadScript(std::string("<!doctype html>\n<html lang=\"") + (en ? "en" : "nl") +
                                       "\"><head><meta charset=\"utf-8\"><title>leernet: " +
                                       Text(Say("bouwen mislukt", "build failed")) + "</title></head>\n<body><h1>" +
                                       Text(Say("De site kon niet worden gebouwd", "The site could not be built")) +
                                       "</h1>\n<pre>" + EscapeHtml(report) + "</pre>\n</body></html>\n"),
                    "text/html; charset=utf-8");
  }

  void StreamEvents(httplib::Response &res) {
    res.set_header("X-Accel-Buffering", "no");
    auto state = std::make_shared<StreamState>();
    ReloadEvent latest = hub.Latest();
    // A page opened while the build is broken shows the errors at once; a
    // reload it missed does not matter, since it was loaded after it.
    state->seen = latest.type == "error" ? latest.seq - 1 : latest.seq;
    EventHub *events = &hub;
    res.set_chunked_content_provider("text/event-stream", [events, state](size_t, httplib::DataSink &sink) {
      auto write = [&](const std::string &text) {
        state->last_write = std::chrono::steady_clock::now();
        return sink.write(text.data(), text.size());
      };
      if (!state->greeted) {
        state->greeted = true;
        return write("retry: 1000\n: leernet live reload\n\n");
      }
      std::optional<ReloadEvent> event = events->WaitNewer(state->seen, kStreamPoll);
      if (events->closed()) {
        sink.done();
        return true;
      }
      if (event) {
        state->seen = event->seq;
        return write(FormatServerSentEvent(event->type, event->data));
      }
      if (std::chrono::steady_clock::now() - state->last_write >= kPing) return write(": ping\n\n");
      return true;
    });
  }

  DiskFileSystem fs;
  ServeOptions serve;
  std::ostream *log;
  std::mutex log_mutex;
  SiteBuilder builder;
  httplib::Server server;
  EventHub hub;
  FileWatcher watcher;
  std::mutex site_mutex;
  std::shared_ptr<const SiteFiles> site;
  std::string first_report;  // the errors while there is no site yet
  std::atomic<int> builds{0};
  int port = -1;
  int listen_socket = -1;
  std::thread http_thread;
  std::thread watch_thread;
  std::once_flag stopped;
};

DevServer::DevServer(BuildOptions build, ServeOptions serve, std::ostream *log)
    : impl_(std::make_unique<Impl>(std::move(build), std::move(serve), log)) {}

DevServer::~DevServer() { Stop(); }

bool DevServer::Start(std::string *error) {
  Impl &s = *impl_;
  for (const std::string &folder : s.builder.WatchedFolders()) {
    Message watch_error;
    if (!s.watcher.Watch(folder, &watch_error)) {
      *error = s.Text(watch_error);
      return false;
    }
  }
  s.Report(s.builder.BuildAll(), Say("gebouwd", "built"));

  s.server.new_task_queue = [] { return new ConnectionPool(kThreads, kMaxThreads); };
  // httplib's default adds SO_REUSEPORT, which lets a second `leernet serve`
  // share the port and answer half the requests; SO_REUSEADDR alone still
  // allows a quick restart.
  s.server.set_socket_options([&s](int sock) {
    int yes = 1;
    setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    s.listen_socket = sock;
  });
  s.server.set_pre_routing_handler([&s](const httplib::Request &req, httplib::Response &res) {
    s.Handle(req, res);
    return httplib::Server::HandlerResponse::Handled;
  });
  s.port = s.serve.port == 0 ? s.server.bind_to_any_port(s.serve.bind)
                             : (s.server.bind_to_port(s.serve.bind, s.serve.port) ? s.serve.port : -1);
  // Debian's compiled httplib listens with a backlog of 5: a hundred tabs and
  // scripts that connect at once would see connections dropped and retried for
  // seconds. Listening again on the bound socket only raises the backlog.
  if (s.port > 0 && s.listen_socket >= 0) ::listen(s.listen_socket, SOMAXCONN);
  if (s.port <= 0) {
    *error = s.Text(Say("kan niet luisteren op {0} poort {1} (is die in gebruik? --port 0 kiest een vrije poort)",
                        "cannot listen on {0} port {1} (is it in use? --port 0 picks a free port)",
                        {s.serve.bind, std::to_string(s.serve.port)}));
    return false;
  }
  s.http_thread = std::thread([&s] {
    // A browser that closes a tab mid-stream must not end the process with
    // SIGPIPE; the server's worker threads inherit this mask.
    sigset_t pipe;
    sigemptyset(&pipe);
    sigaddset(&pipe, SIGPIPE);
    pthread_sigmask(SIG_BLOCK, &pipe, nullptr);
    s.server.listen_after_bind();
  });
  // stop() is a no-op until the server runs, so Stop() right after Start() must
  // not race it.
  for (int i = 0; i < 5000 && !s.server.is_running(); ++i) std::this_thread::sleep_for(1ms);
  s.watch_thread = std::thread([&s] {
    s.watcher.Run(kQuiet, kLongestBurst, [&s](const std::vector<std::string> &changed) { s.OnChanges(changed); });
  });
  return true;
}

void DevServer::Stop() {
  Impl &s = *impl_;
  std::call_once(s.stopped, [&s] {
    s.hub.Close();
    s.watcher.Stop();
    if (s.watch_thread.joinable()) s.watch_thread.join();
    // listen_after_bind() may not have marked the server running yet; stop()
    // would miss it.
    for (int i = 0; i < 5000 && s.http_thread.joinable() && !s.server.is_running(); ++i) {
      std::this_thread::sleep_for(1ms);
    }
    s.server.stop();
    if (s.http_thread.joinable()) s.http_thread.join();
  });
}

int DevServer::port() const { return impl_->port; }

std::string DevServer::Url() const {
  std::string host = impl_->serve.bind;
  if (host == "0.0.0.0") host = "127.0.0.1";
  if (host == "::") host = "::1";
  if (host.find(':') != std::string::npos) host = "[" + host + "]";
  return "http://" + host + ":" + std::to_string(impl_->port) + "/";
}

int DevServer::builds() const { return impl_->builds.load(); }

}  // namespace leernet::serve
