# Dependencies come from Debian's packages (cmake/install-deps.sh installs them).
find_package(absl CONFIG REQUIRED)
find_package(ICU REQUIRED COMPONENTS uc i18n data)
find_package(Threads REQUIRED)
find_package(fmt CONFIG REQUIRED)
# SQLite backs the incremental claim store (crosscheck check --store).
find_package(SQLite3 REQUIRED)
