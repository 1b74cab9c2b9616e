# Warnings are errors in every preset; sanitizers are switched on by the asan preset.
add_library(sagedesk_compiler_options INTERFACE)
if(MSVC)
    # Windows (installers.yml): MSVC's own names for the same intent; UTF-8 sources, standard C++.
    target_compile_options(sagedesk_compiler_options INTERFACE /W3 /WX /permissive- /Zc:__cplusplus /utf-8)
else()
target_compile_options(sagedesk_compiler_options INTERFACE
    -Wall -Wextra -Wpedantic -Werror
    -Wshadow -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual -Wimplicit-fallthrough
    # GCC 12 at -O2/-O3 reports std::variant<QList<T>, ...> members as maybe-uninitialized through
    # Qt's QArrayDataPointer (GCC bugs 105593, 107138); the analysis is wrong, not the code.
    $<$<AND:$<CXX_COMPILER_ID:GNU>,$<NOT:$<CONFIG:Debug>>>:-Wno-maybe-uninitialized>)
endif()
target_compile_definitions(sagedesk_compiler_options INTERFACE
    QT_NO_CAST_FROM_ASCII QT_NO_URL_CAST_FROM_STRING QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_DISABLE_DEPRECATED_UP_TO=0x060400)

option(SAGEDESK_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
if(SAGEDESK_SANITIZE)
    target_compile_options(sagedesk_compiler_options INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(sagedesk_compiler_options INTERFACE -fsanitize=address,undefined)
endif()
