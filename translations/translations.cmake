# translations/: the Qt Linguist files of the window's and the command line's languages
# (docs/ARCHITECTURE.md, "Translations"). `ninja -C build update_translations` runs lupdate
# over the sources that hold the strings a user sees: the window (app/gui), the views
# (widgets, widgets/render), the command line (app/cli: usage, help, messages and the text
# reports, only when PYROGRAPH_LANG asks for it) and the messages of the importers,
# the library and the model (errors about a file, a stored profile or a limit). server/
# is not scanned: its HTTP answers are read by programs. The build runs lrelease and
# compiles the .qm files into pyrograph_cli as the resource :/i18n/pyrograph_<language>.qm.
find_package(Qt6 REQUIRED COMPONENTS LinguistTools)

set(PYROGRAPH_LANGUAGES de fr es ja zh_CN)
set(PYROGRAPH_TS_FILES)
foreach(language ${PYROGRAPH_LANGUAGES})
    list(APPEND PYROGRAPH_TS_FILES ${CMAKE_SOURCE_DIR}/translations/pyrograph_${language}.ts)
endforeach()

set(PYROGRAPH_TRANSLATED_FOLDERS app/gui app/cli widgets widgets/render importers library model)
set(PYROGRAPH_TRANSLATED_SOURCES)
foreach(folder ${PYROGRAPH_TRANSLATED_FOLDERS})
    file(GLOB sources CONFIGURE_DEPENDS
        ${CMAKE_SOURCE_DIR}/${folder}/*.cpp ${CMAKE_SOURCE_DIR}/${folder}/*.h)
    list(APPEND PYROGRAPH_TRANSLATED_SOURCES ${sources})
endforeach()

# -locations none: line numbers in the .ts files would change with every edit of a source.
qt_add_lupdate(pyrograph_cli
    TS_FILES ${PYROGRAPH_TS_FILES}
    SOURCES ${PYROGRAPH_TRANSLATED_SOURCES}
    OPTIONS -no-obsolete -locations none)
qt_add_lrelease(pyrograph_cli
    TS_FILES ${PYROGRAPH_TS_FILES}
    QM_FILES_OUTPUT_VARIABLE PYROGRAPH_QM_FILES
    OPTIONS -nounfinished -removeidentical)
qt_add_resources(pyrograph_cli "translations"
    PREFIX "/i18n"
    BASE ${CMAKE_CURRENT_BINARY_DIR}
    FILES ${PYROGRAPH_QM_FILES})
