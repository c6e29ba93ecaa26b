list(APPEND KHALDUN_LIB_SOURCES src/pipeline/pipeline.cc)
set_source_files_properties(src/pipeline/pipeline.cc PROPERTIES COMPILE_DEFINITIONS
  "KHALDUN_DEFAULT_MODEL=\"${PROJECT_SOURCE_DIR}/models/syntax.kmodel\"")
