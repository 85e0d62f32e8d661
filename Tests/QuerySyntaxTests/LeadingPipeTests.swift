import Testing

/// A line that starts with `|` continues the pipeline above it, as in PRQL, inside parentheses,
/// in a `let` value and at the statement's own indentation.
@Suite struct LeadingPipeTests {
    static let expected = "(let a (pipeline (call from \"x.csv\") (call derive (tuple y=1)) (call take 2)))"

    @Test func insideParentheses() {
        #expect(ast("let a = (\n  from \"x.csv\"\n  | derive {y = 1}\n  | take 2\n)") == Self.expected)
    }

    @Test func inALetValue() {
        #expect(ast("let a = from \"x.csv\"\n  | derive {y = 1}\n  | take 2") == Self.expected)
    }

    @Test func atTheFirstColumn() {
        #expect(ast("let a =\n  from \"x.csv\"\n| derive {y = 1}\n| take 2") == Self.expected)
    }
}
