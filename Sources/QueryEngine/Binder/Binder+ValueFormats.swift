import FrameIO
import QuerySyntax

extension Binder {
    /// The `from` options that say how values are written: `decimal:","`, `thousands:"."`,
    /// `date_format:"dd/mm/yyyy"`, each also per column (`decimal:{amount = ","}`), and
    /// `dates:{fecha = "dd/mm/yyyy"}`.
    static let valueFormatOptionNames = ["decimal", "thousands", "date_format", "dates"]

    /// Applies one of `valueFormatOptionNames` to `formats`.
    func bindValueFormat(_ named: NamedArgument, into formats: inout CSVValueFormats) throws(Diagnostic) {
        switch named.name {
        case "decimal":
            let usage = "decimal:\",\" or decimal:\".\", for the file or one column: decimal:{amount = \",\"}"
            for (column, text) in try fileOrColumns(named.value, usage: usage) {
                guard text == "." || text == "," else { throw .error(usage, at: named.value.span) }
                if let column { formats.columns[column, default: .init()].decimalMark = Character(text) }
                else { formats.decimalMark = Character(text) }
            }
        case "thousands":
            let usage = "thousands:\".\", \",\", \"'\", \" \" or \"\" (none), for the file or one column: thousands:{amount = \".\"}"
            for (column, text) in try fileOrColumns(named.value, usage: usage) {
                guard ["", ".", ",", "'", " "].contains(text) else { throw .error(usage, at: named.value.span) }
                if let column { formats.columns[column, default: .init()].thousandsSeparator = text }
                else { formats.thousandsSeparator = text }
            }
        default:
            let usage = "date_format:\"dd/mm/yyyy\" (or \"mm/dd/yyyy\", \"yyyy-mm-dd\"), or dates:{column = \"dd/mm/yyyy\"}"
            for (column, text) in try fileOrColumns(named.value, usage: usage) {
                guard let order = CSVDateOrder(pattern: text), (column == nil) == (named.name == "date_format") else {
                    throw .error(usage, at: named.value.span)
                }
                if let column { formats.columns[column, default: .init()].dateOrder = order }
                else { formats.dateOrder = order }
            }
        }
    }

    // `"x"` as [(nil, "x")], `{a = "x", b = "y"}` as [("a", "x"), ("b", "y")].
    private func fileOrColumns(_ value: Expr, usage: String) throws(Diagnostic) -> [(String?, String)] {
        switch value.kind {
        case .literal(.string(let text)):
            return [(nil, text)]
        case .tuple(let fields):
            var pairs: [(String?, String)] = []
            for field in fields {
                guard let column = field.alias, case .literal(.string(let text)) = field.value.kind else {
                    throw .error(usage, at: field.value.span)
                }
                pairs.append((column, text))
            }
            return pairs
        default:
            throw .error(usage, at: value.span)
        }
    }
}
