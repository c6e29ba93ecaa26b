list(APPEND KHALDUN_LIB_SOURCES src/io/conllu.cc)
list(APPEND KHALDUN_TEST_SOURCES src/io/conllu_test.cc)
