list(APPEND KHALDUN_LIB_SOURCES src/base/status.cc src/base/hash.cc src/base/section_file.cc
     src/base/calendar.cc)
list(APPEND KHALDUN_TEST_SOURCES src/base/status_test.cc src/base/coding_test.cc
     src/base/section_file_test.cc)
