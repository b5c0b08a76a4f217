# Tests of `leernet serve` (generator/serve). Included by the test CMakeLists, which links the
# one test binary against LEERNET_SERVE_TEST_LIBS too: the module, and cpp-httplib for the
# HTTP client the tests fetch pages with (the target is made GLOBAL by generator/serve).
set(LEERNET_SERVE_TEST_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/request_path_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/live_reload_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/file_watcher_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/site_builder_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/incremental_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/same_errors_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/dev_server_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/load_test.cpp
)
set(LEERNET_SERVE_TEST_LIBS leernet_serve PkgConfig::CPP_HTTPLIB)
