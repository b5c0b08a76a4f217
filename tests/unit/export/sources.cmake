# Unit tests of the editor's workflow modules: exports (feed, sitemap, JSON, CSV), JSON Schemas,
# archetypes and git change dates.
set(LEERNET_EXPORT_TEST_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/export_fixtures.cpp
  ${CMAKE_CURRENT_LIST_DIR}/feed_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/json_export_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/csv_export_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/json_schema_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/archetype_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/change_dates_test.cpp
)
