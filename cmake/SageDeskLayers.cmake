# The layer graph of SageDesk: each library, the folders it is built from, and the libraries it may
# use (include from and link). docs/ARCHITECTURE.md explains it; this table is what configure enforces.
#
#   core            model/core model/domain   Qt Core/Network/Sql; knows nothing else
#   aws             model/aws                 the AWS clients, credentials, config, role recipe
#   local_discovery model/discovery           finding, starting and reaching a running sagedesk-local
#   console         model/console             the session, item models and the offline cache
#   cli             model/cli                 sagedesk-cli's commands
#   local_engine    model/local               the endpoint behind sagedesk-local
#   ui              ui                        widgets, wizard, dialogs, web view
#
# The ui layer's web engine part (ui/web/engine) is built apart, as the module sagedesk_web that the
# console loads at run time: only that module links Qt WebEngine, so start-up does not load it.
#
# Usable two ways:
#   include(SageDeskLayers) then sagedesk_check_layers(<source dir>) at configure time, which also
#     checks what each library target links;
#   cmake -DSAGEDESK_LAYERS_ROOT=<dir> -P cmake/SageDeskLayers.cmake, which checks the includes of the
#     tree under <dir> only (the test that proves the check can fail runs it on a planted tree).

cmake_policy(VERSION 3.25)

set(SAGEDESK_LAYERS core aws local_discovery console cli local_engine ui)

set(SAGEDESK_LAYER_core_FOLDERS model/core model/domain)
set(SAGEDESK_LAYER_aws_FOLDERS model/aws)
set(SAGEDESK_LAYER_local_discovery_FOLDERS model/discovery)
set(SAGEDESK_LAYER_console_FOLDERS model/console)
set(SAGEDESK_LAYER_cli_FOLDERS model/cli)
set(SAGEDESK_LAYER_local_engine_FOLDERS model/local)
set(SAGEDESK_LAYER_ui_FOLDERS ui)
# Folders of a layer built as a run-time module (sagedesk_add_layer_module), not into its library.
set(SAGEDESK_LAYER_ui_MODULE_FOLDERS ui/web/engine)
set(SAGEDESK_WEBENGINE_INCLUDE_REGEX "#[ \t]*include[ \t]*<(QtWebEngine[A-Za-z]*|QWebEngine[A-Za-z]*)[/>]")

set(SAGEDESK_LAYER_core_USES "")
set(SAGEDESK_LAYER_aws_USES core)
set(SAGEDESK_LAYER_local_discovery_USES core aws)
set(SAGEDESK_LAYER_console_USES core aws)
set(SAGEDESK_LAYER_cli_USES core aws local_discovery)
set(SAGEDESK_LAYER_local_engine_USES core aws local_discovery)
set(SAGEDESK_LAYER_ui_USES core aws local_discovery console)

# Screen-free layers: everything under model/.
set(SAGEDESK_SCREEN_FREE_LAYERS core aws local_discovery console cli local_engine)
set(SAGEDESK_SCREEN_INCLUDE_REGEX
    "#[ \t]*include[ \t]*<(QtWidgets|QtGui|QtWebEngine[A-Za-z]*|QWidget|QApplication|QGuiApplication|QWebEngine[A-Za-z]*)[/>]")

# The include prefixes ("core/...", "instances/...") that belong to a layer: the names of its model
# folders, or for ui every folder directly under ui/.
function(_sagedesk_layer_prefixes root layer out)
    set(prefixes)
    foreach(folder IN LISTS SAGEDESK_LAYER_${layer}_FOLDERS)
        if(folder STREQUAL "ui")
            file(GLOB children LIST_DIRECTORIES true "${root}/ui/*")
            foreach(child IN LISTS children)
                if(IS_DIRECTORY "${child}")
                    get_filename_component(name "${child}" NAME)
                    list(APPEND prefixes "${name}")
                endif()
            endforeach()
        else()
            get_filename_component(name "${folder}" NAME)
            list(APPEND prefixes "${name}")
        endif()
    endforeach()
    set(${out} "${prefixes}" PARENT_SCOPE)
endfunction()

