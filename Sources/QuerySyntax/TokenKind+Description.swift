extension TokenKind: CustomStringConvertible {
    /// The kind's name followed by its value, such as `identifier sum` or `symbol |`.
    public var description: String {
        switch self {
        case .identifier(let name): "identifier \(name)"
        case .quotedIdentifier(let name): "identifier `\(name)`"
        case .keyword(let keyword): "keyword \(keyword.rawValue)"
        case .integer(let value): "integer \(value)"
        case .decimal(_, let text): "decimal \(text)"
        case .string(let value): "string \(value.quotedForDisplay)"
        case .fString(let segments): "fstring \(Self.describe(segments))"
        case .date(let date): "date \(date)"
        case .symbol(let symbol): "symbol \(symbol.rawValue)"
        case .newline: "newline"
        case .end: "end"
        }
    }

    private static func describe(_ segments: [FStringSegment]) -> String {
        var body = ""
        for segment in segments {
            switch segment {
            case .text(let text):
                body += String(text.quotedForDisplay.dropFirst().dropLast())
            case .code(let tokens):
                let inner = tokens.filter { $0.kind != .end }.map { "\($0.kind)" }
                body += "{" + inner.joined(separator: ", ") + "}"
            }
        }
        return "\"" + body + "\""
    }
}
