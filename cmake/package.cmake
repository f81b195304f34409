# Installing libclaimlens for other programs: the library, its public headers, a
# CMake package (find_package(claimlens) -> claimlens::claimlens) and claimlens.pc.
include(CMakePackageConfigHelpers)

set(cmake_dir ${CMAKE_INSTALL_LIBDIR}/cmake/claimlens)
install(TARGETS claimlens EXPORT claimlensTargets
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
  RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
  FILE_SET HEADERS DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(EXPORT claimlensTargets NAMESPACE claimlens:: DESTINATION ${cmake_dir})

# A static library brings its private dependencies into every client's link, so
# the package config must find them; a shared one resolves them itself.
if(BUILD_SHARED_LIBS)
  set(CLAIMLENS_STATIC OFF)
else()
  set(CLAIMLENS_STATIC ON)
endif()
configure_package_config_file(${PROJECT_SOURCE_DIR}/cmake/claimlensConfig.cmake.in
  ${CMAKE_CURRENT_BINARY_DIR}/claimlensConfig.cmake INSTALL_DESTINATION ${cmake_dir})
# 0.x: a minor release may break the API, so only the same minor version is compatible.
write_basic_package_version_file(${CMAKE_CURRENT_BINARY_DIR}/claimlensConfigVersion.cmake
  COMPATIBILITY SameMinorVersion)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/claimlensConfig.cmake
              ${CMAKE_CURRENT_BINARY_DIR}/claimlensConfigVersion.cmake
        DESTINATION ${cmake_dir})

# pkg-config. The prefix is filled in at install time (cmake/install_pc.cmake), so it
# is the one actually installed into: --prefix, DESTDIR and cpack all move it.
if(IS_ABSOLUTE "${CMAKE_INSTALL_LIBDIR}")
  set(pc_libdir "${CMAKE_INSTALL_LIBDIR}")
else()
  set(pc_libdir "\${prefix}/${CMAKE_INSTALL_LIBDIR}")
endif()
if(IS_ABSOLUTE "${CMAKE_INSTALL_INCLUDEDIR}")
  set(pc_includedir "${CMAKE_INSTALL_INCLUDEDIR}")
else()
  set(pc_includedir "\${prefix}/${CMAKE_INSTALL_INCLUDEDIR}")
endif()
if(CLAIMLENS_SANITIZE)
  set(pc_link_options " -fsanitize=address,undefined")
endif()
configure_file(${PROJECT_SOURCE_DIR}/cmake/claimlens.pc.in ${CMAKE_CURRENT_BINARY_DIR}/claimlens.pc.in
               @ONLY)
install(CODE "
  set(CLAIMLENS_PC_TEMPLATE \"${CMAKE_CURRENT_BINARY_DIR}/claimlens.pc.in\")
  set(CLAIMLENS_PC_DIR \"${CMAKE_INSTALL_LIBDIR}/pkgconfig\")
  include(\"${PROJECT_SOURCE_DIR}/cmake/install_pc.cmake\")")
