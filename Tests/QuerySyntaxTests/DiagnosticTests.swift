import QuerySyntax
import Testing

@Suite struct DiagnosticRenderingTests {
    let file = SourceFile(
        name: "Queries/x.query", text: "from checks\n\n    filter facilty == \"U.12\"\n")

    @Test func rendersLocationSourceLineCaretAndHelp() {
        let span = Span(
            start: SourceLocation(offset: 24, line: 3, column: 12),
            end: SourceLocation(offset: 31, line: 3, column: 19))
        let diagnostic = Diagnostic(
            .error, "unknown column 'facilty'", at: span, help: ["did you mean 'facility'?"])
        #expect(
            diagnostic.rendered(in: file) == """
                Queries/x.query:3:12: error: unknown column 'facilty'
                        filter facilty == "U.12"
                               ^~~~~~~
                help: did you mean 'facility'?
                """)
        #expect(diagnostic.description == "3:12: error: unknown column 'facilty'")
    }

    @Test func notesComeBeforeHelpAndSeverityIsPrinted() {
        let diagnostic = Diagnostic(
            .warning, "column 'checks' is never used",
            at: Span(at: SourceLocation(offset: 5, line: 1, column: 6)),
            notes: ["it is read from the CSV"], help: ["remove it", "or select it"])
        #expect(
            diagnostic.rendered(in: file) == """
                Queries/x.query:1:6: warning: column 'checks' is never used
                    from checks
                         ^
                note: it is read from the CSV
                help: remove it
                help: or select it
                """)
    }

    @Test func spanOverSeveralLinesIsUnderlinedToTheEndOfItsFirstLine() {
        let span = Span(
            start: SourceLocation(offset: 5, line: 1, column: 6),
            end: SourceLocation(offset: 20, line: 3, column: 8))
        #expect(
            Diagnostic.error("bad", at: span).rendered(in: file).hasSuffix(
                "from checks\n         ^~~~~~"))
    }

    @Test func caretCopiesTabsSoItLinesUp() {
        let tabbed = SourceFile(name: "t", text: "\tfilter x")
        let span = Span(
            start: SourceLocation(offset: 8, line: 1, column: 9),
            end: SourceLocation(offset: 9, line: 1, column: 10))
        #expect(
            Diagnostic.error("e", at: span).rendered(in: tabbed)
                == "t:1:9: error: e\n    \tfilter x\n    \t       ^")
    }

    @Test func caretUnderAWideCharacterCountsCharacters() {
        let text = SourceFile(name: "t", text: "note \"Σ\" $")
        #expect(
            Parser.parseErrors(text) == """
                t:1:10: error: unexpected character '$'
                    note "Σ" $
                             ^
                """)
    }
}

