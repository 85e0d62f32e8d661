/// Why a table could not be turned into a Vega-Lite spec.
public enum VegaLiteError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The table has no chart.
    case noChart(table: String)
    /// The chart names a column the table does not have.
    case unknownColumn(table: String, column: String)

    /// A readable explanation, for messages to the user.
    public var description: String {
        switch self {
        case .noChart(let table):
            "table '\(table)' has no chart"
        case .unknownColumn(let table, let column):
            "the chart of table '\(table)' uses column '\(column)', which the table does not have"
        }
    }
}
