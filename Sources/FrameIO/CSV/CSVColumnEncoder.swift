import Frame

/// Appends the cells of one column to CSV output, with the column's type resolved once.
struct CSVColumnEncoder {
    private enum Source {
        case integer(Column<Int64>)
        case double(Column<Double>)
        case bool(Column<Bool>)
        case date(Column<Day>)
        // Each dictionary entry is encoded once; rows copy the encoded bytes by code.
        case string(codes: [Int32], encoded: [[UInt8]], validity: Validity)
    }

    private let source: Source

    init(_ column: AnyColumn, encoder: CSVFieldEncoder) {
        switch column.storage {
        case .int64(let values): source = .integer(values)
        case .double(let values): source = .double(values)
        case .bool(let values): source = .bool(values)
        case .date(let values): source = .date(values)
        case .string(let text):
            let encoded = text.dictionary.map { entry in
                var bytes: [UInt8] = []
                encoder.appendText(Array(entry.utf8), to: &bytes)
                return bytes
            }
            source = .string(codes: text.codes, encoded: encoded, validity: text.validity)
        }
    }

    func append(row: Int, to output: inout [UInt8]) {
        switch source {
        case .integer(let column):
            if let value = column[row] { output.append(contentsOf: String(value).utf8) }
        case .double(let column):
            if let value = column[row], value.isFinite {
                // Adding 0.0 turns -0.0 into 0.0 and leaves every other value as it is.
                output.append(contentsOf: (value + 0.0).description.utf8)
            }
        case .bool(let column):
            if let value = column[row] { output.append(contentsOf: (value ? "true" : "false").utf8) }
        case .date(let column):
            if let value = column[row] { output.append(contentsOf: value.description.utf8) }
        case .string(let codes, let encoded, let validity):
            if validity.isValid(row) { output.append(contentsOf: encoded[Int(codes[row])]) }
        }
    }
}
