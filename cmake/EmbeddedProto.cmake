# The library's own copy of the participatieladder.v1 schema (docs/c-abi.md, "Your own protobuf
# classes next to the library"). protoc-generated code registers every .proto file and every
# message name in libprotobuf's process-wide generated pool; a vendor's program that links its own
# `protoc --cpp_out` classes of proto/participatieladder/v1 next to libparticipatieladder.so would
# abort before main ("File already exists in database"). So the library (and the Python binding)
# generate their classes from a build-time copy under a private file path and a private package:
#
#   proto/participatieladder/v1/X.proto  (package participatieladder.v1)       public, installed
#   <build>/embedded_proto/participatieladder/_embedded/v1/X.proto
#                                         (package participatieladder._embedded.v1)  private
#
# Only the package line and the imports change: field names, numbers, types and enum values are
# the same, so the wire bytes and the JSON mapping (neither contains the package) are those of the
# public schema. The C++ code keeps writing participatieladder::v1::X through a namespace alias in
# forwarding headers <participatieladder/v1/X.pb.h> (src/proto); the full names a person sees go
# through pl::messages::public_name (src/proto/embedded_schema.hpp).
#
# pl_embedded_proto(OUT_DIR <var> FILES <var>): writes the copy at configure time (re-run when a
# .proto changes) and returns its include root and files.
set(PL_PUBLIC_PROTO_PACKAGE "participatieladder.v1")
set(PL_EMBEDDED_PROTO_PACKAGE "participatieladder._embedded.v1")
set(PL_EMBEDDED_PROTO_PATH "participatieladder/_embedded/v1")

function(pl_embedded_proto)
  cmake_parse_arguments(ARG "" "OUT_DIR;FILES" "" ${ARGN})
  set(root ${PROJECT_BINARY_DIR}/embedded_proto)
  file(GLOB protos CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/proto/participatieladder/v1/*.proto)
  set(files "")
  foreach(proto IN LISTS protos)
    set_property(DIRECTORY ${PROJECT_SOURCE_DIR} APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${proto})
    get_filename_component(name ${proto} NAME)
    file(READ ${proto} text)
    string(REPLACE "package ${PL_PUBLIC_PROTO_PACKAGE};" "package ${PL_EMBEDDED_PROTO_PACKAGE};" text "${text}")
    string(REPLACE "import \"participatieladder/v1/" "import \"${PL_EMBEDDED_PROTO_PATH}/" text "${text}")
    if(NOT text MATCHES "package ${PL_EMBEDDED_PROTO_PACKAGE};")
      message(FATAL_ERROR "${proto}: no 'package ${PL_PUBLIC_PROTO_PACKAGE};' line to make private")
    endif()
    set(out ${root}/${PL_EMBEDDED_PROTO_PATH}/${name})
    file(WRITE ${PROJECT_BINARY_DIR}/embedded_proto.in/${name} "${text}")
    configure_file(${PROJECT_BINARY_DIR}/embedded_proto.in/${name} ${out} COPYONLY)  # touched only when it changed
    list(APPEND files ${out})
  endforeach()
  set(${ARG_OUT_DIR} ${root} PARENT_SCOPE)
  set(${ARG_FILES} ${files} PARENT_SCOPE)
endfunction()
