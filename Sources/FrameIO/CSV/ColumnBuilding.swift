import Frame

/// The one pass over a part's records: converts each selected column's cells as it reads them,
/// as the narrowest type that all of the column's cells so far fit.
///
/// A column starts with no type (only nulls seen) and, on its first value, becomes an integer,
/// double or ISO date column. A value that does not fit widens the column in place: integers
/// become doubles (the same eight bytes, converted where they lie); anything else makes the
/// column text, and only then are the column's earlier cells read again from the part's start,
/// into a dictionary. Text columns are typed at the end from their distinct values
/// (`TypeInference`). Buffers grow by doubling at the start of a row, never within one.
struct ColumnBuilding: CSVFieldVisitor {
    /// Where a file column's cells go. The payloads are plain pointers, so reading a slot per
    /// cell costs no reference counting and no copy-on-write check.
    enum Slot {
        case skip
        /// Only nulls so far.
        case pending(RowBuffer<Int64>)
        case integer(RowBuffer<Int64>)
        case double(RowBuffer<Double>)
        /// Days since 1970, as read from ISO dates.
        case isoDate(RowBuffer<Int64>)
        case text(RowBuffer<Int32>, UnsafeMutablePointer<ByteDictionary>)
    }

    /// The types a column may take in the pass before it falls back to text.
    struct FastKinds: OptionSet {
        let rawValue: UInt8
        static let integer = FastKinds(rawValue: 1)
        static let double = FastKinds(rawValue: 2)
        static let isoDate = FastKinds(rawValue: 4)
        static let all: FastKinds = [.integer, .double, .isoDate]
    }

    /// Owns the slots' memory and frees it however the read ends.
    final class Storage {
        var slots: [Slot]

        init(slots: [Slot]) { self.slots = slots }

        /// Frees one column's memory, once its `Column` is made.
        func release(_ column: Int) {
            switch slots[column] {
            case .skip: break
            case .pending(let buffer), .integer(let buffer), .isoDate(let buffer): buffer.deallocate()
            case .double(let buffer): buffer.deallocate()
            case .text(let codes, let dictionary):
                codes.deallocate()
                dictionary.pointee.deallocate()
                dictionary.deinitialize(count: 1)
                dictionary.deallocate()
            }
            slots[column] = .skip
        }

        deinit {
            for column in slots.indices { release(column) }
        }
    }

    private(set) var slots: [Slot]
    let storage: Storage
    private let fast: [FastKinds]
    private let nulls: NullMatcher
    private let missingTokens: [[UInt8]]
    /// Per column, bit `i` is set when missing token `i` (`-`, `s/d`, …) was read as a null.
    private(set) var missingTokensSeen: [UInt64]
    private var capacity = 4096
    private var row = -1
    /// A tokenizer at the part's first record, to read a column's earlier cells again.
    private let restart: () -> CSVTokenizer

    /// The number of records read so far.
    var rowCount: Int { row + 1 }

    /// Prepares to read the columns whose `fast` kinds are given (`nil` for a column not read).
    init(
        fast: [FastKinds?], nulls: NullMatcher, missingTokens: [String],
        restart: @escaping () -> CSVTokenizer
    ) {
        self.nulls = nulls
        self.missingTokens = missingTokens.map { Array($0.utf8) }
        self.restart = restart
        self.fast = fast.map { $0 ?? [] }
        missingTokensSeen = Array(repeating: 0, count: fast.count)
        let capacity = self.capacity
        slots = fast.map { kinds in
            guard let kinds else { return .skip }
            return kinds.isEmpty ? Self.newText(capacity) : .pending(RowBuffer(capacity: capacity))
        }
        storage = Storage(slots: slots)
    }

    private static func newText(_ capacity: Int) -> Slot {
        let dictionary = UnsafeMutablePointer<ByteDictionary>.allocate(capacity: 1)
        dictionary.initialize(to: ByteDictionary())
        return .text(RowBuffer(capacity: capacity), dictionary)
    }

    mutating func visit(
        _ content: UnsafeBufferPointer<UInt8>, column: Int, line: Int
    ) throws(CSVReadingError) {
        if column == 0 {
            row &+= 1
            if row == capacity { grow() }
        }
        switch slots[column] {
        case .skip:
            return
        case .text(let codes, let dictionary):
            if nulls.matches(content) { return codes.setNull(0, at: row) }
            codes.set(dictionary.pointee.code(for: content), at: row)
        case .integer(let values):
            if !nulls.matches(content), let value = CellParser.integer(content) { return values.set(value, at: row) }
            try widen(content, column)
        case .double(let values):
            if !nulls.matches(content), let value = CellParser.double(content) { return values.set(value, at: row) }
            try widen(content, column)
        case .isoDate(let values):
            if !nulls.matches(content), let day = CellParser.isoDate(content) {
                return values.set(Int64(day.daysSinceEpoch), at: row)
            }
            try widen(content, column)
        case .pending:
            try widen(content, column)
        }
    }

