# Precompiled headers: the Qt and standard headers nearly every file includes, parsed once per target group rather
# than once per file (a fresh build of everything is about a third faster on 2 cores). Only Qt's and the standard
# library's headers go in, never the project's, so a change to a project header rebuilds no more than before.
# The fuzz preset turns them off: it builds core without them, which keeps each core file's own includes honest.
option(MODERATO_PCH "Use precompiled headers" ON)

set(MODERATO_PCH_CORE
    <algorithm> <functional> <memory> <optional> <utility> <variant>
    <QByteArray> <QCoreApplication> <QDateTime> <QFile> <QFileInfo> <QHash> <QJsonArray> <QJsonDocument>
    <QJsonObject> <QJsonValue> <QList> <QLocale> <QMap> <QObject> <QPointer> <QRegularExpression> <QSet> <QString>
    <QStringList> <QTimer>)
set(MODERATO_PCH_WIDGETS
    <QAction> <QCheckBox> <QComboBox> <QDialog> <QDialogButtonBox> <QFormLayout> <QHBoxLayout> <QHeaderView>
    <QLabel> <QLineEdit> <QListWidget> <QPainter> <QPushButton> <QTreeWidget> <QVBoxLayout> <QWidget>)
set(MODERATO_PCH_TEST <QSignalSpy> <QTemporaryDir> <QTest>)

# moderato_use_pch(TARGET core|widgets): TARGET precompiles the group's headers itself.
function(moderato_use_pch target group)
    if(NOT MODERATO_PCH)
        return()
    endif()
    set(headers ${MODERATO_PCH_CORE})
    if(group STREQUAL "widgets")
        list(APPEND headers ${MODERATO_PCH_WIDGETS})
    endif()
    target_precompile_headers(${target} PRIVATE ${headers})
endfunction()

# moderato_reuse_test_pch(TARGET core|widgets): TARGET, a test linked exactly as the group's host below, uses the
# header the host precompiled. The host is an empty program in the test's folder, built with the same flags and
# definitions as such a test (GCC refuses a header precompiled with others, and -Winvalid-pch makes that an error here, never a silence).
function(moderato_reuse_test_pch target group)
    if(NOT MODERATO_PCH)
        return()
    endif()
    # One host per folder: Qt Test defines the folder (QT_TESTCASE_BUILDDIR), and a definition must match.
    string(MAKE_C_IDENTIFIER "${CMAKE_CURRENT_SOURCE_DIR}" folder)
    string(MD5 folder "${folder}")
    string(SUBSTRING "${folder}" 0 8 folder)
    set(host moderato_pch_tests_${group}_${folder})
    if(NOT TARGET ${host})
        set(main ${CMAKE_CURRENT_BINARY_DIR}/moderato_pch_main.cpp)
        if(NOT EXISTS ${main})
            file(WRITE ${main} "int main()\n{\n    return 0;\n}\n")
        endif()
        qt_add_executable(${host} ${main})
        set(libs Moderato::Core)
        set(headers ${MODERATO_PCH_CORE} ${MODERATO_PCH_TEST})
        if(group STREQUAL "widgets")
            set(libs Moderato::Ui)
            list(APPEND headers ${MODERATO_PCH_WIDGETS})
        endif()
        target_link_libraries(${host} PRIVATE Qt6::Test moderato_testsupport moderato_options ${libs})
        target_precompile_headers(${host} PRIVATE ${headers})
    endif()
    target_precompile_headers(${target} REUSE_FROM ${host})
endfunction()
