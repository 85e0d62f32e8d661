/// One key column of a grouping, seen as codes `0..<cardinality`, null being a code of its own.
///
/// Text columns use their dictionary codes, integer and date columns the offset from their
/// smallest value when the range is small, and other columns codes from a hash table. Grouping
/// packs several keys into one `UInt64` in mixed radix.
struct GroupKey {
    private enum Encoding {
        /// Row codes `0..<nullCode`; null rows take `nullCode`.
        case codes([Int32], Validity, nullCode: UInt64)
        /// Row values minus `minimum`; null rows take `nullCode`.
        case offsets([Int64], Validity, minimum: Int64, nullCode: UInt64)
    }

    private let encoding: Encoding
    /// The number of distinct codes (null included when the column has nulls).
    let cardinality: UInt64

    /// The widest integer range encoded by offsets; a table of this many slots stays small.
    private static let offsetLimit: UInt64 = 1 << 24

    init(_ column: AnyColumn) {
        let validity = column.validity
        let nullSlots: UInt64 = validity.hasNulls ? 1 : 0
        switch column.storage {
        case .string(let c):
            let count = UInt64(c.dictionary.count)
            encoding = .codes(c.codes, validity, nullCode: count)
            cardinality = count + nullSlots
            return
        case .int64(let c):
            if let key = Self.offsets(c.values, validity) {
                self = key
                return
            }
            self = Self.hashed(c.values.count, validity) { UInt64(bitPattern: c.values[$0]) }
        case .date(let c):
            let days = c.values.map { Int64($0.daysSinceEpoch) }
            self = Self.offsets(days, validity)!
        case .bool(let c):
            self = Self.offsets(c.values.map { $0 ? 1 : 0 }, validity)!
        case .double(let c):
            self = Self.hashed(c.values.count, validity) { row in
                // -0 groups with 0 and every NaN with every other, as in SQL.
                let value = c.values[row]
                return value == 0 ? 0 : (value.isNaN ? Double.nan.bitPattern : value.bitPattern)
            }
        }
    }

    private init(encoding: Encoding, cardinality: UInt64) {
        self.encoding = encoding
        self.cardinality = cardinality
    }

    /// Group numbers already computed, as a key.
    init(groups: [Int32], count: Int) {
        encoding = .codes(groups, Validity(allValid: groups.count), nullCode: UInt64(count))
        cardinality = UInt64(count)
    }

    /// Offsets from the smallest value, when the range of values is small enough.
    private static func offsets(_ values: [Int64], _ validity: Validity) -> GroupKey? {
        var low = Int64.max
        var high = Int64.min
        values.withUnsafeBufferPointer { values in
            if validity.hasNulls {
                for row in values.indices where validity.isValid(row) {
                    low = min(low, values[row])
                    high = max(high, values[row])
                }
            } else {
                for value in values {
                    low = min(low, value)
                    high = max(high, value)
                }
            }
        }
        if low > high { low = 0; high = 0 }  // no valid value
        let (span, overflow) = high.subtractingReportingOverflow(low)
        guard !overflow, UInt64(span) < offsetLimit else { return nil }
        let nullCode = UInt64(span) + 1
        return GroupKey(
            encoding: .offsets(values, validity, minimum: low, nullCode: nullCode),
            cardinality: nullCode + (validity.hasNulls ? 1 : 0))
    }

    /// Codes from hashing each valid row's bits; null rows get a code after all of them.
    private static func hashed(
        _ count: Int, _ validity: Validity, _ bits: (Int) -> UInt64
    ) -> GroupKey {
        let fallback = (0..<count).first { validity.isValid($0) }.map(bits) ?? 0
        let numbering = GroupNumbering(rowCount: count, keySpace: .max) { rows, keys in
            for (offset, row) in rows.enumerated() {
                keys[offset] = validity.isValid(row) ? bits(row) : fallback
            }
        }
        let nullCode = UInt64(numbering.groupCount)
        return GroupKey(
            encoding: .codes(numbering.groupOfRow, validity, nullCode: nullCode),
            cardinality: nullCode + (validity.hasNulls ? 1 : 0))
    }

    /// Folds this key into the packed keys of `rows`: `keys[i] = keys[i] * cardinality + code`,
    /// or just the code when `first`.
    func fold(_ rows: Range<Int>, into keys: UnsafeMutablePointer<UInt64>, first: Bool) {
        switch encoding {
        case .codes(let codes, let validity, let nullCode):
            codes.withUnsafeBufferPointer { codes in
                fold(rows, keys, first, validity, nullCode) { UInt64(truncatingIfNeeded: codes[$0]) }
            }
        case .offsets(let values, let validity, let minimum, let nullCode):
            values.withUnsafeBufferPointer { values in
                fold(rows, keys, first, validity, nullCode) { UInt64(bitPattern: values[$0] &- minimum) }
            }
        }
    }

    @inline(__always)
    private func fold(
        _ rows: Range<Int>, _ keys: UnsafeMutablePointer<UInt64>, _ first: Bool,
        _ validity: Validity, _ nullCode: UInt64, _ code: (Int) -> UInt64
    ) {
        let radix = cardinality
        let base = rows.lowerBound
        if !validity.hasNulls {
            if first {
                for row in rows { keys[row &- base] = code(row) }
            } else {
                for row in rows { keys[row &- base] = keys[row &- base] &* radix &+ code(row) }
            }
            return
        }
        for row in rows {
            let value = validity.isValid(row) ? code(row) : nullCode
            keys[row &- base] = first ? value : keys[row &- base] &* radix &+ value
        }
    }
}