# Fails (FATAL_ERROR, naming the file, the include and the rule) when a file of a layer includes a
# header of a layer it may not use, or when a screen-free layer includes Widgets, Gui or WebEngine.
function(sagedesk_check_layer_includes root)
    foreach(layer IN LISTS SAGEDESK_LAYERS)
        _sagedesk_layer_prefixes("${root}" ${layer} prefixes_${layer})
    endforeach()
    set(problems)
    foreach(layer IN LISTS SAGEDESK_LAYERS)
        set(allowed ${layer} ${SAGEDESK_LAYER_${layer}_USES})
        list(JOIN allowed ", " allowed_text)
        set(files)
        foreach(folder IN LISTS SAGEDESK_LAYER_${layer}_FOLDERS)
            file(GLOB_RECURSE found "${root}/${folder}/*.h" "${root}/${folder}/*.cpp")
            list(APPEND files ${found})
        endforeach()
        foreach(file IN LISTS files)
            file(STRINGS "${file}" includes REGEX "^[ \t]*#[ \t]*include[ \t]*\"[A-Za-z_]+/")
            foreach(line IN LISTS includes)
                string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*\"([A-Za-z_]+)/.*$" "\\1" prefix "${line}")
                foreach(other IN LISTS SAGEDESK_LAYERS)
                    if(prefix IN_LIST prefixes_${other} AND NOT other IN_LIST allowed)
                        file(RELATIVE_PATH rel "${root}" "${file}")
                        list(APPEND problems
                            "${rel} includes \"${prefix}/...\" of layer '${other}', but layer '${layer}' may only use: ${allowed_text}")
                    endif()
                endforeach()
            endforeach()
            set(in_module FALSE)
            foreach(folder IN LISTS SAGEDESK_LAYER_${layer}_MODULE_FOLDERS)
                if(file MATCHES "^${root}/${folder}/")
                    set(in_module TRUE)
                endif()
            endforeach()
            if(NOT in_module AND NOT layer IN_LIST SAGEDESK_SCREEN_FREE_LAYERS)
                file(STRINGS "${file}" engine REGEX "${SAGEDESK_WEBENGINE_INCLUDE_REGEX}")
                if(engine)
                    file(RELATIVE_PATH rel "${root}" "${file}")
                    list(APPEND problems "${rel} includes ${engine}: only ${SAGEDESK_LAYER_${layer}_MODULE_FOLDERS} (the module loaded at run time) may use Qt WebEngine")
                endif()
            endif()
            if(layer IN_LIST SAGEDESK_SCREEN_FREE_LAYERS)
                file(STRINGS "${file}" screen REGEX "${SAGEDESK_SCREEN_INCLUDE_REGEX}")
                if(screen)
                    file(RELATIVE_PATH rel "${root}" "${file}")
                    list(APPEND problems "${rel} includes ${screen}: layer '${layer}' is screen-free (no Widgets, Gui or WebEngine)")
                endif()
            endif()
        endforeach()
    endforeach()
    if(problems)
        list(JOIN problems "\n  " text)
        message(FATAL_ERROR "SageDesk layer check failed (cmake/SageDeskLayers.cmake):\n  ${text}")
    endif()
endfunction()

# The link side: a library target links only the SageDesk libraries its layer may use, and a
# screen-free one no Widgets, Gui or WebEngine module.
function(sagedesk_check_layer_links)
    foreach(layer IN LISTS SAGEDESK_LAYERS)
        set(target sagedesk_${layer})
        if(NOT TARGET ${target})
            continue()
        endif()
        get_target_property(libs ${target} LINK_LIBRARIES)
        if(NOT libs)
            continue()
        endif()
        foreach(lib IN LISTS libs)
            if(lib MATCHES "^sagedesk_(.+)$" AND NOT lib STREQUAL "sagedesk_compiler_options")
                set(used "${CMAKE_MATCH_1}")
                if(NOT used IN_LIST SAGEDESK_LAYER_${layer}_USES)
                    list(JOIN SAGEDESK_LAYER_${layer}_USES ", " uses_text)
                    message(FATAL_ERROR "${target} must not link ${lib}: layer '${layer}' may only use: ${uses_text}")
                endif()
            endif()
            if(layer IN_LIST SAGEDESK_SCREEN_FREE_LAYERS AND lib MATCHES "Qt[0-9]*::(Widgets|Gui|WebEngine)")
                message(FATAL_ERROR "${target} must not link ${lib}: layer '${layer}' is screen-free")
            endif()
            if(lib MATCHES "Qt[0-9]*::WebEngine")
                message(FATAL_ERROR "${target} must not link ${lib}: only the module loaded at run time "
                                    "(sagedesk_add_layer_module) links Qt WebEngine, so start-up does not load it")
            endif()
        endforeach()
    endforeach()
