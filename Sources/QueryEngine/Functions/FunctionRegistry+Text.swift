import Frame

extension FunctionRegistry {
    static let text: [ScalarFunction] = [
        map("lower", "The text in lower case.", TextOperations.lower),
        map("upper", "The text in upper case.", TextOperations.upper),
        map("strip_accents", "The text without accents: `Córdoba` gives `Cordoba`.", TextOperations.stripAccents),
        map("fold", "The text in lower case without accents, for matching names however typed.", TextOperations.fold),
        map("trim", "The text without spaces at either end.") { TextOperations.trim($0, start: true, end: true) },
        map("trim_start", "The text without spaces at its start.") { TextOperations.trim($0, start: true, end: false) },
        map("trim_end", "The text without spaces at its end.") { TextOperations.trim($0, start: false, end: true) },
        length("length"),
        length("text_length"),
        test("contains", "Whether the text contains a piece of text, case and accents as written.", TextOperations.contains),
        test("starts_with", "Whether the text starts with a piece of text.", TextOperations.startsWith),
        test("ends_with", "Whether the text ends with a piece of text.", TextOperations.endsWith),
        function(
            "replace", "The text with every occurrence of a piece replaced: `replace name \"Unidad\" \"U\"`.",
            [("text", [.string]), ("old", [.string]), ("new", [.string])], returns: { _ in .string },
            kernel: { args, _ in TextKernel.text(args) { strings, _ in TextOperations.replace(strings[0], strings[1], strings[2]) } }),
        function(
            "substring", "Some characters from a 1-based position: `substring ref 1 4` is the first four.",
            [("text", [.string]), ("start", [.int64]), ("count", [.int64])], returns: { _ in .string },
            kernel: { args, _ in TextKernel.text(args) { TextOperations.substring($0[0], $1[0], $1[1]) } }),
        function(
            "split_part", "One field of a text split at a separator: `split_part \"a-b-c\" \"-\" 2` is `b`; -1 is the last.",
            [("text", [.string]), ("separator", [.string]), ("index", [.int64])], returns: { _ in .string },
            kernel: { args, _ in TextKernel.text(args) { TextOperations.splitPart($0[0], $0[1], $1[0]) } }),
        ScalarFunction(
            name: "concat", summary: "The texts joined end to end; null if any is null.", parameters: ["text", "text", "…"],
            options: [:], word: nil,
            resolve: { types, _ in
                guard types.count >= 2 else { return .failure(SignatureMismatch("two or more texts: concat a b …")) }
                if let other = types.first(where: { $0 != .string }) {
                    return .failure(SignatureMismatch("texts, not \(other): convert it with (as text x)"))
                }
                return .success(.string)
            },
            kernel: { args, _ in TextKernel.text(args) { strings, _ in strings.joined() } }),
    ]

    private static func map(_ name: String, _ summary: String, _ transform: @escaping @Sendable (String) -> String) -> ScalarFunction {
        function(
            name, summary, [("text", [.string])], returns: { _ in .string },
            kernel: { args, _ in TextKernel.text(args) { strings, _ in transform(strings[0]) } })
    }

    private static func length(_ name: String) -> ScalarFunction {
        function(
            name, "The number of characters (code points) in the text.", [("text", [.string])], returns: { _ in .int64 },
            kernel: { args, _ in AnyColumn(name: "", TextKernel.values(args, placeholder: Int64(0)) { strings, _ in TextOperations.length(strings[0]) }) })
    }

    private static func test(_ name: String, _ summary: String, _ predicate: @escaping @Sendable (String, String) -> Bool) -> ScalarFunction {
        function(
            name, summary, [("text", [.string]), ("piece", [.string])], returns: { _ in .bool },
            kernel: { args, _ in AnyColumn(name: "", TextKernel.values(args, placeholder: false) { strings, _ in predicate(strings[0], strings[1]) }) })
    }
}
