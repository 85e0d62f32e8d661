import QuerySyntax
import Testing

/// A statement that starts with `from` (as `oversight query` takes) reads its lines as stages.
@Suite struct BarePipelineTests {
    @Test func linesAreStages() {
        #expect(ast("from \"r.csv\"\nfilter a > 1\ntake 3\n")
            == "(pipeline (call from \"r.csv\") (call filter (> a 1)) (call take 3))")
    }

    @Test func aBlankLineOrLetStartsTheNextStatement() {
        #expect(ast("let t = (from \"r.csv\")\n\nfrom t\ntake 1\n\nfrom t\nlet u = 2\n") == """
            (let t (call from "r.csv"))
            (pipeline (call from t) (call take 1))
            (call from t)
            (let u 2)
            """)
    }

    @Test func otherStatementsStillEndAtTheLineBreak() {
        #expect(ast("report title:\"A\"\nnote \"B\" \"C\"\n") == "(call report title:\"A\")\n(call note \"B\" \"C\")")
    }
}
