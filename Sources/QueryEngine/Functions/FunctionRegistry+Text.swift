import Frame

extension FunctionRegistry {
    static let text: [ScalarFunction] = [
        function(
            "lower", "The text in lower case.", [("text", [.string])], returns: { _ in .string },
            kernel: { args, _ in RowWise.strings(args[0].count) { args[0].text(at: $0)?.lowercased() } }),
        function(
            "upper", "The text in upper case.", [("text", [.string])], returns: { _ in .string },
            kernel: { args, _ in RowWise.strings(args[0].count) { args[0].text(at: $0)?.uppercased() } }),
        function(
            "contains", "Whether the text contains a piece of text, case and accents as written.",
            [("text", [.string]), ("piece", [.string])], returns: { _ in .bool },
            kernel: { args, _ in
                RowWise.booleans(args[0].count) { row in
                    guard let text = args[0].text(at: row), let piece = args[1].text(at: row) else { return nil }
                    // Every text contains the empty text, as SQL's contains has it.
                    return piece.isEmpty || text.contains(piece)
                }
            }),
        function(
            "text_length", "The number of characters in the text.", [("text", [.string])], returns: { _ in .int64 },
            kernel: { args, _ in RowWise.integers(args[0].count) { args[0].text(at: $0).map { Int64($0.count) } } }),
    ]
}