endfunction()

# Platform code lives in files named for their platform, beside the portable interface they implement
# (InstanceProcesses.h: InstanceProcessesPosix.cpp, ...Linux.cpp, ...Mac.cpp, ...Windows.cpp); this
# keeps only the ones of the platform being built. Everything else is portable Qt.
function(sagedesk_platform_sources list_var)
    set(kept)
    set(wanted)
    if(UNIX)
        list(APPEND wanted Posix)
    endif()
    if(APPLE)
        list(APPEND wanted Mac)
    elseif(CMAKE_SYSTEM_NAME STREQUAL "Linux")
        list(APPEND wanted Linux)
    endif()
    if(WIN32)
        list(APPEND wanted Windows)
    endif()
    foreach(source IN LISTS ${list_var})
        if(source MATCHES "(Posix|Linux|Mac|Windows)\\.cpp$" AND NOT CMAKE_MATCH_1 IN_LIST wanted)
            continue()
        endif()
        list(APPEND kept "${source}")
    endforeach()
    set(${list_var} "${kept}" PARENT_SCOPE)
endfunction()

# The .cpp and .h files under the given folders, into <out>.
function(_sagedesk_folder_sources out)
    set(sources)
    foreach(folder IN LISTS ARGN)
        file(GLOB_RECURSE found CONFIGURE_DEPENDS
            "${PROJECT_SOURCE_DIR}/${folder}/*.cpp" "${PROJECT_SOURCE_DIR}/${folder}/*.h")
        list(APPEND sources ${found})
    endforeach()
    set(${out} "${sources}" PARENT_SCOPE)
endfunction()

# sagedesk_add_layer(<layer> [QT <module>...]): the static library sagedesk_<layer> from its folders,
# linking the libraries its layer uses and the given Qt modules. Adding a class to a folder needs no
# edit here.
function(sagedesk_add_layer layer)
    cmake_parse_arguments(arg "" "" "QT" ${ARGN})
    _sagedesk_folder_sources(sources ${SAGEDESK_LAYER_${layer}_FOLDERS})
    foreach(folder IN LISTS SAGEDESK_LAYER_${layer}_MODULE_FOLDERS)
        list(FILTER sources EXCLUDE REGEX "^${PROJECT_SOURCE_DIR}/${folder}/")
    endforeach()
    sagedesk_platform_sources(sources)
    add_library(sagedesk_${layer} STATIC ${sources})
    list(TRANSFORM SAGEDESK_LAYER_${layer}_USES PREPEND sagedesk_ OUTPUT_VARIABLE uses)
    list(TRANSFORM arg_QT PREPEND Qt6:: OUTPUT_VARIABLE qt)
    target_link_libraries(sagedesk_${layer} PUBLIC ${uses} ${qt} PRIVATE sagedesk_compiler_options)
endfunction()

# sagedesk_add_layer_module(<layer> <name> [QT <module>...]): the layer's module folders as the
# loadable module <name>, linking only the given Qt modules (never a SageDesk library: the module must
# not hold a second copy of one). It shares headers with its layer through the layer's folders.
function(sagedesk_add_layer_module layer name)
    cmake_parse_arguments(arg "" "" "QT" ${ARGN})
    _sagedesk_folder_sources(sources ${SAGEDESK_LAYER_${layer}_MODULE_FOLDERS})
    add_library(${name} MODULE ${sources})
    list(TRANSFORM arg_QT PREPEND Qt6:: OUTPUT_VARIABLE qt)
    target_link_libraries(${name} PRIVATE ${qt} sagedesk_compiler_options)
endfunction()

function(sagedesk_check_layers root)
    sagedesk_check_layer_includes("${root}")
    sagedesk_check_layer_links()
endfunction()

if(CMAKE_SCRIPT_MODE_FILE AND CMAKE_SCRIPT_MODE_FILE STREQUAL CMAKE_CURRENT_LIST_FILE)
    if(NOT SAGEDESK_LAYERS_ROOT)
        message(FATAL_ERROR "usage: cmake -DSAGEDESK_LAYERS_ROOT=<source dir> -P ${CMAKE_CURRENT_LIST_FILE}")
    endif()
    sagedesk_check_layer_includes("${SAGEDESK_LAYERS_ROOT}")
    message(STATUS "SageDesk layer check passed for ${SAGEDESK_LAYERS_ROOT}")
endif()
