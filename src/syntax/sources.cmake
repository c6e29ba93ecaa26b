list(APPEND KHALDUN_LIB_SOURCES src/syntax/labels.cc)
list(APPEND KHALDUN_TEST_SOURCES src/syntax/labels_test.cc)
