// Runs the leernet binary on real folders: a failed build leaves the previous site untouched,
// two builds are byte-identical, and the exit codes follow the documented contract.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "support/test_site.h"

namespace leernet {
namespace {

namespace fs = std::filesystem;

class PublishTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("leernet-publish-" + std::to_string(::getpid()) + "-" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    fs::copy(testing::SourcePath("tests/fixtures/sites/basis/content"), dir_ / "content", fs::copy_options::recursive);
  }
  void TearDown() override { fs::remove_all(dir_); }

  int Leernet(const std::string& args) {
    std::string cmd = "cd '" + dir_.string() + "' && '" + LEERNET_BINARY + "' " + args + " >/dev/null 2>&1";
    int status = std::system(cmd.c_str());
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  }

  // The exit code; what the command printed on both streams goes to `output`.
  int Leernet(const std::string& args, std::string& output) {
    std::string cmd = "cd '" + dir_.string() + "' && '" + LEERNET_BINARY + "' " + args + " > output.txt 2>&1";
    int status = std::system(cmd.c_str());
    std::ifstream in(dir_ / "output.txt");
    output.assign((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  }

  fs::path dir_;
};

TEST_F(PublishTest, FailedBuildLeavesThePreviousSiteUntouched) {
  ASSERT_EQ(Leernet("build --out public"), 0);
  auto before = testing::ReadTree((dir_ / "public").string(), "");
  ASSERT_FALSE(before.empty());
  std::ofstream(dir_ / "content/netwerken/kapot.md") << "---\ntitel: Kapot\ntypes: [onbekend]\n---\n";
  EXPECT_EQ(Leernet("build --out public"), 1);
  EXPECT_EQ(testing::ReadTree((dir_ / "public").string(), ""), before);
  for (const auto& entry : fs::directory_iterator(dir_)) {
    EXPECT_EQ(entry.path().filename().string().find(".public"), std::string::npos) << "left behind " << entry.path();
  }
}

TEST_F(PublishTest, TwoBuildsAreByteIdentical) {
  ASSERT_EQ(Leernet("build --out een"), 0);
  ASSERT_EQ(Leernet("build --out twee"), 0);
  auto first = testing::ReadTree((dir_ / "een").string(), "");
  EXPECT_GT(first.size(), 20u);
  EXPECT_EQ(first, testing::ReadTree((dir_ / "twee").string(), ""));
}

TEST_F(PublishTest, OutputIsTheSameForAnyNumberOfThreads) {
  ASSERT_EQ(Leernet("build --jobs 1 --out een"), 0);
  ASSERT_EQ(Leernet("build --jobs 4 --out vier"), 0);
  auto one = testing::ReadTree((dir_ / "een").string(), "");
  EXPECT_GT(one.size(), 20u);
  EXPECT_EQ(one, testing::ReadTree((dir_ / "vier").string(), ""));
}

TEST_F(PublishTest, RebuildReplacesRemovedPages) {
  ASSERT_EQ(Leernet("build --out public"), 0);
  ASSERT_TRUE(fs::exists(dir_ / "public/netwerken/landelijk-leren/index.html"));
  fs::remove(dir_ / "content/netwerken/landelijk-leren.yaml");
  ASSERT_EQ(Leernet("build --out public"), 0);
  EXPECT_FALSE(fs::exists(dir_ / "public/netwerken/landelijk-leren/index.html"));
}

TEST_F(PublishTest, ExitCodes) {
  EXPECT_EQ(Leernet("check"), 0);
  EXPECT_EQ(Leernet("build --bogus"), 2);
  EXPECT_EQ(Leernet("build --out content"), 2) << "the content folder may not be the output";
  EXPECT_EQ(Leernet("build --out /"), 2);
  EXPECT_EQ(Leernet("build --out ."), 2);
  // A content folder that is not there is an I/O error for every command that reads one.
  EXPECT_EQ(Leernet("check --source geen-map"), 3);
  EXPECT_EQ(Leernet("build --source geen-map"), 3);
  EXPECT_EQ(Leernet("schema --source geen-map --json-schema s"), 3);
  EXPECT_EQ(Leernet("new netwerk proef --source geen-map"), 3);
  EXPECT_FALSE(fs::exists(dir_ / "public"));
  std::ofstream(dir_ / "content/netwerken/kapot.md") << "geen front matter\n";
  EXPECT_EQ(Leernet("check"), 1);
  EXPECT_FALSE(fs::exists(dir_ / "public"));
}

TEST_F(PublishTest, StrictCheckTurnsWarningsIntoErrors) {
  std::ofstream(dir_ / "content/losse-notitie.md") << "---\ntitel: Los\n---\n";
  EXPECT_EQ(Leernet("check"), 0) << "a file outside a kind's folder is only a warning";
  EXPECT_EQ(Leernet("check --strict"), 1);
  std::string cmd = "cd '" + dir_.string() + "' && '" + LEERNET_BINARY + "' check --strict --lang en 2> strict.txt";
  ASSERT_NE(std::system(cmd.c_str()), 0);
  std::ifstream in(dir_ / "strict.txt");
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  EXPECT_NE(text.find("content/losse-notitie.md: error: ignored"), std::string::npos) << text;
}

TEST_F(PublishTest, CheckReportsEveryProblemAsJsonForTools) {
  std::ofstream(dir_ / "content/netwerken/kapot.md")
      << "---\ntitel: Kapot\nsamenvatting: x\ntypes: [themanetwerkk]\nreikwijdte: nergens\n---\n";
  std::string cmd = "cd '" + dir_.string() + "' && '" + LEERNET_BINARY + "' check --format json --lang en > check.json";
  int status = std::system(cmd.c_str());
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 1);
  std::ifstream in(dir_ / "check.json");
  nlohmann::json report = nlohmann::json::parse(in);
  EXPECT_EQ(report["errors"], 2);
  EXPECT_EQ(report["warnings"], 0);
  ASSERT_EQ(report["diagnostics"].size(), 2u);
  const auto& first = report["diagnostics"][0];
  EXPECT_EQ(first["path"], "content/netwerken/kapot.md");
  EXPECT_EQ(first["line"], 4);
  EXPECT_EQ(first["column"], 9);
  EXPECT_EQ(first["severity"], "error");
  EXPECT_EQ(first["message"], "unknown netwerktype 'themanetwerkk' (did you mean 'themanetwerk'?)");
  EXPECT_EQ(report["diagnostics"][1]["line"], 5);
}

TEST_F(PublishTest, NewEntryFailsCheckUntilFilledInAndIsNeverOverwritten) {
  ASSERT_EQ(Leernet("new netwerk nieuw-netwerk"), 0);
  ASSERT_TRUE(fs::exists(dir_ / "content/netwerken/nieuw-netwerk.md"));
  std::string out;
  EXPECT_EQ(Leernet("check", out), 1);
  EXPECT_NE(out.find("content/netwerken/nieuw-netwerk.md:"), std::string::npos) << out;
  EXPECT_NE(out.find("is nog niet ingevuld"), std::string::npos) << out;
  std::ofstream(dir_ / "content/netwerken/nieuw-netwerk.md", std::ios::app) << "Eigen tekst.\n";
  auto before = testing::ReadTree((dir_ / "content/netwerken").string(), "");
  EXPECT_EQ(Leernet("new netwerk nieuw-netwerk"), 2);
  EXPECT_EQ(testing::ReadTree((dir_ / "content/netwerken").string(), ""), before);
  EXPECT_EQ(Leernet("new netwerkk x"), 2) << "unknown kind";
}

TEST_F(PublishTest, MessagesAreDutchUnlessLangEnIsGiven) {
  std::ofstream(dir_ / "content/netwerken/kapot.md") << "geen front matter\n";
  std::string nl, en, en_before;
  ASSERT_EQ(Leernet("build --out public", nl), 1);
  EXPECT_NE(nl.find("leernet: 1 fout(en); er is niets gepubliceerd, public is ongewijzigd"), std::string::npos) << nl;
  EXPECT_NE(nl.find(": fout: "), std::string::npos) << nl;
  EXPECT_EQ(nl.find("nothing was published"), std::string::npos) << nl;
  ASSERT_EQ(Leernet("build --out public --lang en", en), 1);
  EXPECT_NE(en.find("leernet: 1 error(s); nothing was published, public is unchanged"), std::string::npos) << en;
  EXPECT_NE(en.find(": error: "), std::string::npos) << en;
  ASSERT_EQ(Leernet("--lang en build --out public", en_before), 1) << "before the command too";
  EXPECT_EQ(en_before, en);
  fs::remove(dir_ / "content/netwerken/kapot.md");
  ASSERT_EQ(Leernet("check", nl), 0);
  EXPECT_NE(nl.find(" items in content zijn geldig"), std::string::npos) << nl;
  ASSERT_EQ(Leernet("check --lang en", en), 0);
  EXPECT_NE(en.find(" entries in content are valid"), std::string::npos) << en;
}

// The loader keeps no text of files it had nothing to say about; a later stage's message must
// still show its line, however the content folder is written.
TEST_F(PublishTest, LaterMessagesShowTheirLineForAnySpellingOfTheSource) {
  std::ifstream in(dir_ / "content/netwerken/veilig-samen.md");
  std::string page((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::ofstream(dir_ / "content/netwerken/veilig-samen.md") << page << "\nZie [weg](../praktijken/bestaat-niet.md).\n";
  for (const char* source : {"content", "content/", "./content"}) {
    std::string output;
    ASSERT_EQ(Leernet(std::string("check --source ") + source, output), 1) << output;
    EXPECT_NE(output.find("\n  Zie [weg](../praktijken/bestaat-niet.md).\n"), std::string::npos) << source << "\n"
                                                                                                 << output;
  }
}

TEST_F(PublishTest, UnknownLangIsAUsageError) {
  std::string output;
  EXPECT_EQ(Leernet("check --lang de", output), 2);
  EXPECT_NE(output.find("leernet: onbekende taal 'de' voor --lang (gebruik nl of en)"), std::string::npos) << output;
  EXPECT_EQ(Leernet("build --bogus --lang en", output), 2);
  EXPECT_NE(output.find("--help"), std::string::npos) << output;
}

TEST_F(PublishTest, NewListShowsEveryKindWithFolderAndDescription) {
  std::string output;
  ASSERT_EQ(Leernet("new --list", output), 0) << output;
  std::istringstream lines(output);
  std::string line, netwerk;
  int count = 0;
  while (std::getline(lines, line)) {
    ++count;
    if (line.rfind("netwerk ", 0) == 0) netwerk = line;
  }
  EXPECT_GT(count, 1);
  EXPECT_NE(netwerk.find(" netwerken/ "), std::string::npos) << output;
  EXPECT_NE(netwerk.find("Netwerken in de test."), std::string::npos) << output;
  EXPECT_FALSE(fs::exists(dir_ / "content/_schemas")) << "--list writes nothing";
  EXPECT_EQ(Leernet("new netwerk", output), 2) << "a slug is still needed without --list";
  EXPECT_EQ(Leernet("new netwerkk x --lang en", output), 2);
  EXPECT_NE(output.find("leernet: unknown kind 'netwerkk' (did you mean 'netwerk'?)"), std::string::npos) << output;
}

TEST_F(PublishTest, UnwritableTargetGivesIoErrorAndKeepsTheOldSite) {
  if (::geteuid() == 0) {
    // root writes through permission bits; use a file where a folder must go instead.
    ASSERT_EQ(Leernet("build --out out/site"), 0);
    auto before = testing::ReadTree((dir_ / "out/site").string(), "");
    fs::permissions(dir_ / "out", fs::perms::owner_read | fs::perms::owner_exec);
    std::ofstream(dir_ / "blocker") << "x";
    EXPECT_EQ(Leernet("build --out blocker/site"), 3);
    fs::permissions(dir_ / "out", fs::perms::owner_all);
    EXPECT_EQ(testing::ReadTree((dir_ / "out/site").string(), ""), before);
    return;
  }
  ASSERT_EQ(Leernet("build --out out/site"), 0);
  auto before = testing::ReadTree((dir_ / "out/site").string(), "");
  fs::permissions(dir_ / "out", fs::perms::owner_read | fs::perms::owner_exec);
  EXPECT_EQ(Leernet("build --out out/site"), 3);
  fs::permissions(dir_ / "out", fs::perms::owner_all);
  EXPECT_EQ(testing::ReadTree((dir_ / "out/site").string(), ""), before);
}

}  // namespace
}  // namespace leernet
