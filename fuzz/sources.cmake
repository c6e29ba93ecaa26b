# libFuzzer targets (clang only): -DKHALDUN_FUZZ=ON with CXX=clang++. Each is a
# plain function over bytes; run e.g. build-fuzz/knowledge_base_fuzzer -max_total_time=60.
foreach(target knowledge_base_fuzzer knowledge_source_fuzzer jsonl_document_fuzzer
               gazetteer_fuzzer section_payload_fuzzer story_fuzzer
               field_dictionary_fuzzer validation_records_fuzzer)
  add_executable(${target} fuzz/${target}.cc)
  target_include_directories(${target} PRIVATE src)
  target_link_libraries(${target} PRIVATE khaldun_lib)
  target_compile_options(${target} PRIVATE -fsanitize=fuzzer,address,undefined)
  target_link_options(${target} PRIVATE -fsanitize=fuzzer,address,undefined)
endforeach()
# The field-dictionary target compiles what it reads with the CAMEO codebook.
target_compile_definitions(field_dictionary_fuzzer PRIVATE
  KHALDUN_FUZZ_CODEBOOK="${PROJECT_SOURCE_DIR}/data/dict/cameo_codebook.tsv")
