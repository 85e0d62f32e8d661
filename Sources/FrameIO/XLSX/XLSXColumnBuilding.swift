import Frame

/// Turns the cells of one column of a sheet's table into a typed column.
///
/// The rules follow the CSV reader's, on the types the workbook stored: `int64` when every
/// value is a number and all are whole, `double` when every value is a number, `date` when
/// every value is a date-formatted number (or an ISO date cell), `bool` when every value is a
/// boolean, else text, with numbers, dates and booleans written as Excel shows them. Empty
/// cells, texts listed as nulls and formula errors (`#N/A`, `#DIV/0!`) are nulls; errors with a
/// warning. A column with no value is a text column. A type the caller asked for converts each
/// cell, text included, or stops at the first cell that does not fit.
struct XLSXColumnBuilding {
    let path: String
    let sheet: String
    let dateSystem: XLSXDateSystem
    let nulls: Set<String>
    private(set) var warnings: [XLSXWarning] = []

    init(path: String, sheet: String, dateSystem: XLSXDateSystem, nulls: Set<String>) {
        self.path = path
        self.sheet = sheet
        self.dateSystem = dateSystem
        self.nulls = nulls
    }

    /// The column named `name`, from the cells of sheet column `column` in `rows`.
    mutating func column(
        _ column: Int, named name: String, rows: [XLSXSheetRow], requested: DataType?
    ) throws(XLSXReadingError) -> AnyColumn {
        var values: [XLSXCellValue?] = []
        values.reserveCapacity(rows.count)
        var errors: [(row: Int, code: String)] = []
        for row in rows {
            switch row.value(inColumn: column) {
            case .error(let code)?:
                errors.append((row.number, code))
                values.append(nil)
            case .text(let text)? where nulls.contains(text):
                values.append(nil)
            case let value:
                values.append(value)
            }
        }
        if let first = errors.first {
            let cell = XLSXCellReference(column: column, row: first.row).description
            let others = errors.count > 1 ? " (and \(errors.count - 1) more error cell\(errors.count == 2 ? "" : "s") in the column)" : ""
            warnings.append(XLSXWarning(path: path, sheet: sheet, cell: cell,
                message: "the formula error \(first.code) in column '\(name)' is read as null\(others)"))
        }
        let type = requested ?? inferredType(values, column: column, name: name, rows: rows)
        return try build(values, as: type, column: column, name: name, rows: rows)
    }

    private mutating func inferredType(_ values: [XLSXCellValue?], column: Int, name: String, rows: [XLSXSheetRow]) -> DataType {
        var numbers = 0
        var wholeNumbers = 0
        var dates = 0
        var bools = 0
        var present = 0
        for value in values {
            guard let value else { continue }
            present += 1
            switch value {
            case .number(let number):
                numbers += 1
                if Int64(exactly: number) != nil { wholeNumbers += 1 }
            case .date: dates += 1
            case .bool: bools += 1
            case .text, .error: break
            }
        }
        if present == 0 { return .string }
        if wholeNumbers == present { return .int64 }
        if numbers == present { return .double }
        if dates == present { return .date }
        if bools == present { return .bool }
        if numbers + dates == present, let firstNumber = values.firstIndex(where: { if case .number = $0 { true } else { false } }) {
            let cell = XLSXCellReference(column: column, row: rows[firstNumber].number).description
            warnings.append(XLSXWarning(path: path, sheet: sheet, cell: cell,
                message: "column '\(name)' holds \(dates) dates and \(numbers) numbers without a date format, the first here; "
                    + "read as text (give the cells a date format, or use types:{\(name) = date} to read the numbers as Excel day numbers)"))
        }
        return .string
    }

    private func build(
        _ values: [XLSXCellValue?], as type: DataType, column: Int, name: String, rows: [XLSXSheetRow]
    ) throws(XLSXReadingError) -> AnyColumn {
        func converted<T>(_ convert: (XLSXCellValue) -> T?) throws(XLSXReadingError) -> [T?] {
            var out: [T?] = []
            out.reserveCapacity(values.count)
            for (index, value) in values.enumerated() {
                guard let value else {
                    out.append(nil)
                    continue
                }
                guard let typed = convert(value) else {
                    throw .cellDoesNotFit(
                        path: path, sheet: sheet, cell: XLSXCellReference(column: column, row: rows[index].number).description,
                        column: name, found: value.summary, expected: type)
                }
                out.append(typed)
            }
            return out
        }
        switch type {
        case .int64:
            return AnyColumn(name: name, Column<Int64>(try converted { value in
                switch value {
                case .number(let number): Int64(exactly: number)
                case .text(let text): Self.parse(text, CellParser.integer)
                default: nil
                }
            }))
        case .double:
            return AnyColumn(name: name, Column<Double>(try converted { value in
                switch value {
                case .number(let number): number
                case .text(let text): Self.parse(text, CellParser.double)
                default: nil
                }
            }))
        case .bool:
            return AnyColumn(name: name, Column<Bool>(try converted { value in
                switch value {
                case .bool(let flag): flag
                case .text(let text): Self.parse(text, CellParser.bool)
                default: nil
                }
            }))
        case .date:
            return AnyColumn(name: name, Column<Day>(try converted { value in
                switch value {
                case .date(let day): day
                case .number(let number): dateSystem.day(serial: number)
                case .text(let text): Self.parse(text, CellParser.isoDate) ?? Self.parse(text, CellParser.englishDate)
                default: nil
                }
            }))
        case .string:
            return AnyColumn(name: name, StringColumn(values.map { $0?.text }))
        }
    }

    private static func parse<T>(_ text: String, _ parser: (UnsafeBufferPointer<UInt8>) -> T?) -> T? {
        Array(text.utf8).withUnsafeBufferPointer(parser)
    }
}
