import Frame

/// Collects a text column as dictionary codes, keyed on the cells' bytes.
struct StringColumnAccumulator {
    private var codes: [Int32]
    private var dictionary = ByteDictionary()
    private var validity: ValidityBuilder

    init(capacity: Int) {
        codes = []
        codes.reserveCapacity(capacity)
        validity = ValidityBuilder(capacity: capacity)
    }

    @inline(__always)
    mutating func append(_ cell: UnsafeBufferPointer<UInt8>) {
        codes.append(dictionary.code(for: cell))
        validity.append(true)
    }

    @inline(__always)
    mutating func appendNull() {
        codes.append(0)
        validity.append(false)
    }

    func finish() -> StringColumn {
        StringColumn(codes: codes, dictionary: dictionary.strings(), validity: validity.finish())
    }
}
