// Hands memory that a stage has freed back to the system.
#pragma once

namespace leernet {

/// Gives the system back the free pages of every malloc arena. A stage that frees a lot before
/// the next one allocates on other threads calls this: those threads' arenas would not reuse
/// the freed pages, so without it they would still count in the build's peak memory.
void ReturnFreedMemory();

}  // namespace leernet
