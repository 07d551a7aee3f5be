# Id windows of a run list for the Run History table.
target_sources(kestrel_runs PRIVATE ${CMAKE_CURRENT_LIST_DIR}/RunPager.h ${CMAKE_CURRENT_LIST_DIR}/RunPager.cpp)
