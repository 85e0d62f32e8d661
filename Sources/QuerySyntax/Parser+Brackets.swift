extension Parser {
    /// `( … )`: a parenthesised expression or pipeline; line breaks inside separate stages.
    mutating func parseParenthesized() throws(Diagnostic) -> Expr {
        let open = advance()
        modes.append(.stages)
        defer { modes.removeLast() }
        skipNewlines()
        if isSymbol(current, .rightParen) {
            throw .error("expected an expression inside '()'", at: open.span.to(current.span))
        }
        let inner = try parsePipeline()
        skipNewlines()
        guard isSymbol(current, .rightParen) else {
            throw error("expected ')' to close '(' opened at \(open.span.start)")
        }
        let close = advance()
        return Expr(inner.kind, span: open.span.to(close.span))
    }

    /// `{a, b = expr}`: fields separated by commas, with an optional trailing comma.
    mutating func parseTuple() throws(Diagnostic) -> Expr {
        let open = advance()
        modes.append(.whitespace)
        defer { modes.removeLast() }
        var fields: [TupleField] = []
        while !isSymbol(peek(), .rightBrace) {
            var alias: Token?
            if isName(current), isSymbol(tokens[index + 1], .assign) {
                alias = advance()
                let assign = advance()
                guard canStartExpression(peek()) else { throw expectedExpression(after: assign) }
            }
            let value = try parseCall()
            fields.append(
                TupleField(alias: alias.map(name(of:)), aliasSpan: alias?.span, value: value))
            guard try continueList(closedBy: .rightBrace, openedBy: open) else { break }
        }
        let close = advance()
        return Expr(.tuple(fields), span: open.span.to(close.span))
    }

    /// `[a, b]`: elements separated by commas, with an optional trailing comma.
    mutating func parseArray() throws(Diagnostic) -> Expr {
        let open = advance()
        modes.append(.whitespace)
        defer { modes.removeLast() }
        var elements: [Expr] = []
        while !isSymbol(peek(), .rightBracket) {
            elements.append(try parseCall())
            guard try continueList(closedBy: .rightBracket, openedBy: open) else { break }
        }
        let close = advance()
        return Expr(.array(elements), span: open.span.to(close.span))
    }

    /// `case [condition => value, …]`.
    mutating func parseCase() throws(Diagnostic) -> Expr {
        let keyword = advance()
        guard isSymbol(current, .leftBracket) else {
            throw error(
                "expected '[' after 'case'",
                help: ["write 'case [x > 0 => \"positive\", true => \"other\"]'"])
        }
        let open = advance()
        modes.append(.whitespace)
        defer { modes.removeLast() }
        var arms: [CaseArm] = []
        while !isSymbol(peek(), .rightBracket) {
            let condition = try parseCall()
            guard isSymbol(peek(), .arrow) else {
                throw error(
                    "expected '=>' after the condition of a case arm, found \(describe(current))")
            }
            let arrow = advance()
            guard canStartExpression(peek()) else { throw expectedExpression(after: arrow) }
            arms.append(CaseArm(condition: condition, value: try parseCall()))
            guard try continueList(closedBy: .rightBracket, openedBy: open) else { break }
        }
        let close = advance()
        return Expr(.cases(arms), span: keyword.span.to(close.span))
    }

    /// After a list item: consumes a `,` and returns whether another item may follow, or
    /// returns `false` at the closing bracket, or throws.
    private mutating func continueList(closedBy close: Symbol, openedBy open: Token)
        throws(Diagnostic) -> Bool
    {
        if isSymbol(peek(), .comma) {
            advance()
            return true
        }
        if isSymbol(current, close) { return false }
        let opener = file.text(in: open.span)
        throw error(
            "expected ',' or '\(close.rawValue)' to close '\(opener)' opened at \(open.span.start)")
    }

    /// `f"…"`: each `{…}` hole is parsed on its own, as if in brackets.
    mutating func parseFString(_ segments: [FStringSegment]) throws(Diagnostic) -> Expr {
        let token = advance()
        var parts: [FStringPart] = []
        for segment in segments {
            switch segment {
            case .text(let text):
                parts.append(.text(text))
            case .code(let code):
                var hole = Parser(file: file, tokens: code, modes: [.whitespace])
                guard hole.canStartExpression(hole.peek()) else {
                    throw .error(
                        "expected an expression inside '{}' in an f-string", at: hole.current.span)
                }
                let expr = try hole.parsePipeline()
                guard hole.current.kind == .end else {
                    let found = hole.describe(hole.current)
                    throw hole.error("expected '}' after the f-string expression, found \(found)")
                }
                parts.append(.expression(expr))
            }
        }
        return Expr(.fString(parts), span: token.span)
    }

    private func isName(_ token: Token) -> Bool {
        switch token.kind {
        case .identifier, .quotedIdentifier: true
        default: false
        }
    }

    private func name(of token: Token) -> String {
        switch token.kind {
        case .identifier(let name), .quotedIdentifier(let name): name
        default: preconditionFailure("a tuple alias is always a name token")
        }
    }
}
