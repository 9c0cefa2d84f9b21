# cmake -DSDGEN=PROGRAM -DOUT=DIR -P make_man_pages.cmake
# Writes DIR/sdgen.1.gz and DIR/sdgen-COMMAND.1.gz for each command the program
# lists, compressed as Debian wants them (gzip -9n: no name, no time stamp).
file(REMOVE_RECURSE ${OUT})
file(MAKE_DIRECTORY ${OUT})
execute_process(COMMAND ${SDGEN} help --commands OUTPUT_VARIABLE commands
                COMMAND_ERROR_IS_FATAL ANY)
string(STRIP "${commands}" commands)
string(REPLACE "\n" ";" commands "${commands}")
foreach(command "" ${commands})
  if(command STREQUAL "")
    set(page sdgen)
  else()
    set(page sdgen-${command})
  endif()
  execute_process(COMMAND ${SDGEN} help --man ${command} OUTPUT_FILE ${OUT}/${page}.1
                  COMMAND_ERROR_IS_FATAL ANY)
  execute_process(COMMAND gzip -9nf ${OUT}/${page}.1 COMMAND_ERROR_IS_FATAL ANY)
endforeach()
