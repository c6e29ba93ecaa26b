list(APPEND KHALDUN_LIB_SOURCES src/io/conllu.cc src/io/document.cc src/io/event_writer.cc src/io/record_formats.cc)
list(APPEND KHALDUN_TEST_SOURCES src/io/conllu_test.cc src/io/document_test.cc
     src/io/event_writer_test.cc src/io/record_formats_test.cc)
list(APPEND KHALDUN_LIB_SOURCES src/io/eval_corpora.cc)
list(APPEND KHALDUN_TEST_SOURCES src/io/eval_corpora_test.cc)
