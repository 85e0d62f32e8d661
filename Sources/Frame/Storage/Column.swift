/// A typed column: contiguous values plus a validity bitmap.
///
/// At the API level a missing value is `nil`; inside, the value slot of a null row holds an
/// arbitrary placeholder and the bitmap says it is not valid.
///
///     let sent = Column<Int64>([6, nil, 4])
///     sent[1]   // nil
public struct Column<Value: Sendable>: Sendable {
    /// The value of every row; meaningless where the row is null.
    public internal(set) var values: [Value]
    /// Which rows hold a value.
    public internal(set) var validity: Validity

    /// Creates a column from values and their validity.
    public init(values: [Value], validity: Validity) {
        precondition(values.count == validity.count, "values and validity lengths differ")
        self.values = values
        self.validity = validity
    }

    /// Creates a column with no nulls.
    public init(values: [Value]) {
        self.init(values: values, validity: Validity(allValid: values.count))
    }

    /// The number of rows.
    @inlinable
    public var count: Int { values.count }

    /// The number of null rows.
    public var nullCount: Int { validity.nullCount }

    /// The value at `index`, or `nil` where it is missing.
    @inlinable
    public subscript(index: Int) -> Value? {
        validity.isValid(index) ? values[index] : nil
    }

    /// The rows at `indices`, in that order.
    public func gathering(_ indices: [Int]) -> Column<Value> {
        let gathered = values.withUnsafeBufferPointer { source in
            Array<Value>(unsafeUninitializedCapacity: indices.count) { buffer, initialized in
                for (slot, index) in indices.enumerated() {
                    (buffer.baseAddress! + slot).initialize(to: source[index])
                }
                initialized = indices.count
            }
        }
        return Column(values: gathered, validity: validity.gathering(indices))
    }
}

extension Column {
    /// Creates a column from optional values, with `placeholder` stored in null slots.
    public init(_ elements: [Value?], placeholder: Value) {
        self.init(
            values: elements.map { $0 ?? placeholder },
            validity: Validity(elements.lazy.map { $0 != nil }))
    }
}

extension Column where Value == Int64 {
    /// Creates an integer column from optional values.
    public init(_ elements: [Int64?]) { self.init(elements, placeholder: 0) }
}

extension Column where Value == Double {
    /// Creates a floating-point column from optional values.
    public init(_ elements: [Double?]) { self.init(elements, placeholder: 0) }
}

extension Column where Value == Bool {
    /// Creates a boolean column from optional values.
    public init(_ elements: [Bool?]) { self.init(elements, placeholder: false) }
}

extension Column where Value == Day {
    /// Creates a date column from optional values.
    public init(_ elements: [Day?]) {
        self.init(elements, placeholder: Day(daysSinceEpoch: 0))
    }
}
