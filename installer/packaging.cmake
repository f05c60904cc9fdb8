# Debian packages with CPack, one per component (docs/installation.md, "Building the packages"):
#   cpack --config build/<preset>/CPackConfig.cmake -B <folder>
# CPack rather than debian/ + dpkg-buildpackage: the install rules already live beside the targets, and
# dpkg-buildpackage would build the whole tree (tests included) in its own folder; CPack runs the build folder's
# install scripts and builds nothing (with Ninja it has no build step; CMAKE_SKIP_INSTALL_ALL_DEPENDENCY in the top
# CMakeLists.txt keeps it so for other generators). tests/installer/test_packages.sh checks nothing was built.
set(CPACK_GENERATOR DEB)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL terminal platform)
if(SSC_PACKAGE_FACE_MODEL)
    list(APPEND CPACK_COMPONENTS_ALL facemodel)
endif()
set(CPACK_PACKAGE_NAME ssc-terminal)
# Each package's description below starts with its own synopsis. CPack would put the project's summary in
# front of every one of them unless the summary is CPack's default, so it is that default.
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${CMAKE_PROJECT_NAME} built using CMake")
set(CPACK_PACKAGE_CONTACT "${SSC_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${SSC_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# Binaries without their debug information (a debug build's would be hundreds of MB).
set(CPACK_STRIP_FILES ON)
# Library dependencies computed from the binaries by dpkg-shlibdeps, added to the Depends below.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

# What the binaries load or run besides their libraries: Qt plugins (SQL drivers, the speech engine, Wayland),
# data files read by path (face/faceanalyzer.cpp, face/landmarkpredictor.cpp), programs (espeak-ng), fonts.
# systemd-sysusers makes the users in postinst.
set(sysusers "systemd | systemd-standalone-sysusers")
set(CPACK_DEBIAN_TERMINAL_PACKAGE_NAME ssc-terminal)
set(CPACK_DEBIAN_TERMINAL_DESCRIPTION "electronic social security card service terminal
The terminal of China's electronic social security card services for
self-service kiosks, hall counters and home visits: a citizen shows the
e-card QR code or inserts their card, and the terminal offers the services.

This package holds ssc-terminal and ssc-ctl, the udev rules for the scanners
and card readers, the kiosk session (ssc-kiosk.service: the terminal full
screen under cage) and the desktop entry for counter and field PCs.")
set(CPACK_DEBIAN_TERMINAL_PACKAGE_DEPENDS
    "${sysusers}, fonts-droid-fallback, opencv-data, libdlib-data, espeak-ng, qt6-speech-flite-plugin")
# cage as Debian builds it will not start without Xwayland, though it does not depend on it.
set(CPACK_DEBIAN_TERMINAL_PACKAGE_RECOMMENDS "cage, xwayland, qt6-wayland, cups")
set(CPACK_DEBIAN_TERMINAL_PACKAGE_CONTROL_EXTRA
    "${CMAKE_CURRENT_SOURCE_DIR}/debian/ssc-terminal/postinst;${CMAKE_CURRENT_SOURCE_DIR}/debian/ssc-terminal/prerm;${CMAKE_CURRENT_SOURCE_DIR}/debian/ssc-terminal/postrm;${CMAKE_CURRENT_SOURCE_DIR}/debian/ssc-terminal/conffiles")

set(CPACK_DEBIAN_PLATFORM_PACKAGE_NAME ssc-platform)
set(CPACK_DEBIAN_PLATFORM_DESCRIPTION "platform service for the social security card terminals
ssc-platform serves the terminal-facing API of the electronic social security
card services over HTTPS, on SQLite or PostgreSQL; its database migrations are
in the binary. This package holds the service, its hardened systemd unit and
its system user.")
set(CPACK_DEBIAN_PLATFORM_PACKAGE_DEPENDS "${sysusers}, libqt6sql6-sqlite, libqt6sql6-psql, opencv-data, libdlib-data")
if(SSC_PACKAGE_FACE_MODEL)
    string(APPEND CPACK_DEBIAN_PLATFORM_PACKAGE_DEPENDS ", ssc-face-model (= ${PROJECT_VERSION})")
endif()
set(CPACK_DEBIAN_PLATFORM_PACKAGE_SUGGESTS "postgresql, softhsm2")
set(CPACK_DEBIAN_PLATFORM_PACKAGE_CONTROL_EXTRA
    "${CMAKE_CURRENT_SOURCE_DIR}/debian/ssc-platform/postinst;${CMAKE_CURRENT_SOURCE_DIR}/debian/ssc-platform/prerm;${CMAKE_CURRENT_SOURCE_DIR}/debian/ssc-platform/postrm")

set(CPACK_DEBIAN_FACEMODEL_PACKAGE_NAME ssc-face-model)
set(CPACK_DEBIAN_FACEMODEL_PACKAGE_ARCHITECTURE all)
set(CPACK_DEBIAN_FACEMODEL_DESCRIPTION "face matcher model for the social security card platform
dlib's face recognition network converted to ONNX (from the npm package
@vladmandic/face-api ${FACE_API_VERSION}), which ssc-platform's face matcher
runs with OpenCV's dnn module to compare a pension certification's recording
with the person's photo.")

include(CPack)