@Suite struct ParseErrorTests {
    @Test func unclosedParenthesisNamesWhereItOpened() {
        // Inside parentheses a line break separates stages, so `take 3` is still inside.
        #expect(
            renderedErrors("let a = 1\nlet x =\n  from a\n  filter (b > 3\n  take 3") == """
                test.query:5:9: error: expected ')' to close '(' opened at 4:10
                      take 3
                            ^
                """)
        #expect(
            renderedErrors("x (a, b)") == """
                test.query:1:5: error: expected ')' to close '(' opened at 1:3
                    x (a, b)
                        ^
                """)
    }

    @Test func unclosedParenthesisAtTheEndOfTheFilePointsAfterTheLastToken() {
        #expect(
            renderedErrors("filter (b > 3") == """
                test.query:1:14: error: expected ')' to close '(' opened at 1:8
                    filter (b > 3
                                 ^
                """)
    }

    @Test func missingEqualsAfterLetName() {
        #expect(
            renderedErrors("let window 56") == """
                test.query:1:12: error: expected '=' after 'let window'
                    let window 56
                               ^~
                """)
    }

    @Test func missingStageAfterPipe() {
        #expect(
            renderedErrors("let a = from x |\n") == """
                test.query:1:17: error: expected an expression after '|'
                    let a = from x |
                                    ^
                """)
    }

    @Test func missingValueAfterLetEquals() {
        #expect(
            renderedErrors("let a =\nlet b = 1") == """
                test.query:1:8: error: expected an expression after '='
                    let a =
                           ^
                """)
    }

    @Test func missingOperand() {
        #expect(
            renderedErrors("derive {y = x +}") == """
                test.query:1:16: error: expected an expression after '+'
                    derive {y = x +}
                                   ^
                """)
    }

    @Test func missingCommaInTuple() {
        #expect(
            renderedErrors("derive {a = 1\n  b = 2}") == """
                test.query:2:3: error: expected ',' or '}' to close '{' opened at 1:8
                      b = 2}
                      ^
                """)
    }

    @Test func strayClosingBracket() {
        #expect(
            renderedErrors("take 3)") == """
                test.query:1:7: error: unexpected ')' with no matching '('
                    take 3)
                          ^
                """)
    }

    @Test func spaceBeforeANamedArgumentsColon() {
        #expect(
            renderedErrors("sort {a} nulls :last") == """
                test.query:1:16: error: unexpected ':'
                    sort {a} nulls :last
                                   ^
                help: write named arguments without spaces, as in 'nulls:last'
                """)
    }

    @Test func assignmentOutsideATuple() {
        #expect(
            renderedErrors("derive rate = a / b")?.hasSuffix(
                "help: to compare, write '=='; to name a value, write it inside a tuple, as in 'derive {rate = a / b}'") == true)
    }

    @Test func exportWithoutTo() {
        #expect(
            renderedErrors("export t sheet \"S\"") == """
                test.query:1:10: error: expected 'to' after 'export t'
                    export t sheet "S"
                             ^~~~~
                help: write 'export t to sheet "Sheet name"'
                """)
    }

    @Test func smallerMistakes() {
        #expect(
            renderedErrors("let = 5")?.hasPrefix(
                "test.query:1:5: error: expected a name after 'let', found '='") == true)
        #expect(
            renderedErrors("x ()")?.hasPrefix(
                "test.query:1:3: error: expected an expression inside '()'") == true)
        #expect(
            renderedErrors("x case [a > 1 2]")?.hasPrefix(
                "test.query:1:15: error: expected '=>' after the condition of a case arm, found '2'"
            ) == true)
        #expect(
            renderedErrors("x case a")?.hasPrefix(
                "test.query:1:8: error: expected '[' after 'case'") == true)
        #expect(
            renderedErrors("x a.3")?.hasPrefix(
                "test.query:1:5: error: expected a name after '.', found '3'") == true)
        #expect(
            renderedErrors(#"x f"{}""#)?.hasPrefix(
                "test.query:1:6: error: expected an expression inside '{}' in an f-string") == true)
        #expect(
            renderedErrors(#"x f"{a b, c}""#)?.hasPrefix(
                "test.query:1:9: error: expected '}' after the f-string expression, found ','")
                == true)
        #expect(
            renderedErrors("let a = 1 2")?.hasPrefix(
                "test.query:1:11: error: expected the end of the line, found '2'") == true)
        #expect(
            renderedErrors("x [,]")?.hasPrefix(
                "test.query:1:4: error: expected an expression, found ','") == true)
        #expect(
            renderedErrors("x {let a = 1}")?.hasPrefix(
                "test.query:1:4: error: 'let' must start a line in column 1") == true)
    }

    @Test func everyBrokenStatementIsReported() {
        let text = """
            let a = (from x
            let b = 1
            derive {y = }

            let ok = 2
            take 3)
            """
        #expect(
            renderedErrors(text) == """
                test.query:2:1: error: expected ')' to close '(' opened at 1:9
                    let b = 1
                    ^~~

                test.query:3:13: error: expected an expression after '='
                    derive {y = }
                                ^

                test.query:6:7: error: unexpected ')' with no matching '('
                    take 3)
                          ^
                """)
    }

    @Test func lexicalErrorsAreReportedBeforeParsing() {
        #expect(
            renderedErrors("let a = (\nlet b = $") == """
                test.query:2:9: error: unexpected character '$'
                    let b = $
                            ^
                """)
    }
}

extension Parser {
    /// The rendered diagnostics of parsing `file`, or `nil` when it parses.
    static func parseErrors(_ file: SourceFile) -> String? {
        do {
            _ = try parse(file)
            return nil
        } catch {
            return error.rendered(in: file)
        }
    }
}
