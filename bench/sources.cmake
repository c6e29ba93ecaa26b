add_executable(khaldun_bench bench/khaldun_bench.cc)
target_include_directories(khaldun_bench PRIVATE src)
target_link_libraries(khaldun_bench PRIVATE khaldun_lib)
target_compile_definitions(khaldun_bench PRIVATE KHALDUN_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
  KHALDUN_DEFAULT_KB="${PROJECT_BINARY_DIR}/knowledge.kb"
  KHALDUN_DEFAULT_GAZETTEER="${PROJECT_BINARY_DIR}/gazetteer.bin")
