# Writes the shell completion scripts: cmake -DBIN=claimlens -DDIR=out -P completions.cmake
file(MAKE_DIRECTORY "${DIR}")
execute_process(COMMAND "${BIN}" completion bash OUTPUT_FILE "${DIR}/claimlens" RESULT_VARIABLE bash_status)
execute_process(COMMAND "${BIN}" completion zsh OUTPUT_FILE "${DIR}/_claimlens" RESULT_VARIABLE zsh_status)
execute_process(COMMAND "${BIN}" completion fish OUTPUT_FILE "${DIR}/claimlens.fish" RESULT_VARIABLE fish_status)
if(NOT bash_status EQUAL 0 OR NOT zsh_status EQUAL 0 OR NOT fish_status EQUAL 0)
  message(FATAL_ERROR "claimlens completion failed")
endif()
