import Frame

/// The first pass over the data: infers each selected column's type from every cell, and checks
/// the cells of columns whose type the caller fixed.
///
/// A column is, in this order of preference, the first of these that every non-null cell fits:
/// integer (digits with an optional sign, or a whole number written with a fraction of zeros
/// such as `20.0`; no redundant leading zero), double, boolean, ISO date, English long date.
/// Otherwise, or when every cell is null, it is a string column. A column mixing ISO and English
/// dates is a string column.
struct TypeInference: CSVFieldVisitor {
    struct Candidates: OptionSet {
        let rawValue: UInt8
        static let integer = Candidates(rawValue: 1)
        static let double = Candidates(rawValue: 2)
        static let bool = Candidates(rawValue: 4)
        static let isoDate = Candidates(rawValue: 8)
        static let englishDate = Candidates(rawValue: 16)
        static let all: Candidates = [.integer, .double, .bool, .isoDate, .englishDate]
    }

    private enum Plan {
        case ignore
        case infer
        case check(CSVColumnType)
    }

    private var plans: [Plan]
    private var candidates: [Candidates]
    private var sawValue: [Bool]
    /// For columns whose first value is a date: how many values are dates, how many are not,
    /// and where the first one that is not sits.
    private var dateTallies: [DateTally?]
    private let nulls: NullMatcher
    private let names: [String]
    private let path: String

    /// Prepares to infer the columns in `selected` (by position), except those in `requested`.
    init(
        names: [String], selected: Set<Int>, requested: [Int: DataType], nulls: NullMatcher,
        path: String
    ) {
        self.names = names
        self.path = path
        self.nulls = nulls
        plans = names.indices.map { column in
            guard selected.contains(column) else { return .ignore }
            guard let type = requested[column] else { return .infer }
            return type == .string ? .ignore : .check(CSVColumnType(requested: type))
        }
        candidates = plans.map { if case .infer = $0 { .all } else { [] } }
        sawValue = Array(repeating: false, count: names.count)
        dateTallies = Array(repeating: nil, count: names.count)
    }

    /// Counts of date and non-date values in a column that starts with a date.
    struct DateTally {
        var dates = 0
        var others = 0
        var firstOther: (line: Int, cell: String)?
        /// A few distinct values that are not dates, in order of appearance, for the message.
        var samples: [String] = []
    }

    mutating func visit(
        _ content: UnsafeBufferPointer<UInt8>, column: Int, line: Int
    ) throws(CSVReadingError) {
        switch plans[column] {
        case .ignore:
            return
        case .check(let type):
            if nulls.matches(content) { return }
            if !type.accepts(content) {
                throw type.failure(content, column: column, line: line, names: names, path: path)
            }
        case .infer:
            let before = candidates[column]
            if nulls.matches(content) { return }
            if !sawValue[column] {
                sawValue[column] = true
                if Self.isDate(content) { dateTallies[column] = DateTally() }
            }
            if dateTallies[column] != nil { tallyDate(content, column: column, line: line) }
            // Once nothing but text is left, later cells cannot change the answer.
            if before.isEmpty { return }
            var remaining = before
            Self.narrow(&remaining, by: content)
            // Writing only on change spares the array's copy-on-write check on most cells.
            if remaining != before { candidates[column] = remaining }
        }
    }

    // Tries the cheaper and more specific types first; a cell that fits one type rules out the
    // types it cannot also be.
    private static func narrow(_ remaining: inout Candidates, by cell: UnsafeBufferPointer<UInt8>) {
        if remaining.contains(.integer) {
            if CellParser.integer(cell) != nil {
                remaining.formIntersection([.integer, .double])
                return
            }
            remaining.remove(.integer)
        }
        if remaining.contains(.double) {
            if CellParser.double(cell) != nil {
                remaining.formIntersection(.double)
                return
            }
            remaining.remove(.double)
        }
        if remaining.contains(.bool) {
            if CellParser.bool(cell) != nil {
                remaining.formIntersection(.bool)
                return
            }
            remaining.remove(.bool)
        }
        if remaining.contains(.isoDate) {
            if CellParser.isoDate(cell) != nil {
                remaining.formIntersection(.isoDate)
                return
            }
            remaining.remove(.isoDate)
        }
        if remaining.contains(.englishDate) {
            if CellParser.englishDate(cell) != nil {
                remaining.formIntersection(.englishDate)
                return
            }
            remaining.remove(.englishDate)
        }
    }

    private static func isDate(_ cell: UnsafeBufferPointer<UInt8>) -> Bool {
        CellParser.isoDate(cell) != nil || CellParser.englishDate(cell) != nil
    }

    private mutating func tallyDate(_ cell: UnsafeBufferPointer<UInt8>, column: Int, line: Int) {
        if Self.isDate(cell) {
            dateTallies[column]!.dates += 1
        } else {
            dateTallies[column]!.others += 1
            let text = String(decoding: cell, as: UTF8.self)
            if dateTallies[column]!.firstOther == nil { dateTallies[column]!.firstOther = (line, text) }
            if dateTallies[column]!.samples.count < 5, !dateTallies[column]!.samples.contains(text) {
                dateTallies[column]!.samples.append(text)
            }
        }
    }

    /// An error for a column of dates with a few values that are not dates.
    ///
    /// Reading such a column as text would silently turn every date into a string, and reading
    /// it as dates would silently drop values; so the reader stops and asks. A column whose
    /// first value is a date and where dates are the majority counts as a date column.
    func mostlyDatesError() -> CSVReadingError? {
        for (column, tally) in dateTallies.enumerated() {
            guard let tally, let first = tally.firstOther, tally.others < tally.dates else { continue }
            let location = CSVLocation(path: path, line: first.line, column: column + 1, columnName: names[column])
            return .notADate(location, cell: first.cell, dates: tally.dates, others: tally.others, samples: tally.samples)
        }
        return nil
    }

    /// The decided type of each column (selected or not; unselected ones are never built).
    func columnTypes(requested: [Int: DataType]) -> [CSVColumnType] {
        names.indices.map { column in
            if let type = requested[column] { return CSVColumnType(requested: type) }
            guard sawValue[column] else { return .string }
            let remaining = candidates[column]
            if remaining.contains(.integer) { return .integer }
            if remaining.contains(.double) { return .double }
            if remaining.contains(.bool) { return .bool }
            if remaining.contains(.isoDate) { return .date(.iso) }
            if remaining.contains(.englishDate) { return .date(.englishLong) }
            return .string
        }
    }
}

extension TypeInference {
    /// Adds what another inference saw in the records that follow this one's (a later part of
    /// the same file, read on another thread).
    mutating func merge(_ later: TypeInference) {
        for column in names.indices {
            candidates[column].formIntersection(later.candidates[column])
            if !sawValue[column] { dateTallies[column] = later.dateTallies[column] }
            sawValue[column] = sawValue[column] || later.sawValue[column]
        }
    }

    /// Whether some part began counting dates in a column that the merged types do not read as
    /// dates. Only a read in one part counts those exactly, with the lines of the cells.
    func talliedDates(types: [CSVColumnType]) -> Bool {
        names.indices.contains { column in
            guard dateTallies[column] != nil else { return false }
            if case .date = types[column] { return false }
            return true
        }
    }
}
