# Aggregates over runs and the demo workspace generator.
target_sources(kestrel_runs PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/RunAggregates.h ${CMAKE_CURRENT_LIST_DIR}/RunAggregates.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ModelRanking.h ${CMAKE_CURRENT_LIST_DIR}/ModelRanking.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ServerAggregates.h ${CMAKE_CURRENT_LIST_DIR}/ServerAggregates.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ServerQuantiles.h ${CMAKE_CURRENT_LIST_DIR}/ServerQuantiles.cpp
  ${CMAKE_CURRENT_LIST_DIR}/DemoGenerator.h ${CMAKE_CURRENT_LIST_DIR}/DemoGenerator.cpp
  ${CMAKE_CURRENT_LIST_DIR}/DemoCatalog.h
  ${CMAKE_CURRENT_LIST_DIR}/RunHistoryService.h ${CMAKE_CURRENT_LIST_DIR}/RunHistoryService.cpp)
target_link_libraries(kestrel_runs PUBLIC kestrel_stats)
