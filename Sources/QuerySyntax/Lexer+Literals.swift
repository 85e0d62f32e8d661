extension Lexer {
    /// Lexes `"…"` or `'…'` starting at the opening quote and returns the decoded text.
    ///
    /// Strings end at the end of their line; a missing closing quote is reported there.
    mutating func lexQuoted(what: String) -> String {
        let start = location
        let quote = advance()
        var value = ""
        while true {
            guard let character = peek(), !Lexer.isLineBreak(character) else {
                report("unterminated \(what) (add a closing \(quote))", from: start)
                return value
            }
            if character == quote {
                advance()
                return value
            }
            if character == "\\" {
                if let escaped = lexEscape() { value.append(escaped) }
            } else {
                value.append(advance())
            }
        }
    }

    /// Lexes an escape sequence starting at its backslash.
    private mutating func lexEscape() -> Character? {
        let start = location
        advance()
        guard let character = peek(), !Lexer.isLineBreak(character) else { return nil }
        advance()
        switch character {
        case "\"", "'", "\\": return character
        case "n": return "\n"
        case "t": return "\t"
        case "r": return "\r"
        case "u": return lexUnicodeEscape(from: start)
        default:
            report(
                "unknown escape sequence '\\\(character)'", from: start,
                help: ["write '\\\\' for a backslash"])
            return nil
        }
    }

    /// Lexes the `{hex}` part of `\u{…}`.
    private mutating func lexUnicodeEscape(from start: SourceLocation) -> Character? {
        guard peek() == "{" else {
            report("expected '{' after '\\u' (write '\\u{1F600}')", from: start)
            return nil
        }
        advance()
        var hex = ""
        while let character = peek(), character.isHexDigit, hex.count < 8 { hex.append(advance()) }
        guard peek() == "}" else {
            report("expected '}' to close the Unicode escape", from: start)
            return nil
        }
        advance()
        guard let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) else {
            report("'\\u{\(hex)}' is not a Unicode scalar value", from: start)
            return nil
        }
        return Character(scalar)
    }

    /// Lexes `f"…"`: text with `{expression}` holes; `{{` and `}}` are literal braces.
    mutating func lexFString() -> Token {
        let start = location
        advance()
        let quote = advance()
        var segments: [FStringSegment] = []
        var text = ""
        loop: while true {
            guard let character = peek(), !Lexer.isLineBreak(character) else {
                report("unterminated f-string (add a closing \(quote))", from: start)
                break
            }
            switch character {
            case quote:
                advance()
                break loop
            case "{" where peek(1) == "{", "}" where peek(1) == "}":
                advance()
                text.append(advance())
            case "{":
                if !text.isEmpty { segments.append(.text(text)) }
                text = ""
                segments.append(.code(lexEmbeddedCode()))
            case "}":
                let braceStart = location
                advance()
                report(
                    "unmatched '}' in f-string (write '}}' for a literal brace)", from: braceStart)
            case "\\":
                if let escaped = lexEscape() { text.append(escaped) }
            default:
                text.append(advance())
            }
        }
        if !text.isEmpty { segments.append(.text(text)) }
        return Token(.fString(segments), span: span(from: start))
    }

    /// Lexes the tokens of one `{…}` hole in an f-string, starting at its `{`.
    private mutating func lexEmbeddedCode() -> [Token] {
        let open = location
        advance()
        var tokens: [Token] = []
        var depth = 0
        while true {
            skipSpacesAndComments()
            guard let character = peek(), !Lexer.isLineBreak(character) else {
                report("unterminated '{' in f-string (add a closing })", from: open)
                tokens.append(Token(.end, span: Span(at: location)))
                return tokens
            }
            if character == "}" && depth == 0 {
                let close = location
                advance()
                tokens.append(Token(.end, span: span(from: close)))
                return tokens
            }
            guard let token = lexToken(startingWith: character) else { continue }
            if token.kind == .symbol(.leftBrace) { depth += 1 }
            if token.kind == .symbol(.rightBrace) { depth -= 1 }
            tokens.append(token)
        }
    }

    /// Lexes an integer (`56`, `1_000`) or a decimal (`0.5`, `1e-3`), or reports an error
    /// and returns `nil`.
    mutating func lexNumber() -> Token? {
        let start = location
        var text = ""
        func digits(_ lexer: inout Lexer) {
            while Lexer.isDigit(lexer.peek()) || lexer.peek() == "_" {
                text.append(lexer.advance())
            }
        }
        digits(&self)
        var isDecimal = false
        // `1..5` is a range, so a dot only starts a fraction when a digit follows it.
        if peek() == ".", Lexer.isDigit(peek(1)) {
            isDecimal = true
            text.append(advance())
            digits(&self)
        }
        if peek() == "e" || peek() == "E",
            Lexer.isDigit(peek(1)) || ((peek(1) == "-" || peek(1) == "+") && Lexer.isDigit(peek(2)))
        {
            isDecimal = true
            text.append(advance())
            if !Lexer.isDigit(peek()) { text.append(advance()) }
            digits(&self)
        }
        if Lexer.isNameCharacter(peek()) {
            while Lexer.isNameCharacter(peek()) { text.append(advance()) }
            report("'\(text)' is not a number", from: start)
            return nil
        }
        let plain = text.filter { $0 != "_" }
        if isDecimal {
            // The digits, dot and exponent accepted above are always readable by `Double`.
            return Token(.decimal(Double(plain)!, text: text), span: span(from: start))
        }
        guard let value = Int64(plain) else {
            report(
                "integer literal '\(text)' is too large (the largest is \(Int64.max))", from: start)
            return nil
        }
        return Token(.integer(value), span: span(from: start))
    }

    /// Lexes `@YYYY-MM-DD`, or reports an error and returns `nil` when the text is not a date
    /// on the calendar.
    mutating func lexDate() -> Token? {
        let start = location
        advance()
        var text = ""
        while Lexer.isNameCharacter(peek()) || peek() == "-" { text.append(advance()) }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        let fields = parts.map { part in part.allSatisfy(Lexer.isDigit) ? Int(part) : nil }
        guard parts.map(\.count) == [4, 2, 2], let year = fields[0], let month = fields[1],
            let day = fields[2]
        else {
            report("expected a date like '@2022-07-14' after '@'", from: start)
            return nil
        }
        guard let date = CalendarDate(year: year, month: month, day: day) else {
            report("'@\(text)' is not a calendar date", from: start)
            return nil
        }
        return Token(.date(date), span: span(from: start))
    }
}
