# Shared build helpers for Kestrel targets.

# Warnings every Kestrel target is built with.
function(kestrel_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
endfunction()

# kestrel_module(NAME SOURCES ... DEPS ...)
# One static library per core module, so that a test or benchmark links only
# what it needs and a module can be built on its own.
function(kestrel_module name)
  cmake_parse_arguments(ARG "" "" "SOURCES;DEPS" ${ARGN})
  add_library(kestrel_${name} STATIC ${ARG_SOURCES})
  target_include_directories(kestrel_${name} PUBLIC ${PROJECT_SOURCE_DIR})
  target_link_libraries(kestrel_${name} PUBLIC ${ARG_DEPS})
  set_target_properties(kestrel_${name} PROPERTIES POSITION_INDEPENDENT_CODE ON)
  kestrel_warnings(kestrel_${name})
endfunction()

# Every target `target` reaches through its link interface (itself included),
# into the variable named by `out`.
function(kestrel_linked_targets target out)
  set(seen "")
  set(queue ${target})
  while(queue)
    list(POP_FRONT queue current)
    if(current IN_LIST seen)
      continue()
    endif()
    list(APPEND seen ${current})
    if(TARGET ${current})
      get_target_property(aliased ${current} ALIASED_TARGET)
      if(aliased)
        list(APPEND queue ${aliased})
      endif()
      get_target_property(type ${current} TYPE)
      set(props INTERFACE_LINK_LIBRARIES)
      if(NOT type STREQUAL "INTERFACE_LIBRARY")
        list(APPEND props LINK_LIBRARIES)
      endif()
      foreach(prop ${props})
        get_target_property(libs ${current} ${prop})
        if(libs)
          foreach(lib ${libs})
            string(REGEX REPLACE "^\\$<LINK_ONLY:(.*)>$" "\\1" lib "${lib}")
            list(APPEND queue ${lib})
          endforeach()
        endif()
      endforeach()
    endif()
  endwhile()
  set(${out} ${seen} PARENT_SCOPE)
endfunction()

# Fails the configure step when `target` reaches a library whose name matches
# `pattern`, with `reason` in the message.
function(kestrel_assert_links_none target pattern reason)
  kestrel_linked_targets(${target} linked)
  foreach(current ${linked})
    if(current MATCHES "${pattern}")
      message(FATAL_ERROR "${target} must not link ${current}: ${reason}")
    endif()
  endforeach()
endfunction()

# kestrel_core must stay free of GUI libraries.
function(kestrel_assert_no_gui target)
  kestrel_assert_links_none(${target} "^Qt6?::(Gui|Widgets|PrintSupport|OpenGL)|QCustomPlot"
    "core stays free of GUI libraries")
endfunction()

# The compute modules (stats, anomaly, and the coming alerts, forecast, models,
# portfolio, optimize) are plain C++ over Eigen/std types: no Qt at all.
function(kestrel_assert_no_qt target)
  kestrel_assert_links_none(${target} "^Qt[0-9]*(::|[A-Z])|QCustomPlot" "compute modules use no Qt")
endfunction()

# Fails the configure step when `target` reaches any of the targets after it
# (a module that must stay below another, e.g. secrets below ai).
function(kestrel_assert_not_linked target)
  kestrel_linked_targets(${target} linked)
  foreach(forbidden ${ARGN})
    if(forbidden IN_LIST linked)
      message(FATAL_ERROR "${target} must not link ${forbidden}")
    endif()
  endforeach()
endfunction()
