import QuerySyntax
import Testing

@Suite struct ParserGoldenTests {
    /// Input text and the expected AST description.
    static let cases: [(String, String)] = [
        // Literals and names.
        ("x 56 1_000 0.5 1e-3", "(call x 56 1000 0.5 1e-3)"),
        (
            #"x "a\"b" 'c' @2022-07-14 true false null"#,
            #"(call x "a\"b" "c" @2022-07-14 true false null)"#
        ),
        ("x treatment.no_sent this.x that.y", "(call x treatment.no_sent this.x that.y)"),
        (
            "select {`4.1 População prisional | Total`, año}",
            "(call select (tuple `4.1 População prisional | Total` año))"
        ),
        ("x t.`a b`", "(call x t.`a b`)"),
        // Calls and named arguments.
        ("sum sent_count", "(call sum sent_count)"),
        ("round 2 x", "(call round 2 x)"),
        ("filter (a > 3)", "(call filter (> a 3))"),
        ("sort {-rate} nulls:last", "(call sort (tuple (- rate)) nulls:last)"),
        ("join side:left other (==key)", "(call join other (== key) side:left)"),
        ("std.sum x", "(call std.sum x)"),
        (
            "group {area} (aggregate {n = count this})",
            "(call group (tuple area) (call aggregate (tuple n=(call count this))))"
        ),
        (
            #"report title:"…" source:"…" language:en"#,
            #"(call report title:"…" source:"…" language:en)"#
        ),
        // Tuples, arrays, ranges, case.
        ("x {a, b = a + 1, c,}", "(call x (tuple a b=(+ a 1) c))"),
        ("x {}", "(call x (tuple))"),
        ("x [1, 2, 3]", "(call x (array 1 2 3))"),
        ("x []", "(call x (array))"),
        ("take 1..10", "(call take (range 1 10))"),
        ("take ..5", "(call take (range _ 5))"),
        ("take 5..", "(call take (range 5 _))"),
        ("x @2022-01-01..@2022-12-31", "(call x (range @2022-01-01 @2022-12-31))"),
        (
            #"derive {size = case [n > 100 => "large", n > 10 => "medium", true => "small"]}"#,
            #"(call derive (tuple size=(case (=> (> n 100) "large") (=> (> n 10) "medium") (=> true "small"))))"#
        ),
        // F-strings.
        (#"x f"{n} of {total} rows""#, #"(call x (fstring n " of " total " rows"))"#),
        (
            #"x f"{round 1 (100 * a / b)}%""#,
            #"(call x (fstring (call round 1 (/ (* 100 a) b)) "%"))"#
        ),
        (#"x f"plain""#, #"(call x (fstring "plain"))"#),
        // Pipelines.
        ("from a | filter b | take 3", "(pipeline (call from a) (call filter b) (call take 3))"),
        ("x (from a | take 3)", "(call x (pipeline (call from a) (call take 3)))"),
        ("x (from a\ntake 3)", "(call x (pipeline (call from a) (call take 3)))"),
        ("from a |\n  take 3", "(pipeline (call from a) (call take 3))"),
        // Statements.
        ("let window = 56", "(let window 56)"),
        (#"let title = "x""#, #"(let title "x")"#),
        ("let breaks = [0, 30, 90]", "(let breaks (array 0 30 90))"),
        (
            #"let reports = from "data/x.csv" | derive {y = 1}"#,
            #"(let reports (pipeline (call from "data/x.csv") (call derive (tuple y=1))))"#
        ),
        (
            #"export t to sheet "By quarter" chart:line"#,
            #"(export t (call sheet "By quarter" chart:line))"#
        ),
        (
            #"note "Response rate" "Σ min(responses, sent) / Σ sent""#,
            #"(call note "Response rate" "Σ min(responses, sent) / Σ sent")"#
        ),
    ]

    @Test(arguments: cases)
    func golden(input: String, expected: String) {
        #expect(ast(input) == expected)
    }

    @Test func nodesCarrySpans() throws {
        let file = SourceFile(name: "q", text: "let r = (from a | take 1..3)")
        let query = try Parser.parse(file)
        guard case .let(let name, let value, let span) = query.statements[0] else {
            Issue.record("expected a let statement")
            return
        }
        #expect(name == "r")
        #expect(span.description == "1:1-1:29")
        #expect(file.text(in: value.span) == "(from a | take 1..3)")
        guard case .pipeline(let stages) = value.kind, case .call(let take) = stages[1].kind else {
            Issue.record("expected a pipeline ending in a call, got \(value)")
            return
        }
        #expect(file.text(in: stages[1].span) == "take 1..3")
        #expect(take.callee == "take")
        #expect(file.text(in: take.calleeSpan) == "take")
        #expect(file.text(in: take.positional[0].span) == "1..3")
    }

    @Test func namedArgumentsAndAliasesCarrySpans() throws {
        let file = SourceFile(name: "q", text: "derive {rate = a / b} by:area")
        let query = try Parser.parse(file)
        guard case .expression(let expr) = query.statements[0], case .call(let call) = expr.kind,
            case .tuple(let fields) = call.positional[0].kind
        else {
            Issue.record("expected a call with a tuple")
            return
        }
        #expect(call.named.map(\.name) == ["by"])
        #expect(file.text(in: call.named[0].nameSpan) == "by")
        #expect(file.text(in: call.named[0].value.span) == "area")
        #expect(fields[0].alias == "rate")
        #expect(fields[0].aliasSpan.map { file.text(in: $0) } == "rate")
        #expect(file.text(in: fields[0].value.span) == "a / b")
    }

    @Test func literalsKeepTheirValues() throws {
        let query = try Parser.parse(
            SourceFile(name: "q", text: "x 1e-3 @2022-07-14 9223372036854775807"))
        guard case .expression(let expr) = query.statements[0], case .call(let call) = expr.kind
        else {
            Issue.record("expected a call")
            return
        }
        #expect(call.positional[0].kind == .literal(.decimal(0.001, text: "1e-3")))
        #expect(
            call.positional[1].kind == .literal(.date(CalendarDate(year: 2022, month: 7, day: 14)!))
        )
        #expect(call.positional[2].kind == .literal(.integer(.max)))
    }
}
