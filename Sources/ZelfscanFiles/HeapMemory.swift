#if canImport(Glibc)
import CMalloc
import Glibc
#endif

/// glibc's allocator keeps freed memory for later rather than handing it back. An export frees
/// what it read once its plan is made; handed back, that memory does not stay counted against
/// the export while it writes (docs/performance.md). Elsewhere this does nothing.
public enum HeapMemory {
    /// Hands memory that is free again back to the system.
    public static func returnFreed() {
        #if canImport(Glibc)
        _ = malloc_trim(0)
        #endif
    }
}
