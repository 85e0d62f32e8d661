import Foundation

/// A JSON value, written with sorted keys so that the same spec always gives the same bytes.
///
/// Written by hand rather than with `JSONEncoder` so that missing values stay as explicit
/// `null`, integers stay integers, and NaN and infinities can never appear.
enum VegaLiteJSON: Equatable {
    case null
    case bool(Bool)
    case int(Int64)
    case number(Double)
    case string(String)
    case array([VegaLiteJSON])
    case object([String: VegaLiteJSON])

    /// The most significant digits a number keeps, which hides float noise such as 0.1 + 0.2.
    static let significantDigits = 12

    /// A number, or `null` when it is NaN or infinite; `-0` becomes `0`.
    static func finite(_ value: Double) -> VegaLiteJSON {
        guard value.isFinite else { return .null }
        return .number(rounded(value) + 0)
    }

    /// The text, pretty-printed with two-space indents; containers of scalars stay on one line.
    func serialized() -> String {
        var output = ""
        write(to: &output, indent: "")
        return output
    }

    private var isScalar: Bool {
        switch self {
        case .array, .object: false
        default: true
        }
    }

    private func write(to output: inout String, indent: String) {
        switch self {
        case .null: output += "null"
        case .bool(let value): output += value ? "true" : "false"
        case .int(let value): output += String(value)
        case .number(let value): output += VegaLiteJSON.text(of: value)
        case .string(let value): VegaLiteJSON.quote(value, into: &output)
        case .array(let elements):
            writeContainer(elements.map { (nil, $0) }, open: "[", close: "]", to: &output, indent: indent)
        case .object(let members):
            let sorted = members.sorted { $0.key < $1.key }.map { (Optional($0.key), $0.value) }
            writeContainer(sorted, open: "{", close: "}", to: &output, indent: indent)
        }
    }

    private func writeContainer(
        _ items: [(key: String?, value: VegaLiteJSON)], open: String, close: String, to output: inout String,
        indent: String
    ) {
        guard !items.isEmpty else { return output += open + close }
        let inline = items.allSatisfy { $0.value.isScalar }
        let inner = indent + "  "
        output += open
        for (index, item) in items.enumerated() {
            if index > 0 { output += inline ? ", " : "," }
            if !inline { output += "\n" + inner }
            if let key = item.key {
                VegaLiteJSON.quote(key, into: &output)
                output += ": "
            }
            item.value.write(to: &output, indent: inner)
        }
        output += inline ? close : "\n" + indent + close
    }

    /// The shortest text that reads back as `value` (Swift's own, which is valid JSON).
    private static func text(of value: Double) -> String { value.description }

    /// `value` rounded to `significantDigits`, when its powers of ten are exact doubles.
    private static func rounded(_ value: Double) -> Double {
        guard value != 0 else { return 0 }
        let shift = significantDigits - 1 - Int(log10(abs(value)).rounded(.down))
        guard abs(shift) <= 22 else { return value }
        let scale = (0..<abs(shift)).reduce(1.0) { product, _ in product * 10 }
        let result = shift >= 0 ? (value * scale).rounded() / scale : (value / scale).rounded() * scale
        return result.isFinite ? result : value
    }

    private static func quote(_ text: String, into output: inout String) {
        output += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: output.unicodeScalars.append(scalar)
            }
        }
        output += "\""
    }
}
