import Frame

/// A frame as rows of text cells, the way the expected-result fixtures write them: null as an
/// empty cell, booleans as `true`/`false`, whole doubles without a decimal point.
public func cells(of frame: DataFrame) -> [[String]] {
    (0..<frame.rowCount).map { row in
        frame.columns.map { column in
            let value = column[row]
            return value == .null ? "" : value.description
        }
    }
}

/// Whether two cells hold the same value: equal text, or numbers within `tolerance` relative.
public func sameCell(_ a: String, _ b: String, tolerance: Double = 1e-9) -> Bool {
    if a == b { return true }
    guard let x = Double(a), let y = Double(b) else { return false }
    return abs(x - y) <= tolerance * max(1, abs(x), abs(y))
}

/// Splits simple CSV text (no quoted fields) into a header and rows.
public func simpleCSV(_ text: String) -> (header: [String], rows: [[String]]) {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: true).map {
        $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
    }
    return (lines.first ?? [], Array(lines.dropFirst()))
}
