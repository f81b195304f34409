# Runs at install time (from cmake/package.cmake): writes claimlens.pc with the
# prefix being installed into. Given CLAIMLENS_PC_TEMPLATE and CLAIMLENS_PC_DIR.
file(READ "${CLAIMLENS_PC_TEMPLATE}" pc)
string(REPLACE "%PREFIX%" "${CMAKE_INSTALL_PREFIX}" pc "${pc}")
set(dir "${CLAIMLENS_PC_DIR}")
if(NOT IS_ABSOLUTE "${dir}")
  set(dir "${CMAKE_INSTALL_PREFIX}/${dir}")
endif()
message(STATUS "Installing: $ENV{DESTDIR}${dir}/claimlens.pc")
file(WRITE "$ENV{DESTDIR}${dir}/claimlens.pc" "${pc}")
list(APPEND CMAKE_INSTALL_MANIFEST_FILES "${dir}/claimlens.pc")
