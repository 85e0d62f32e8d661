/// Why a report could not be written as a workbook.
public enum XLSXError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A table has more rows than fit on one worksheet below its title and header.
    case tooManyRows(table: String, rows: Int, limit: Int)
    /// A table has more columns than a worksheet holds.
    case tooManyColumns(table: String, columns: Int, limit: Int)
    /// A table has no columns, so there is nothing to put in an Excel table.
    case noColumns(table: String)
    /// A chart names a column the table does not have.
    case unknownChartColumn(table: String, column: String)
    /// The "C" locale could not be created, so numbers could not be written safely.
    case localeUnavailable
    /// libxlsxwriter refused an operation; `message` is its own explanation.
    case library(operation: String, message: String)
    /// The finished file could not be moved to its destination.
    case fileSystem(operation: String, path: String, message: String)

    /// A readable explanation, for messages to the user.
    public var description: String {
        switch self {
        case .tooManyRows(let table, let rows, let limit):
            "table '\(table)' has \(rows) rows; a worksheet holds at most \(limit) below the title and header"
        case .tooManyColumns(let table, let columns, let limit):
            "table '\(table)' has \(columns) columns; a worksheet holds at most \(limit)"
        case .noColumns(let table):
            "table '\(table)' has no columns"
        case .unknownChartColumn(let table, let column):
            "the chart of table '\(table)' uses column '\(column)', which the table does not have"
        case .localeUnavailable:
            "could not create the C locale needed to write numbers with a decimal point"
        case .library(let operation, let message):
            "libxlsxwriter failed in \(operation): \(message)"
        case .fileSystem(let operation, let path, let message):
            "could not \(operation) '\(path)': \(message)"
        }
    }
}
