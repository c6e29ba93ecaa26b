list(APPEND KHALDUN_LIB_SOURCES src/port/file.cc src/port/huge_pages.cc)
list(APPEND KHALDUN_TEST_SOURCES src/port/file_test.cc src/port/huge_pages_test.cc)
