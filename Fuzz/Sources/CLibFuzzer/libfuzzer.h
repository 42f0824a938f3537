// libFuzzer's driver, for a harness whose `main` SwiftPM names itself: the executable's own
// `main` hands the command line and the harness's function to libFuzzer. Linked by
// `-sanitize=fuzzer` (libclang_rt.fuzzer), so the module has no link directive.
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
