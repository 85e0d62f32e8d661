#if canImport(Glibc)
import Glibc
#else
import Foundation
#endif

/// Growable memory for one column's values and validity bits, written by row index.
///
/// The reader does not know the row count before it has read the rows, so buffers grow by
/// doubling (`realloc`, which moves large blocks by remapping pages, not by copying). Every buffer
/// of a part has the same capacity and grows at the start of a row, never in the middle of one;
/// writing a cell costs no bounds check, no append and no copy-on-write check. `Element` must be
/// a trivial type; the owner must call `deallocate` once.
struct RowBuffer<Element> {
    private(set) var values: UnsafeMutablePointer<Element>
    private(set) var validWords: UnsafeMutablePointer<UInt64>

    /// Memory for `capacity` rows (a multiple of 64), all invalid.
    init(capacity: Int) {
        precondition(capacity > 0 && capacity % 64 == 0, "row buffers hold whole validity words")
        values = Self.reallocate(nil, count: capacity)
        validWords = Self.reallocate(nil, count: capacity / 64)
        validWords.initialize(repeating: 0, count: capacity / 64)
    }

    /// The same memory seen as another element type of the same size, for widening in place.
    init<Other>(rebinding other: RowBuffer<Other>) {
        precondition(MemoryLayout<Element>.stride == MemoryLayout<Other>.stride)
        values = UnsafeMutableRawPointer(other.values).assumingMemoryBound(to: Element.self)
        validWords = other.validWords
    }

    /// Stores a value in `row` and marks it valid.
    @inline(__always)
    func set(_ value: Element, at row: Int) {
        values[row] = value
        validWords[row &>> 6] |= 1 &<< UInt64(row & 63)
    }

    /// Stores a placeholder in a null `row`, so that no row holds uninitialized memory.
    @inline(__always)
    func setNull(_ placeholder: Element, at row: Int) {
        values[row] = placeholder
    }

    /// Whether `row` holds a value.
    @inline(__always)
    func isValid(_ row: Int) -> Bool {
        validWords[row &>> 6] & (1 &<< UInt64(row & 63)) != 0
    }

    /// Grows from `capacity` to `newCapacity` rows; the new rows are invalid.
    mutating func grow(from capacity: Int, to newCapacity: Int) {
        values = Self.reallocate(values, count: newCapacity)
        validWords = Self.reallocate(validWords, count: newCapacity / 64)
        (validWords + capacity / 64).initialize(repeating: 0, count: (newCapacity - capacity) / 64)
    }

    func deallocate() {
        free(values)
        free(validWords)
    }

    private static func reallocate<T>(_ pointer: UnsafeMutablePointer<T>?, count: Int) -> UnsafeMutablePointer<T> {
        guard let raw = realloc(pointer, count * MemoryLayout<T>.stride) else {
            fatalError("out of memory reading a CSV file")
        }
        return raw.assumingMemoryBound(to: T.self)
    }
}
