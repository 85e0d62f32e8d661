/// One value per group in manually managed memory, so kernels update it through a plain pointer
/// with no copy-on-write check per row; the memory is freed with the buffer.
final class GroupBuffer<Element>: @unchecked Sendable {
    /// The first value; `count` values follow.
    let base: UnsafeMutablePointer<Element>
    /// The number of values.
    let count: Int

    init(count: Int, repeating value: Element) {
        self.count = count
        base = .allocate(capacity: max(count, 1))
        base.initialize(repeating: value, count: count)
    }

    deinit {
        base.deinitialize(count: count)
        base.deallocate()
    }

    /// The values, copied into an array.
    var array: [Element] { Array(UnsafeBufferPointer(start: base, count: count)) }
}
