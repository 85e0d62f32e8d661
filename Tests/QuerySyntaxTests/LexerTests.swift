import QuerySyntax
import Testing

@Suite struct LexerTests {
    @Test func literalsAndKeywords() throws {
        #expect(
            try tokenKinds(#"let x = 1_000 0.5 1e-3 2E+2 "a" 'b' @2022-07-14 true false null case"#)
                == [
                    "keyword let", "identifier x", "symbol =", "integer 1000", "decimal 0.5",
                    "decimal 1e-3", "decimal 2E+2", #"string "a""#, #"string "b""#,
                    "date 2022-07-14", "keyword true", "keyword false", "keyword null",
                    "keyword case",
                ])
    }

    @Test func decimalKeepsItsSourceText() throws {
        let tokens = try Lexer.tokenize(SourceFile(name: "q", text: "1_0.25"))
        #expect(tokens[0].kind == .decimal(10.25, text: "1_0.25"))
    }

    @Test func everySymbol() throws {
        let text = Symbol.allCases.map(\.rawValue).joined(separator: " ")
        let kinds = try Lexer.tokenize(SourceFile(name: "q", text: text)).dropLast().map(\.kind)
        #expect(kinds == Symbol.allCases.map { .symbol($0) })
    }

    @Test func longestOperatorWins() throws {
        #expect(
            try tokenKinds("a//b**c..d=>e") == [
                "identifier a", "symbol //", "identifier b", "symbol **", "identifier c",
                "symbol ..", "identifier d", "symbol =>", "identifier e",
            ])
    }

    @Test func rangeIsNotADecimal() throws {
        #expect(try tokenKinds("1..10") == ["integer 1", "symbol ..", "integer 10"])
        #expect(try tokenKinds("5..") == ["integer 5", "symbol .."])
    }

    @Test func identifiersAcceptUnicodeLettersAndDottedPaths() throws {
        #expect(
            try tokenKinds("año this.x _n2") == [
                "identifier año", "identifier this", "symbol .", "identifier x",
                "identifier _n2",
            ])
    }

    @Test func backtickIdentifiers() throws {
        #expect(
            try tokenKinds("`4.1 População prisional | Total` `let`") == [
                "identifier `4.1 População prisional | Total`", "identifier `let`",
            ])
    }

    @Test func stringEscapes() throws {
        let tokens = try Lexer.tokenize(
            SourceFile(name: "q", text: #""a\"b\\c\n\t\u{3A3}" 'it\'s'"#))
        #expect(tokens[0].kind == .string("a\"b\\c\n\tΣ"))
        #expect(tokens[1].kind == .string("it's"))
    }

    @Test func fStringSegments() throws {
        let tokens = try Lexer.tokenize(
            SourceFile(name: "q", text: #"f"{n} of {total + 1} {{rows}}""#))
        guard case .fString(let segments) = tokens[0].kind else {
            Issue.record("expected an f-string, got \(tokens[0])")
            return
        }
        #expect(segments.count == 4)
        #expect(segments[1] == .text(" of "))
        #expect(segments[3] == .text(" {rows}"))
        #expect(
            "\(tokens[0].kind)"
                == #"fstring "{identifier n} of {identifier total, symbol +, integer 1} {rows}""#)
        #expect(tokens.count == 2)
    }

    @Test func commentsAreDroppedButLineBreaksKept() throws {
        #expect(
            try tokenKinds("# heading\nfrom a # trailing\n\ntake 3") == [
                "newline", "identifier from", "identifier a", "newline", "newline",
                "identifier take", "integer 3",
            ])
    }

    @Test func windowsLineBreaks() throws {
        let tokens = try Lexer.tokenize(SourceFile(name: "q", text: "a\r\nb"))
        #expect(tokens.map(\.kind) == [.identifier("a"), .newline, .identifier("b"), .end])
        #expect(tokens[2].span.start == SourceLocation(offset: 3, line: 2, column: 1))
    }

    @Test func spansCountCharactersForColumnsAndBytesForOffsets() throws {
        let tokens = try Lexer.tokenize(SourceFile(name: "q", text: "let año = \"Σ\"\n  x"))
        #expect(tokens[1].span.start == SourceLocation(offset: 4, line: 1, column: 5))
        #expect(tokens[1].span.end == SourceLocation(offset: 8, line: 1, column: 8))
        #expect(tokens[3].span.start.column == 11)
        #expect(tokens[3].span.end == SourceLocation(offset: 15, line: 1, column: 14))
        #expect(tokens[5].span.start == SourceLocation(offset: 18, line: 2, column: 3))
        #expect(tokens.last?.span == Span(at: SourceLocation(offset: 19, line: 2, column: 4)))
    }

    @Test func tokenDescriptionShowsPositionAndKind() throws {
        let tokens = try Lexer.tokenize(SourceFile(name: "q", text: "from a\n| take 3"))
        #expect(
            tokens.map(\.description) == [
                "1:1 identifier from", "1:6 identifier a", "1:7 newline", "2:1 symbol |",
                "2:3 identifier take", "2:8 integer 3", "2:9 end",
            ])
    }

    @Test func leapDaysAreCalendarDates() throws {
        #expect(
            try tokenKinds("@2024-02-29 @2000-02-29") == ["date 2024-02-29", "date 2000-02-29"])
    }

    // MARK: Errors

    @Test func unterminatedString() {
        #expect(
            lexErrors("note \"Response rate\nfrom a") == """
                test.query:1:6: error: unterminated string literal (add a closing ")
                    note "Response rate
                         ^~~~~~~~~~~~~~
                """)
    }

    @Test func unterminatedSingleQuotedStringAsksForTheSameQuote() {
        #expect(
            lexErrors("x = 'abc")?.hasPrefix(
                "test.query:1:5: error: unterminated string literal (add a closing ')") == true)
    }

    @Test func notACalendarDate() {
        #expect(
            lexErrors("filter date_of_report > @2022-02-30") == """
                test.query:1:25: error: '@2022-02-30' is not a calendar date
                    filter date_of_report > @2022-02-30
                                            ^~~~~~~~~~~
                """)
        #expect(lexErrors("@1900-02-29")?.contains("'@1900-02-29' is not a calendar date") == true)
    }

    @Test func malformedDate() {
        #expect(
            lexErrors("let d = @22-7-14") == """
                test.query:1:9: error: expected a date like '@2022-07-14' after '@'
                    let d = @22-7-14
                            ^~~~~~~~
                """)
    }

    @Test func unexpectedCharacter() {
        #expect(
            lexErrors("derive {x = $total}") == """
                test.query:1:13: error: unexpected character '$'
                    derive {x = $total}
                                ^
                """)
        #expect(
            lexErrors("a ? b")?.contains("unexpected character '?' (use '??' to replace null)")
                == true)
    }

    @Test func unknownEscape() {
        #expect(
            lexErrors(#"x "C:\data""#) == #"""
                test.query:1:6: error: unknown escape sequence '\d'
                    x "C:\data"
                         ^~
                help: write '\\' for a backslash
                """#)
    }

    @Test func integerTooLarge() {
        #expect(
            lexErrors("take 9223372036854775808")?.contains(
                "error: integer literal '9223372036854775808' is too large (the largest is 9223372036854775807)"
            ) == true)
    }

    @Test func badQuotedNamesAndFStrings() {
        #expect(
            lexErrors("`open")?.contains("1:1: error: unterminated quoted name (add a closing `)")
                == true)
        #expect(lexErrors("``")?.contains("1:1: error: a quoted name cannot be empty") == true)
        #expect(
            lexErrors(#"f"{n"#)?.contains(
                "1:3: error: unterminated '{' in f-string (add a closing })") == true)
        #expect(lexErrors(#"f"a } b""#)?.contains("1:5: error: unmatched '}' in f-string") == true)
        #expect(lexErrors("12abc")?.contains("1:1: error: '12abc' is not a number") == true)
    }

    @Test func everyLexicalErrorIsReported() throws {
        let file = SourceFile(name: "q", text: "a $ b\nlet d = @2022-13-01\nc ~")
        #expect(throws: Diagnostics.self) { try Lexer.tokenize(file) }
        do {
            _ = try Lexer.tokenize(file)
        } catch {
            #expect(
                error.description == """
                    1:3: error: unexpected character '$'
                    2:9: error: '@2022-13-01' is not a calendar date
                    3:3: error: unexpected character '~'
                    """)
        }
    }
}
