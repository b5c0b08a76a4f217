# Unit tests of generator/search (GoogleTest). Included by tests/CMakeLists.txt.
set(LEERNET_SEARCH_TEST_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/analyze_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/compounds_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/search_stage_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/dutch_stemmer_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/english_stemmer_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/fdlibm_log_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/js_lower_case_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/json_text_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/lunr_index_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/stop_words_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/tokenizer_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/trimmer_test.cpp
)
