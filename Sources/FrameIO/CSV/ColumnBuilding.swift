import Frame

/// The second pass over the data: converts the cells of the selected columns into typed
/// storage, using the types the first pass decided and the row count it found.
struct ColumnBuilding: CSVFieldVisitor {
    /// Where a file column's cells go. The payloads are plain pointers, so reading a slot per
    /// cell costs no reference counting and no copy-on-write check.
    enum Slot {
        case skip
        case integer(RowBuffer<Int64>)
        case double(RowBuffer<Double>)
        case bool(RowBuffer<Bool>)
        case date(RowBuffer<Day>, CSVColumnType.DateForm?)
        case string(RowBuffer<Int32>, UnsafeMutablePointer<ByteDictionary>)
    }

    /// Owns the slots' memory and frees it however the read ends.
    final class Storage {
        let slots: [Slot]

        init(slots: [Slot]) { self.slots = slots }

        deinit {
            for slot in slots {
                switch slot {
                case .skip: break
                case .integer(let buffer): buffer.deallocate()
                case .double(let buffer): buffer.deallocate()
                case .bool(let buffer): buffer.deallocate()
                case .date(let buffer, _): buffer.deallocate()
                case .string(let codes, let dictionary):
                    codes.deallocate()
                    dictionary.pointee.deallocate()
                    dictionary.deinitialize(count: 1)
                    dictionary.deallocate()
                }
            }
        }
    }

    private let storage: Storage
    private let slots: [Slot]
    private let nulls: NullMatcher
    private let types: [CSVColumnType]
    private let names: [String]
    private let path: String
    private var row = -1

    /// Prepares storage for the columns in `selected`, sized for `rowCount` rows.
    init(
        names: [String], types: [CSVColumnType], selected: Set<Int>, rowCount: Int,
        nulls: NullMatcher, path: String
    ) {
        self.names = names
        self.types = types
        self.nulls = nulls
        self.path = path
        slots = names.indices.map { column in
            guard selected.contains(column) else { return .skip }
            switch types[column] {
            case .integer: return .integer(RowBuffer(count: rowCount, placeholder: 0))
            case .double: return .double(RowBuffer(count: rowCount, placeholder: 0))
            case .bool: return .bool(RowBuffer(count: rowCount, placeholder: false))
            case .date(let form):
                return .date(RowBuffer(count: rowCount, placeholder: Day(daysSinceEpoch: 0)), form)
            case .string:
                let dictionary = UnsafeMutablePointer<ByteDictionary>.allocate(capacity: 1)
                dictionary.initialize(to: ByteDictionary())
                return .string(RowBuffer(count: rowCount, placeholder: 0), dictionary)
            }
        }
        storage = Storage(slots: slots)
    }

    mutating func visit(
        _ content: UnsafeBufferPointer<UInt8>, column: Int, line: Int
    ) throws(CSVReadingError) {
        if column == 0 { row += 1 }
        let slot = slots[column]
        if case .skip = slot { return }
        // Null rows keep the placeholder and an unset validity bit.
        if nulls.matches(content) { return }
        switch slot {
        case .skip:
            return
        case .integer(let buffer):
            guard let value = CellParser.integer(content) else { throw failure(content, column, line) }
            buffer.set(value, at: row)
        case .double(let buffer):
            guard let value = CellParser.double(content) else { throw failure(content, column, line) }
            buffer.set(value, at: row)
        case .bool(let buffer):
            guard let value = CellParser.bool(content) else { throw failure(content, column, line) }
            buffer.set(value, at: row)
        case .date(let buffer, let form):
            guard let value = CSVColumnType.date(content, form) else {
                throw failure(content, column, line)
            }
            buffer.set(value, at: row)
        case .string(let codes, let dictionary):
            codes.set(dictionary.pointee.code(for: content), at: row)
        }
    }

    // The first pass checked every cell with the same parsers, so this is reached only if the
    // two passes disagree; it still reports the cell rather than crash.
    @inline(never)
    private func failure(
        _ content: UnsafeBufferPointer<UInt8>, _ column: Int, _ line: Int
    ) -> CSVReadingError {
        types[column].failure(content, column: column, line: line, names: names, path: path)
    }

    /// The finished column for file column `column`, which must be selected.
    func column(_ column: Int) -> AnyColumn {
        let name = names[column]
        switch slots[column] {
        case .skip:
            preconditionFailure("column \(column) was not selected for building")
        case .integer(let buffer): return AnyColumn(name: name, buffer.finishColumn())
        case .double(let buffer): return AnyColumn(name: name, buffer.finishColumn())
        case .bool(let buffer): return AnyColumn(name: name, buffer.finishColumn())
        case .date(let buffer, _): return AnyColumn(name: name, buffer.finishColumn())
        case .string(let codes, let dictionary):
            let (values, validity) = codes.finish()
            return AnyColumn(
                name: name,
                StringColumn(codes: values, dictionary: dictionary.pointee.strings(), validity: validity))
        }
    }
}
