/// The cells of one column, kept in the compact form a frame column has until they are written.
///
/// A listing of hundreds of thousands of rows would take several times its size as one
/// `CellValue` per cell; numbers stay a `[Double]` and text stays dictionary codes instead.
enum ColumnCells: Equatable {
    /// Numbers; NaN marks a blank cell (non-finite values are written blank in any case).
    case numbers([Double])
    /// Text: each code indexes `dictionary`, whose entries are already cleaned; a negative code
    /// is a blank cell.
    case texts(dictionary: [String], codes: [Int32])
    /// Cells of any kind: front matter, booleans, dates Excel cannot show.
    case mixed([CellValue])

    /// The number of cells.
    var count: Int {
        switch self {
        case .numbers(let values): values.count
        case .texts(_, let codes): codes.count
        case .mixed(let cells): cells.count
        }
    }

    /// The cell of `row`.
    subscript(row: Int) -> CellValue {
        switch self {
        case .numbers(let values):
            let value = values[row]
            return value.isNaN ? .blank : .number(value)
        case .texts(let dictionary, let codes):
            let code = codes[row]
            return code < 0 ? .blank : .text(dictionary[Int(code)])
        case .mixed(let cells):
            return cells[row]
        }
    }

    /// Every cell, in order (for tests and small front-matter columns).
    var values: [CellValue] { (0..<count).map { self[$0] } }
}
