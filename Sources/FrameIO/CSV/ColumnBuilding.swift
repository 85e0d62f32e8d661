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
        private var released: [Bool]

        init(slots: [Slot]) {
            self.slots = slots
            released = Array(repeating: false, count: slots.count)
        }

        /// Frees one column's memory as soon as its `Column` is made, so a read needs room for
        /// the finished columns plus one column's buffers, not twice the table.
        func release(_ column: Int) {
            guard !released[column] else { return }
            released[column] = true
            switch slots[column] {
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

        deinit {
            for column in slots.indices { release(column) }
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

    /// The finished column for file column `column`, which must be selected, from the parts
    /// that read consecutive ranges of records; frees the parts' memory for that column.
    static func column(_ column: Int, of parts: [ColumnBuilding]) -> AnyColumn {
        let name = parts[0].names[column]
        defer { for part in parts { part.storage.release(column) } }
        func buffers<T>(_ extract: (Slot) -> RowBuffer<T>?) -> [RowBuffer<T>] {
            parts.map { extract($0.slots[column])! }
        }
        switch parts[0].slots[column] {
        case .skip:
            preconditionFailure("column \(column) was not selected for building")
        case .integer:
            return AnyColumn(name: name, joined(buffers { if case .integer(let b) = $0 { b } else { nil } }))
        case .double:
            return AnyColumn(name: name, joined(buffers { if case .double(let b) = $0 { b } else { nil } }))
        case .bool:
            return AnyColumn(name: name, joined(buffers { if case .bool(let b) = $0 { b } else { nil } }))
        case .date:
            return AnyColumn(name: name, joined(buffers { if case .date(let b, _) = $0 { b } else { nil } }))
        case .string(_, let dictionary):
            // Later parts' strings join the first part's dictionary in order of appearance,
            // which keeps the codes in order of first appearance in the whole file.
            var remaps: [[Int32]] = []
            for part in parts {
                guard case .string(_, let partDictionary) = part.slots[column] else {
                    preconditionFailure("parts disagree on a column's type")
                }
                remaps.append(partDictionary == dictionary ? [] : (0..<partDictionary.pointee.count).map {
                    dictionary.pointee.code(for: partDictionary.pointee.bytes(of: Int32($0)))
                })
            }
            let codes = joined(buffers { if case .string(let b, _) = $0 { b } else { nil } }, remaps: remaps)
            return AnyColumn(
                name: name,
                StringColumn(codes: codes.values, dictionary: dictionary.pointee.strings(), validity: codes.validity))
        }
    }

    /// The parts' values one after another; `remaps[part]`, when not empty, maps the part's codes.
    private static func joined<T>(_ buffers: [RowBuffer<T>], remaps: [[Int32]] = []) -> Column<T> {
        let count = buffers.reduce(0) { $0 + $1.count }
        let values = [T](unsafeUninitializedCapacity: count) { destination, initialized in
            guard count > 0 else { return }
            var offset = 0
            for (part, buffer) in buffers.enumerated() {
                let start = destination.baseAddress! + offset
                buffer.copyValues(to: start)
                if part < remaps.count, !remaps[part].isEmpty {
                    // Only text columns pass remaps, and their values are `Int32` codes.
                    remaps[part].withUnsafeBufferPointer { remap in
                        start.withMemoryRebound(to: Int32.self, capacity: buffer.count) { codes in
                            for row in 0..<buffer.count { codes[row] = remap[Int(codes[row])] }
                        }
                    }
                }
                offset += buffer.count
            }
            initialized = count
        }
        let valid = buffers.reduce(0) { $0 + $1.validCount }
        guard valid < count else { return Column(values: values, validity: Validity(allValid: count)) }
        // Bitmaps are joined a word at a time, shifted to where each part starts.
        var words = [UInt64](repeating: 0, count: (count + 63) / 64)
        var offset = 0
        for buffer in buffers {
            buffer.copyValidity(into: &words, at: offset)
            offset += buffer.count
        }
        return Column(values: values, validity: Validity(words: words, count: count))
    }
}
