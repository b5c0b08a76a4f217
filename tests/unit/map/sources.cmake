# Unit tests of the overview map (generator/map). Included by the test CMakeLists, which
# builds them against leernet_map with GTest and adds the definitions below.
set(LEERNET_MAP_TEST_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/cells_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/escaping_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/golden_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/layout_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/parts_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/scale_test.cpp
)
set(LEERNET_MAP_TEST_DEFINITIONS LEERNET_MAP_GOLDEN_DIR="${CMAKE_CURRENT_LIST_DIR}/golden")
