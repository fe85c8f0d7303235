// The target's one source file; everything it offers is the inline function in include/CAllocator.h.
#include "CAllocator.h"
