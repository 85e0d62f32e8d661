import Frame

/// The second pass over the data: converts the cells of the selected columns into typed
/// storage, using the types the first pass decided.
struct ColumnBuilding: CSVFieldVisitor {
    /// Where a file column's cells go: nowhere, or the builder at an index of one typed array.
    private enum Slot {
        case skip
        case integer(Int)
        case double(Int)
        case bool(Int)
        case date(Int, CSVColumnType.DateForm?)
        case string(Int)
    }

    private var slots: [Slot]
    // One array per type, so that appending mutates a builder in place (an enum payload would
    // be copied on every write).
    private var integers: [PrimitiveBuilder<Int64>] = []
    private var doubles: [PrimitiveBuilder<Double>] = []
    private var bools: [PrimitiveBuilder<Bool>] = []
    private var dates: [PrimitiveBuilder<Day>] = []
    private var strings: [StringColumnAccumulator] = []
    private let nulls: NullMatcher
    private let types: [CSVColumnType]
    private let names: [String]
    private let path: String

    /// Prepares builders for the columns in `selected`, sized for `rowCount` rows.
    init(
        names: [String], types: [CSVColumnType], selected: Set<Int>, rowCount: Int,
        nulls: NullMatcher, path: String
    ) {
        self.names = names
        self.types = types
        self.nulls = nulls
        self.path = path
        slots = Array(repeating: .skip, count: names.count)
        for column in names.indices where selected.contains(column) {
            switch types[column] {
            case .integer:
                slots[column] = .integer(integers.count)
                integers.append(PrimitiveBuilder(capacity: rowCount, placeholder: 0))
            case .double:
                slots[column] = .double(doubles.count)
                doubles.append(PrimitiveBuilder(capacity: rowCount, placeholder: 0))
            case .bool:
                slots[column] = .bool(bools.count)
                bools.append(PrimitiveBuilder(capacity: rowCount, placeholder: false))
            case .date(let form):
                slots[column] = .date(dates.count, form)
                dates.append(
                    PrimitiveBuilder(capacity: rowCount, placeholder: Day(daysSinceEpoch: 0)))
            case .string:
                slots[column] = .string(strings.count)
                strings.append(StringColumnAccumulator(capacity: rowCount))
            }
        }
    }

    mutating func visit(
        _ content: UnsafeBufferPointer<UInt8>, column: Int, line: Int
    ) throws(CSVReadingError) {
        let slot = slots[column]
        if case .skip = slot { return }
        let isNull = nulls.matches(content)
        switch slot {
        case .skip:
            return
        case .integer(let index):
            if isNull { return integers[index].appendNull() }
            guard let value = CellParser.integer(content) else { throw failure(content, column, line) }
            integers[index].append(value)
        case .double(let index):
            if isNull { return doubles[index].appendNull() }
            guard let value = CellParser.double(content) else { throw failure(content, column, line) }
            doubles[index].append(value)
        case .bool(let index):
            if isNull { return bools[index].appendNull() }
            guard let value = CellParser.bool(content) else { throw failure(content, column, line) }
            bools[index].append(value)
        case .date(let index, let form):
            if isNull { return dates[index].appendNull() }
            guard let value = CSVColumnType.date(content, form) else {
                throw failure(content, column, line)
            }
            dates[index].append(value)
        case .string(let index):
            if isNull { return strings[index].appendNull() }
            strings[index].append(content)
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
        case .integer(let index): return AnyColumn(name: name, integers[index].finish())
        case .double(let index): return AnyColumn(name: name, doubles[index].finish())
        case .bool(let index): return AnyColumn(name: name, bools[index].finish())
        case .date(let index, _): return AnyColumn(name: name, dates[index].finish())
        case .string(let index): return AnyColumn(name: name, strings[index].finish())
        }
    }
}
