# SPDX-License-Identifier: MIT
# cmake -DAPP=moderato -DCLI=moderato-cli -DAPP_MANPAGE=moderato.1 -DCLI_MANPAGE=moderato-cli.1
#       -DCOMPLETION=completion/moderato-cli -P manpage_options.cmake
# Fails when a program has a command or an option that its man page (or the bash completion) does not name:
# - every option of `moderato --help` is named in moderato.1's OPTIONS section;
# - every option of `moderato-cli --help` is named in moderato-cli.1's OPTIONS section;
# - every command of `moderato-cli --help` has a .SS section under COMMANDS, every option of
#   `moderato-cli COMMAND --help` is named in that section, and no section names a command that is gone;
# - the completion lists every command, and every option of a command on that command's `options=` line.

cmake_minimum_required(VERSION 3.25)

foreach(variable APP CLI APP_MANPAGE CLI_MANPAGE COMPLETION)
    if(NOT DEFINED ${variable})
        message(FATAL_ERROR "manpage_options.cmake needs -D${variable}=...")
    endif()
endforeach()

set(failures "")
macro(fail text)
    list(APPEND failures "${text}")
endmacro()

# The options a --help text lists: the words starting with - before each option line's description.
function(help_options out program)
    execute_process(COMMAND ${CMAKE_COMMAND} -E env QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 LANGUAGE=en
                            ${program} ${ARGN} --help
                    OUTPUT_VARIABLE help RESULT_VARIABLE result ERROR_QUIET)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "${program} ${ARGN} --help failed (${result})")
    endif()
    string(REGEX REPLACE "\n" ";" lines "${help}")
    set(options "")
    set(in_options FALSE)
    foreach(line IN LISTS lines)
        if(line STREQUAL "Options:")
            set(in_options TRUE)
        elseif(in_options AND line MATCHES "^  (-[^ ].*)$")
            # "  -o, --output <SESSION>  Also create ...": the part before the two spaces of the description.
            string(REGEX REPLACE "^  " "" line "${line}")
            string(REGEX REPLACE "  .*$" "" head "${line}")
            string(REGEX REPLACE "<[^>]*>" "" head "${head}")
            string(REGEX MATCHALL "--?[A-Za-z?][-A-Za-z0-9]*" names "${head}")
            list(APPEND options ${names})
        elseif(in_options AND NOT line MATCHES "^ ")
            set(in_options FALSE)
        endif()
    endforeach()
    list(REMOVE_ITEM options "-?") # Qt's alias of -h, left out of its own help text on Unix
    set(${out} "${options}" PARENT_SCOPE)
endfunction()

# A man page as plain words: fonts dropped, \- made -, quotes made plain.
function(read_manpage out path)
    file(READ "${path}" text)
    string(REGEX REPLACE "\\\\f[BIRP]" "" text "${text}")
    string(REPLACE "\\-" "-" text "${text}")
    string(REPLACE "\\(dq" "\"" text "${text}")
    string(REPLACE "\\~" " " text "${text}")
    set(${out} "${text}" PARENT_SCOPE)
endfunction()

# The text of a section, from its heading line (regex) to the next heading of that level.
function(section out text heading level)
    string(REGEX MATCH "\n${heading}[^\n]*\n" found "${text}")
    if(NOT found)
        set(${out} "" PARENT_SCOPE)
        return()
    endif()
    string(FIND "${text}" "${found}" start)
    string(LENGTH "${found}" found_length)
    math(EXPR body_start "${start} + ${found_length}")
    string(SUBSTRING "${text}" ${body_start} -1 rest)
    if(level STREQUAL "SH")
        string(REGEX MATCH "\n\\.SH [^\n]*" next "\n${rest}")
    else()
        string(REGEX MATCH "\n\\.S[HS] [^\n]*" next "\n${rest}")
    endif()
    if(next)
        string(FIND "\n${rest}" "${next}" end)
        string(SUBSTRING "\n${rest}" 0 ${end} rest)
    endif()
    set(${out} "${found}${rest}" PARENT_SCOPE)
endfunction()

