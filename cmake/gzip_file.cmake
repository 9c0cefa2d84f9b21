# cmake -DIN=FILE -DOUT=FILE.gz -P gzip_file.cmake
# Compresses as Debian wants (gzip -9n: no name, no time stamp, so the same
# input always gives the same bytes).
get_filename_component(plain ${OUT} NAME_WLE)
get_filename_component(folder ${OUT} DIRECTORY)
configure_file(${IN} ${folder}/${plain} COPYONLY)
execute_process(COMMAND gzip -9nf ${folder}/${plain} COMMAND_ERROR_IS_FATAL ANY)
