// `leernet serve` in-process on loopback, on a copy of the basis fixture: pages over HTTP, live
// reload after a change, errors after a broken change while the last good site stays, and no
// way out of the site. Waits are bounded polls; nothing asserts how fast anything is.
#include "serve/dev_server.h"

#include <gtest/gtest.h>
#include <httplib.h>
#include <stdlib.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <functional>
#include <mutex>
#include <sstream>
#include <thread>

#include "support/test_site.h"

namespace leernet::serve {
namespace {

using namespace std::chrono_literals;
namespace fs = std::filesystem;

constexpr auto kBound = 5s;

bool Eventually(const std::function<bool()>& condition) {
  auto deadline = std::chrono::steady_clock::now() + kBound;
  while (std::chrono::steady_clock::now() < deadline) {
    if (condition()) return true;
    std::this_thread::sleep_for(20ms);
  }
  return condition();
}

class DevServerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string pattern = (fs::temp_directory_path() / "leernet-serve-XXXXXX").string();
    ASSERT_NE(mkdtemp(pattern.data()), nullptr);
    root_ = pattern;
    content_ = root_ + "/content";
    fs::copy(testing::SourcePath("tests/fixtures/sites/basis/content"), content_, fs::copy_options::recursive);
    BuildOptions build;
    build.source = content_;
    build.default_theme = testing::SourcePath("themes/default");
    build.node_modules = testing::SourcePath("node_modules");
    server_ = std::make_unique<DevServer>(build, ServeOptions{"127.0.0.1", 0}, &log_);
    std::string error;
    ASSERT_TRUE(server_->Start(&error)) << error;
    ASSERT_GT(server_->port(), 0);
    client_ = std::make_unique<httplib::Client>("127.0.0.1", server_->port());
    client_->set_url_encode(false);  // send the targets exactly as written
    client_->set_connection_timeout(5s);
    client_->set_read_timeout(5s);
  }

  void TearDown() override {
    stop_events_ = true;
    if (server_) server_->Stop();  // ends the event stream, so its reader returns
    if (events_thread_.joinable()) events_thread_.join();
    std::error_code ec;
    fs::remove_all(root_, ec);
  }

  httplib::Result Get(const std::string& target) { return client_->Get(target); }

  std::string Body(const std::string& target) {
    httplib::Result res = Get(target);
    return res && res->status == 200 ? res->body : std::string();
  }

  // Reads the event stream on its own connection; returns once the server has registered it.
  void ListenForEvents() {
    events_thread_ = std::thread([this] {
      httplib::Client events("127.0.0.1", server_->port());
      events.set_read_timeout(60s);  // a quiet stream is not an error; Stop() ends it
      events.Get("/__leernet/events", [this](const char* data, size_t size) {
        std::lock_guard<std::mutex> lock(events_mutex_);
        events_.append(data, size);
        return !stop_events_;
      });
    });
    ASSERT_TRUE(Eventually([this] { return Events().find(": leernet") != std::string::npos; }));
  }

  std::string Events() {
    std::lock_guard<std::mutex> lock(events_mutex_);
    return events_;
  }

  void WriteContent(const std::string& rel, const std::string& text) {
    testing::SaveDiskFile(content_ + "/" + rel, text);
  }

  std::string ReadContent(const std::string& rel) { return testing::ReadDiskFile(content_ + "/" + rel); }

  std::string root_;
  std::string content_;
  std::ostringstream log_;
  std::unique_ptr<DevServer> server_;
  std::unique_ptr<httplib::Client> client_;
  std::thread events_thread_;
  std::atomic<bool> stop_events_{false};
  std::mutex events_mutex_;
  std::string events_;
};

TEST_F(DevServerTest, ServesTheSiteWithTheReloadScript) {
  EXPECT_EQ(server_->Url(), "http://127.0.0.1:" + std::to_string(server_->port()) + "/");
  httplib::Result home = Get("/");
  ASSERT_TRUE(home);
  EXPECT_EQ(home->status, 200);
  EXPECT_EQ(home->get_header_value("Content-Type"), "text/html; charset=utf-8");
  EXPECT_EQ(home->get_header_value("Cache-Control"), "no-store");
  EXPECT_NE(home->body.find("<script src=\"/__leernet/livereload.js\""), std::string::npos);

  httplib::Result folder = Get("/netwerken/");
  ASSERT_TRUE(folder);
  EXPECT_EQ(folder->status, 200);
  EXPECT_NE(folder->body.find("Veilig Samen"), std::string::npos);

  httplib::Result css = Get("/assets/style.css?v=2");
  ASSERT_TRUE(css);
  EXPECT_EQ(css->status, 200);
  EXPECT_EQ(css->get_header_value("Content-Type"), "text/css; charset=utf-8");

  httplib::Result script = Get("/__leernet/livereload.js");
  ASSERT_TRUE(script);
  EXPECT_EQ(script->status, 200);
  EXPECT_EQ(script->get_header_value("Content-Type"), "text/javascript; charset=utf-8");
  EXPECT_NE(script->body.find("EventSource('/__leernet/events')"), std::string::npos);

  httplib::Result index = Get("/export/kennisbank.json");
  ASSERT_TRUE(index);
  EXPECT_EQ(index->get_header_value("Content-Type"), "application/json; charset=utf-8");
  EXPECT_EQ(index->body.find("livereload"), std::string::npos);
}