# Whether option is named in text as a word of its own (not as part of a longer option).
function(names_option out text option)
    string(REGEX REPLACE "([?+.])" "\\\\\\1" pattern "${option}")
    if(text MATCHES "(^|[^-A-Za-z0-9])${pattern}([^-A-Za-z0-9]|$)")
        set(${out} TRUE PARENT_SCOPE)
    else()
        set(${out} FALSE PARENT_SCOPE)
    endif()
endfunction()

# moderato
help_options(app_options "${APP}")
read_manpage(app_page "${APP_MANPAGE}")
section(app_section "${app_page}" "\\.SH OPTIONS" SH)
if(NOT app_options)
    fail("moderato --help lists no options: the check cannot read it")
endif()
foreach(option IN LISTS app_options)
    names_option(named "${app_section}" "${option}")
    if(NOT named)
        fail("moderato.1: OPTIONS does not name ${option} (from moderato --help)")
    endif()
endforeach()

# moderato-cli: its own options
help_options(cli_options "${CLI}")
read_manpage(cli_page "${CLI_MANPAGE}")
section(cli_section "${cli_page}" "\\.SH OPTIONS" SH)
foreach(option IN LISTS cli_options)
    names_option(named "${cli_section}" "${option}")
    if(NOT named)
        fail("moderato-cli.1: OPTIONS does not name ${option} (from moderato-cli --help)")
    endif()
endforeach()

# moderato-cli: its commands, from the "Commands:" block of its help
execute_process(COMMAND ${CLI} --help OUTPUT_VARIABLE cli_help RESULT_VARIABLE result ERROR_QUIET)
string(REGEX MATCH "Commands:\n.*\nRun '" block "${cli_help}")
string(REGEX MATCHALL "\n  [a-z][-a-z]*" commands "${block}")
list(TRANSFORM commands REPLACE "^\n  " "")
list(REMOVE_DUPLICATES commands)
if(NOT commands)
    fail("moderato-cli --help lists no commands: the check cannot read it")
endif()

file(READ "${COMPLETION}" completion)
string(REGEX MATCH "local commands=\"[^\"]*\"" completion_commands "${completion}")

section(commands_section "${cli_page}" "\\.SH COMMANDS" SH)
string(REGEX MATCHALL "\n\\.SS \"?[a-z][-a-z]*" page_commands "${commands_section}")
list(TRANSFORM page_commands REPLACE "^\n\\.SS \"?" "")
foreach(command IN LISTS page_commands)
    if(NOT command IN_LIST commands)
        fail("moderato-cli.1: COMMANDS has a section for ${command}, which moderato-cli --help does not list")
    endif()
endforeach()

foreach(command IN LISTS commands)
    if(NOT command IN_LIST page_commands)
        fail("moderato-cli.1: COMMANDS has no .SS section for ${command}")
        continue()
    endif()
    names_option(listed "${completion_commands}" "${command}")
    if(NOT listed)
        fail("completion: `local commands=` does not list ${command}")
    endif()
    section(command_section "${commands_section}" "\\.SS \"?${command}( |\"|\n)" SS)
    string(REGEX MATCH "\n    ${command}\\) options=\"[^\"]*\"" completion_line "${completion}")
    if(NOT completion_line)
        fail("completion: no `${command}) options=` line")
    endif()
    help_options(command_options "${CLI}" ${command})
    # -h/--help/--help-all are every command's: OPTIONS names them once, the completion adds them to all.
    list(REMOVE_ITEM command_options -h --help --help-all)
    foreach(option IN LISTS command_options)
        names_option(named "${command_section}" "${option}")
        if(NOT named)
            fail("moderato-cli.1: the section of ${command} does not name ${option} (from moderato-cli ${command} --help)")
        endif()
        names_option(completed "${completion_line}" "${option}")
        if(completion_line AND NOT completed)
            fail("completion: the options of ${command} lack ${option}")
        endif()
    endforeach()
endforeach()

foreach(option --help-all -h --help)
    names_option(named "${cli_section}" "${option}")
    if(NOT named)
        fail("moderato-cli.1: OPTIONS does not name ${option}, which every command has")
    endif()
endforeach()

if(failures)
    list(JOIN failures "\n  " text)
    message(FATAL_ERROR "The man pages or the completion miss what the programs offer:\n  ${text}")
endif()
list(LENGTH commands command_count)
message(STATUS "moderato.1, moderato-cli.1 and the completion name every option and all ${command_count} commands")
