// Nothing to compile: the declaration in CLibFuzzer.h is defined by libFuzzer's runtime.
#include "CLibFuzzer.h"
