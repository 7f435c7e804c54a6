# Our own targets build with -Wall -Wextra, and -Werror when PL_WERROR is on (the default when
# this is the top-level project; never forced on a parent project). Generated protobuf code does not.
function(pl_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra)
  if(PL_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
    # GCC 12 reports false -Wrestrict positives inside libstdc++ string concatenation (GCC bug 105329).
    target_compile_options(${target} PRIVATE $<$<COMPILE_LANGUAGE:CXX>:-Wno-restrict>)
  endif()
endfunction()

# Sanitizer instrumentation makes GCC 12 report false -Wmaybe-uninitialized inside libstdc++
# (std::regex, std::function) and other system headers; keep it a warning there, not an error.
if(PL_SANITIZE AND CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
  add_compile_options($<$<COMPILE_LANGUAGE:CXX>:-Wno-error=maybe-uninitialized>)
endif()
