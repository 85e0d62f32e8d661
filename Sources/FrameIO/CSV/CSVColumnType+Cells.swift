import Frame

extension CSVColumnType {
    /// Whether a non-null cell holds a value of this type.
    func accepts(_ cell: UnsafeBufferPointer<UInt8>) -> Bool {
        switch self {
        case .integer: CellParser.integer(cell) != nil
        case .double: CellParser.double(cell) != nil
        case .bool: CellParser.bool(cell) != nil
        case .date(let form): Self.date(cell, form) != nil
        case .string: true
        }
    }

    /// The date in `cell`, in the given form, or in either form when `form` is `nil`.
    static func date(_ cell: UnsafeBufferPointer<UInt8>, _ form: DateForm?) -> Day? {
        switch form {
        case .iso: CellParser.isoDate(cell)
        case .englishLong: CellParser.englishDate(cell)
        case nil: CellParser.isoDate(cell) ?? CellParser.englishDate(cell)
        }
    }

    /// The error for a cell that does not hold a value of this type.
    @inline(never)
    func failure(
        _ cell: UnsafeBufferPointer<UInt8>, column: Int, line: Int, names: [String], path: String
    ) -> CSVReadingError {
        let location = CSVLocation(
            path: path, line: line, column: column + 1, columnName: names[column])
        return .failedToParse(
            location, cell: String(decoding: cell, as: UTF8.self), expected: dataType)
    }
}
