#include "base/memory.h"

#include <malloc.h>

namespace leernet {

void ReturnFreedMemory() { malloc_trim(0); }

}  // namespace leernet
