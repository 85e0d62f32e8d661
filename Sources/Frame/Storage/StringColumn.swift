/// A text column, dictionary-encoded: each row holds a code into a table of distinct strings.
///
/// Grouping, joining and comparing text then work on integer codes, and each distinct string is
/// stored once however many rows repeat it.
public struct StringColumn: Sendable {
    /// The dictionary code of every row; meaningless where the row is null.
    public internal(set) var codes: [Int32]
    /// The distinct strings; `codes` index into it.
    public internal(set) var dictionary: [String]
    /// Which rows hold a value.
    public internal(set) var validity: Validity

    /// Creates a column from codes, their dictionary and validity.
    public init(codes: [Int32], dictionary: [String], validity: Validity) {
        precondition(codes.count == validity.count, "codes and validity lengths differ")
        self.codes = codes
        self.dictionary = dictionary
        self.validity = validity
    }

    /// Creates a column from optional strings.
    public init(_ elements: [String?]) {
        var builder = StringColumnBuilder()
        for element in elements { builder.append(element) }
        self = builder.finish()
    }

    /// The number of rows.
    public var count: Int { codes.count }

    /// The number of null rows.
    public var nullCount: Int { validity.nullCount }

    /// The string at `index`, or `nil` where it is missing.
    public subscript(index: Int) -> String? {
        validity.isValid(index) ? dictionary[Int(codes[index])] : nil
    }

    /// The rows at `indices`, in that order (the dictionary is shared, not copied).
    public func gathering(_ indices: [Int]) -> StringColumn {
        let gathered = codes.withUnsafeBufferPointer { source in
            Array<Int32>(unsafeUninitializedCapacity: indices.count) { buffer, initialized in
                for (slot, index) in indices.enumerated() { buffer[slot] = source[index] }
                initialized = indices.count
            }
        }
        return StringColumn(
            codes: gathered, dictionary: dictionary, validity: validity.gathering(indices))
    }
}

/// Builds a `StringColumn` one row at a time, assigning codes in order of first appearance.
public struct StringColumnBuilder: Sendable {
    private var codes: [Int32] = []
    private var dictionary: [String] = []
    private var lookup: [String: Int32] = [:]
    private var validity = Validity(allValid: 0)

    public init() {}

    /// Appends a string, or a null.
    public mutating func append(_ value: String?) {
        guard let value else {
            codes.append(0)
            validity.append(false)
            return
        }
        codes.append(code(for: value))
        validity.append(true)
    }

    /// The code of `value`, adding it to the dictionary if new.
    public mutating func code(for value: String) -> Int32 {
        if let code = lookup[value] { return code }
        let code = Int32(dictionary.count)
        dictionary.append(value)
        lookup[value] = code
        return code
    }

    /// The finished column.
    public consuming func finish() -> StringColumn {
        StringColumn(codes: codes, dictionary: dictionary, validity: validity)
    }
}