TEST_F(DevServerTest, AnswersEverythingOutsideTheSiteWithTheNotFoundPage) {
  for (const char* target : {"/../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/netwerken/../../x",
                             "/netwerken/%2e%2e/%2e%2e/etc/passwd", "/index.html%00.css", "/..%5c..%5cetc%5cpasswd",
                             "/netwerken", "/bestaat-niet.html", "/%2fetc%2fpasswd", "//etc/passwd"}) {
    httplib::Result res = Get(target);
    ASSERT_TRUE(res) << target;
    EXPECT_EQ(res->status, 404) << target;
    EXPECT_EQ(res->get_header_value("Content-Type"), "text/html; charset=utf-8") << target;
    EXPECT_NE(res->body.find("<base href=\"/\">"), std::string::npos) << target;
    EXPECT_EQ(res->body.find("root:"), std::string::npos) << target;
  }
  httplib::Result post = client_->Post("/", "x", "text/plain");
  ASSERT_TRUE(post);
  EXPECT_EQ(post->status, 405);
  EXPECT_EQ(post->body, "alleen GET en HEAD zijn toegestaan\n");
  EXPECT_EQ(post->get_header_value("Allow"), "GET, HEAD");
}

TEST_F(DevServerTest, RefusesAPortThatIsInUse) {
  BuildOptions build;
  build.source = content_;
  build.default_theme = testing::SourcePath("themes/default");
  build.node_modules = testing::SourcePath("node_modules");
  DevServer second(build, ServeOptions{"127.0.0.1", server_->port()}, nullptr);
  std::string error;
  EXPECT_FALSE(second.Start(&error));
  EXPECT_NE(error.find("kan niet luisteren op 127.0.0.1 poort " + std::to_string(server_->port())), std::string::npos)
      << error;
  DevServer third(build, ServeOptions{"127.0.0.1", server_->port(), Lang::kEn}, nullptr);
  EXPECT_FALSE(third.Start(&error));
  EXPECT_NE(error.find("cannot listen on 127.0.0.1 port " + std::to_string(server_->port())), std::string::npos)
      << error;
}

TEST_F(DevServerTest, RebuildsAfterAChangeAndSendsReload) {
  ListenForEvents();
  std::string page = ReadContent("netwerken/veilig-samen.md");
  page.replace(page.find("titel: Veilig Samen"), 19, "titel: Veilig Samen Verder");
  WriteContent("netwerken/veilig-samen.md", page);

  EXPECT_TRUE(Eventually([&] {
    return Body("/netwerken/veilig-samen/index.html").find("Veilig Samen Verder") != std::string::npos;
  })) << log_.str();
  EXPECT_TRUE(Eventually([&] { return Events().find("event: reload\n") != std::string::npos; })) << Events();
}

TEST_F(DevServerTest, KeepsTheLastGoodSiteAndSendsTheErrorsOfABrokenChange) {
  ListenForEvents();
  std::string good = ReadContent("netwerken/veilig-samen.md");
  std::string broken = good;
  broken.replace(broken.find("leden: 40"), 9, "leden: veertig");
  WriteContent("netwerken/veilig-samen.md", broken);

  EXPECT_TRUE(Eventually([&] { return Events().find("event: error\n") != std::string::npos; })) << log_.str();
  std::string events = Events();
  EXPECT_NE(events.find("data: " + content_ + "/netwerken/veilig-samen.md:"), std::string::npos) << events;
  EXPECT_EQ(events.find("event: reload"), std::string::npos) << events;
  EXPECT_NE(Body("/netwerken/veilig-samen/index.html").find("Veilig Samen"), std::string::npos);

  // Fixed again: the next build is good, and the page is told to reload.
  WriteContent("netwerken/veilig-samen.md", good);
  EXPECT_TRUE(Eventually([&] { return Events().find("event: reload\n") != std::string::npos; })) << log_.str();
}

}  // namespace
}  // namespace leernet::serve
