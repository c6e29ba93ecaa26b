list(APPEND KHALDUN_LIB_SOURCES src/syntax/labels.cc src/syntax/perceptron.cc
     src/syntax/word_features.cc src/syntax/tagger.cc src/syntax/parser.cc
     src/syntax/syntax_model.cc src/syntax/evaluate.cc src/syntax/train.cc
     src/syntax/tag_repair.cc)
list(APPEND KHALDUN_TEST_SOURCES src/syntax/labels_test.cc src/syntax/perceptron_test.cc
     src/syntax/syntax_model_test.cc src/syntax/tag_repair_test.cc)
list(APPEND KHALDUN_LIB_SOURCES src/syntax/lemmatizer.cc)
list(APPEND KHALDUN_TEST_SOURCES src/syntax/lemmatizer_test.cc)
