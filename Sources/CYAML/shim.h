#ifndef ZELFSCAN_CYAML_SHIM_H
#define ZELFSCAN_CYAML_SHIM_H
#include <yaml.h>
#endif
