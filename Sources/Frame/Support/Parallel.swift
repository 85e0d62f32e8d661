import Dispatch

#if canImport(Glibc)
import Glibc
#endif

/// Splits row-parallel work over the cores: each part takes a contiguous range of rows, and the
/// parts' results are merged in range order, so results do not depend on timing.
public enum Parallel {
    /// The number of threads kernels use: `OVERSIGHT_THREADS` when set, otherwise one per core.
    public static let threadCount: Int = {
        if let text = getenv("OVERSIGHT_THREADS"), let value = Int(String(cString: text)), value > 0 {
            return value
        }
        return max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
    }()

    /// Below this many rows per part, starting a thread costs more than it saves.
    static let minimumRowsPerPart = 1 << 16

    /// Contiguous ranges that cover `0..<count`, one per thread, or one range for little work.
    static func ranges(_ count: Int, minimumPerPart: Int = minimumRowsPerPart) -> [Range<Int>] {
        let parts = max(1, min(threadCount, count / max(1, minimumPerPart)))
        return (0..<parts).map { part in (count * part / parts)..<(count * (part + 1) / parts) }
    }

    /// Runs `body` for each index in `0..<count` on its own thread and returns the results in
    /// index order.
    public static func map<T>(_ count: Int, _ body: (Int) -> T) -> [T] {
        if count == 1 { return [body(0)] }
        return withoutActuallyEscaping(body) { body in
            let results = Results<T>(count: count)
            let work = UncheckedSendable(body)
            DispatchQueue.concurrentPerform(iterations: count) { index in
                results.set(index, work.value(index))
            }
            return results.finish()
        }
    }

    /// Runs `body` once per range of `ranges(count)`, in parallel, and returns the results in
    /// range order.
    static func mapRanges<T>(
        _ count: Int, minimumPerPart: Int = minimumRowsPerPart, _ body: (Range<Int>) -> T
    ) -> [T] {
        let parts = ranges(count, minimumPerPart: minimumPerPart)
        return map(parts.count) { body(parts[$0]) }
    }
}

/// A value handed to worker threads that only ever touch disjoint parts of it.
struct UncheckedSendable<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}

/// One slot per worker; each worker writes only its own slot.
private final class Results<T>: @unchecked Sendable {
    private let slots: UnsafeMutablePointer<T>
    private let count: Int

    init(count: Int) {
        self.count = count
        slots = .allocate(capacity: count)
    }

    func set(_ index: Int, _ value: T) { (slots + index).initialize(to: value) }

    /// The results; every slot must have been set.
    func finish() -> [T] {
        let array = Array(UnsafeBufferPointer(start: slots, count: count))
        slots.deinitialize(count: count)
        return array
    }

    deinit { slots.deallocate() }
}
