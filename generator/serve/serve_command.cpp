#include "serve/serve_command.h"

#include <pthread.h>
#include <signal.h>

#include <iostream>
#include <string>

namespace leernet {

namespace {

constexpr int kOk = 0;
constexpr int kIoError = 3;

bool IsLoopback(const std::string& host) { return host == "localhost" || host == "::1" || host.rfind("127.", 0) == 0; }

}  // namespace

int RunServe(const BuildOptions& build, const serve::ServeOptions& options) {
  // Blocked before any thread starts, so every thread inherits the mask and only sigwait()
  // below receives them: shutdown then runs on this thread, outside any signal handler.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  sigset_t previous;
  pthread_sigmask(SIG_BLOCK, &stop_signals, &previous);

  int code = kOk;
  {
    serve::DevServer server(build, options, &std::cerr);
    std::string error;
    if (!server.Start(&error)) {
      std::cerr << "leernet: " << error << "\n";  // already in options.lang
      code = kIoError;
    } else {
      if (!IsLoopback(options.bind)) {
        std::cerr << "leernet: "
                  << Say("waarschuwing: luistert op {0}, dus andere machines kunnen dit voorbeeld bereiken",
                         "warning: listening on {0}, so other machines can reach this preview", {options.bind})
                         .In(options.lang)
                  << "\n";
      }
      std::cout << "leernet: "
                << Say("{0} wordt getoond op {1} (Ctrl+C stopt)", "serving {0} at {1} (Ctrl+C stops)",
                       {build.source, server.Url()})
                       .In(options.lang)
                << std::endl;
      int signal_number = 0;
      sigwait(&stop_signals, &signal_number);
      std::cerr << "leernet: " << Say("stopt", "stopping").In(options.lang) << "\n";
      server.Stop();
    }
  }
  pthread_sigmask(SIG_SETMASK, &previous, nullptr);
  return code;
}

}  // namespace leernet