    /// A cell that the column's current type does not take: a null, a first value, or a value
    /// that widens the column.
    @inline(never)
    private mutating func widen(_ content: UnsafeBufferPointer<UInt8>, _ column: Int) throws(CSVReadingError) {
        if nulls.matches(content) || isMissingToken(content, column) { return setNull(column) }
        let kinds = fast[column]
        switch slots[column] {
        case .pending(let values):
            if kinds.contains(.integer), let value = CellParser.integer(content) {
                values.set(value, at: row)
                return setSlot(.integer(values), column)
            }
            if kinds.contains(.double), let value = CellParser.double(content) {
                let doubles = RowBuffer<Double>(rebinding: values)
                doubles.set(value, at: row)
                return setSlot(.double(doubles), column)
            }
            if kinds.contains(.isoDate), let day = CellParser.isoDate(content) {
                values.set(Int64(day.daysSinceEpoch), at: row)
                return setSlot(.isoDate(values), column)
            }
        case .integer(let values):
            if kinds.contains(.double), let value = CellParser.double(content) {
                let doubles = Self.doublesInPlace(values, count: row)
                doubles.set(value, at: row)
                return setSlot(.double(doubles), column)
            }
        case .skip, .double, .isoDate, .text:
            break
        }
        try becomeText(column, rows: row)
        guard case .text(let codes, let dictionary) = slots[column] else { preconditionFailure("just made text") }
        codes.set(dictionary.pointee.code(for: content), at: row)
    }

    private mutating func isMissingToken(_ content: UnsafeBufferPointer<UInt8>, _ column: Int) -> Bool {
        guard let index = missingTokens.firstIndex(where: { $0.elementsEqual(content) }), index < 64 else { return false }
        missingTokensSeen[column] |= 1 << UInt64(index)
        return true
    }

    private func setNull(_ column: Int) {
        switch slots[column] {
        case .skip: break
        case .pending(let values), .integer(let values), .isoDate(let values): values.setNull(0, at: row)
        case .double(let values): values.setNull(0, at: row)
        case .text(let codes, _): codes.setNull(0, at: row)
        }
    }

    private mutating func setSlot(_ slot: Slot, _ column: Int) {
        slots[column] = slot
        storage.slots[column] = slot
    }

    /// The integers of the first `count` rows rewritten as doubles in the same memory.
    static func doublesInPlace(_ values: RowBuffer<Int64>, count: Int) -> RowBuffer<Double> {
        let raw = UnsafeMutableRawPointer(values.values)
        for index in 0..<count {
            let integer = raw.load(fromByteOffset: index * 8, as: Int64.self)
            raw.storeBytes(of: Double(integer), toByteOffset: index * 8, as: Double.self)
        }
        return RowBuffer(rebinding: values)
    }

    /// Makes `column` a text column whose first `rows` rows are read again from the part's start.
    mutating func becomeText(_ column: Int, rows: Int) throws(CSVReadingError) {
        guard case .text(let codes, let dictionary) = Self.newText(capacity) else { preconditionFailure() }
        if rows > 0 {
            var tokenizer = restart()
            var collecting = TextCollecting(column: column, codes: codes, dictionary: dictionary, nulls: nulls)
            for _ in 0..<rows { _ = try tokenizer.readRecord(into: &collecting) }
        }
        storage.release(column)
        setSlot(.text(codes, dictionary), column)
    }

    private mutating func grow() {
        let newCapacity = capacity * 2
        for column in slots.indices {
            switch slots[column] {
            case .skip: continue
            case .pending(var values):
                values.grow(from: capacity, to: newCapacity)
                slots[column] = .pending(values)
            case .integer(var values):
                values.grow(from: capacity, to: newCapacity)
                slots[column] = .integer(values)
            case .isoDate(var values):
                values.grow(from: capacity, to: newCapacity)
                slots[column] = .isoDate(values)
            case .double(var values):
                values.grow(from: capacity, to: newCapacity)
                slots[column] = .double(values)
            case .text(var codes, let dictionary):
                codes.grow(from: capacity, to: newCapacity)
                slots[column] = .text(codes, dictionary)
            }
        }
        storage.slots = slots
        capacity = newCapacity
    }
}

/// Reads one column's cells into a text slot, for a column that became text after some rows.
private struct TextCollecting: CSVFieldVisitor {
    let column: Int
    let codes: RowBuffer<Int32>
    let dictionary: UnsafeMutablePointer<ByteDictionary>
    let nulls: NullMatcher
    var row = -1

    mutating func visit(_ content: UnsafeBufferPointer<UInt8>, column: Int, line: Int) {
        if column == 0 { row += 1 }
        guard column == self.column else { return }
        if nulls.matches(content) { return codes.setNull(0, at: row) }
        codes.set(dictionary.pointee.code(for: content), at: row)
    }
}
