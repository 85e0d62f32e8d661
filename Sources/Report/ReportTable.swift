import Frame

/// One result table of a report: its data, how each column is shown, and an optional chart.
public struct ReportTable: Sendable {
    /// A stable ASCII identifier (`response_by_quarter`), used for file names and table names.
    public var name: String
    /// The worksheet's tab name (at most 31 characters once validated by the exporter).
    public var sheetName: String
    /// The title written in A1 and used as the chart's title.
    public var title: String
    /// A one-line description written in A2.
    public var description: String
    /// The data.
    public var frame: DataFrame
    /// How each column is shown, by column name; columns not listed get a default from their type.
    public var columnFormats: [String: ColumnFormat]
    /// Column headers to show instead of the column names, by column name.
    public var headers: [String: String]
    /// The chart drawn from this table, if any.
    public var chart: ChartSpec?
    /// The cells hidden by small-count suppression, by column name: one flag per row.
    public var suppressedCells: [String: [Bool]] = [:]

    public init(
        name: String, sheetName: String, title: String, description: String = "",
        frame: DataFrame, columnFormats: [String: ColumnFormat] = [:],
        headers: [String: String] = [:], chart: ChartSpec? = nil
    ) {
        self.name = name
        self.sheetName = sheetName
        self.title = title
        self.description = description
        self.frame = frame
        self.columnFormats = columnFormats
        self.headers = headers
        self.chart = chart
    }

    /// The format of a column: the one given, or the default for its type.
    public func format(of column: AnyColumn) -> ColumnFormat {
        if let format = columnFormats[column.name] { return format }
        switch column.dataType {
        case .int64: return .count
        case .double: return .decimal(places: 2)
        case .bool, .string: return .text
        case .date: return .date
        }
    }

    /// The header shown for a column.
    public func header(of column: AnyColumn) -> String { headers[column.name] ?? column.name }
}

/// How the values of a column are displayed.
public enum ColumnFormat: Sendable, Equatable {
    /// Text as it is.
    case text
    /// Whole numbers with thousands separators (`#,##0`).
    case count
    /// Numbers with a fixed number of decimals.
    case decimal(places: Int)
    /// Numbers with this many decimals, cut rather than rounded (the CNDH's convention).
    case truncated(places: Int)
    /// A rate in [0, 1], shown as a percentage with one decimal (`0.0%`).
    case percent
    /// A calendar date.
    case date
    /// A number of days (`#,##0`).
    case days
    /// Whole numbers with no thousands separator, for years and codes (`0`).
    case plain
}

/// A chart of a table: which columns go on which axis.
public struct ChartSpec: Sendable, Equatable {
    /// The kind of chart.
    public var kind: ChartKind
    /// The category column: the bars' labels, or the line's time axis.
    public var x: String
    /// The value column.
    public var y: String
    /// A column whose values split the data into several series (lines), if any.
    public var series: String?
    /// Whether a line chart's x column holds quarter start dates (shown as quarters).
    public var xIsQuarter: Bool
    /// Axis titles; the column headers when `nil`.
    public var xTitle: String?
    public var yTitle: String?

    public init(
        kind: ChartKind, x: String, y: String, series: String? = nil, xIsQuarter: Bool = false,
        xTitle: String? = nil, yTitle: String? = nil
    ) {
        self.kind = kind
        self.x = x
        self.y = y
        self.series = series
        self.xIsQuarter = xIsQuarter
        self.xTitle = xTitle
        self.yTitle = yTitle
    }
}

/// The kinds of chart a report draws.
public enum ChartKind: String, Sendable, Equatable {
    /// Horizontal bars, one per category, in table order (a ranking).
    case bar
    /// A line over time (a quarterly series).
    case line
}

extension ColumnFormat {
    /// The number a cell of this format publishes: cut to its decimals for `.truncated`, else as is.
    ///
    /// Every exporter goes through this, so a truncated figure is the same in every output.
    public func publishedValue(_ value: Double) -> Double {
        guard case .truncated(let places) = self else { return value }
        return ColumnFormat.truncate(value, places: places)
    }

    /// `value` cut (not rounded) to `places` decimals (0–15).
    ///
    /// A product such as 0.29 × 100 = 28.999999999999996 stands for the decimal 29, so a product
    /// within float noise of a whole number is taken as that number before cutting.
    public static func truncate(_ value: Double, places: Int) -> Double {
        let scale = (0..<min(max(places, 0), 15)).reduce(1.0) { product, _ in product * 10 }
        let scaled = value * scale
        let nearest = scaled.rounded()
        let whole = abs(scaled - nearest) <= 1e-9 * max(1, abs(scaled)) ? nearest : scaled.rounded(.towardZero)
        return whole / scale
    }
}
