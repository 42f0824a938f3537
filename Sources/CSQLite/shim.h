#ifndef ZELFSCAN_CSQLITE_SHIM_H
#define ZELFSCAN_CSQLITE_SHIM_H
#include <sqlite3.h>
#endif
