list(APPEND KHALDUN_LIB_SOURCES src/port/file.cc)
list(APPEND KHALDUN_TEST_SOURCES src/port/file_test.cc)
