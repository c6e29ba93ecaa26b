list(APPEND KHALDUN_LIB_SOURCES src/io/conllu.cc src/io/document.cc)
list(APPEND KHALDUN_TEST_SOURCES src/io/conllu_test.cc src/io/document_test.cc)
