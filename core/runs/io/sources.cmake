# Run import (CSV, JSON, JSONL, MLflow SQLite and file store) and export.
target_sources(kestrel_runs PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/RunImport.h ${CMAKE_CURRENT_LIST_DIR}/RunImport.cpp
  ${CMAKE_CURRENT_LIST_DIR}/RunExport.h ${CMAKE_CURRENT_LIST_DIR}/RunExport.cpp
  ${CMAKE_CURRENT_LIST_DIR}/RunFields.h ${CMAKE_CURRENT_LIST_DIR}/RunFields.cpp
  ${CMAKE_CURRENT_LIST_DIR}/BadRows.h ${CMAKE_CURRENT_LIST_DIR}/BadRows.cpp
  ${CMAKE_CURRENT_LIST_DIR}/RunSink.h ${CMAKE_CURRENT_LIST_DIR}/RunSink.cpp
  ${CMAKE_CURRENT_LIST_DIR}/StagedImport.h ${CMAKE_CURRENT_LIST_DIR}/StagedImport.cpp
  ${CMAKE_CURRENT_LIST_DIR}/MappedFile.h ${CMAKE_CURRENT_LIST_DIR}/MappedFile.cpp
  ${CMAKE_CURRENT_LIST_DIR}/CsvReader.h ${CMAKE_CURRENT_LIST_DIR}/CsvReader.cpp
  ${CMAKE_CURRENT_LIST_DIR}/CsvImporter.h ${CMAKE_CURRENT_LIST_DIR}/CsvImporter.cpp
  ${CMAKE_CURRENT_LIST_DIR}/JsonImporter.h ${CMAKE_CURRENT_LIST_DIR}/JsonImporter.cpp
  ${CMAKE_CURRENT_LIST_DIR}/MlflowRun.h ${CMAKE_CURRENT_LIST_DIR}/MlflowRun.cpp
  ${CMAKE_CURRENT_LIST_DIR}/MlflowSqliteImporter.h ${CMAKE_CURRENT_LIST_DIR}/MlflowSqliteImporter.cpp
  ${CMAKE_CURRENT_LIST_DIR}/FlatYaml.h ${CMAKE_CURRENT_LIST_DIR}/FlatYaml.cpp
  ${CMAKE_CURRENT_LIST_DIR}/MlflowFileStoreImporter.h ${CMAKE_CURRENT_LIST_DIR}/MlflowFileStoreImporter.cpp)
