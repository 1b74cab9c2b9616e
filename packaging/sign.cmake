# CPACK_PRE_BUILD_SCRIPTS: signs what CPack is about to package, after it installed it into its
# staging folder. Does nothing unless the environment names a certificate, so builds without the
# signing secrets (forks, pull requests, this machine) package unsigned.
#   Windows: SAGEDESK_WINDOWS_CERTIFICATE (a .pfx file) and SAGEDESK_WINDOWS_CERTIFICATE_PASSWORD
#   macOS:   SAGEDESK_MACOS_SIGNING_IDENTITY (a "Developer ID Application: ..." in the keychain)
set(stage "${CPACK_TEMPORARY_INSTALL_DIRECTORY}")
if(CPACK_GENERATOR MATCHES "^(NSIS|ZIP)$" AND DEFINED ENV{SAGEDESK_WINDOWS_CERTIFICATE} AND NOT "$ENV{SAGEDESK_WINDOWS_CERTIFICATE}" STREQUAL "")
    file(GLOB_RECURSE binaries "${stage}/*.exe" "${stage}/*.dll")
    execute_process(COMMAND signtool sign /fd SHA256 /tr http://timestamp.digicert.com /td SHA256
                            /f "$ENV{SAGEDESK_WINDOWS_CERTIFICATE}" /p "$ENV{SAGEDESK_WINDOWS_CERTIFICATE_PASSWORD}"
                            ${binaries}
                    COMMAND_ERROR_IS_FATAL ANY)
    message(STATUS "signed ${stage}")
elseif(CPACK_GENERATOR STREQUAL "DragNDrop" AND DEFINED ENV{SAGEDESK_MACOS_SIGNING_IDENTITY} AND NOT "$ENV{SAGEDESK_MACOS_SIGNING_IDENTITY}" STREQUAL "")
    file(GLOB_RECURSE plists "${stage}/*.app/Contents/Info.plist")
    foreach(plist IN LISTS plists)
        get_filename_component(contents "${plist}" DIRECTORY)
        get_filename_component(bundle "${contents}" DIRECTORY)
        # Hardened runtime and a timestamp, as notarisation requires; --deep signs the frameworks,
        # plug-ins and the helper executables (sagedesk-cli, sagedesk-local) inside.
        execute_process(COMMAND codesign --force --deep --options runtime --timestamp
                                --sign "$ENV{SAGEDESK_MACOS_SIGNING_IDENTITY}" "${bundle}"
                        COMMAND_ERROR_IS_FATAL ANY)
        message(STATUS "signed ${bundle}")
    endforeach()
else()
    message(STATUS "not signing: no certificate in the environment")
endif()
