extension Parser {
    /// Stages separated by `|`, or by line breaks where the context makes them separators.
    mutating func parsePipeline() throws(Diagnostic) -> Expr {
        var stages = [try parseCall()]
        while true {
            let token = peek()
            if isSymbol(token, .pipe) {
                advance()
                skipNewlines()
                guard canStartExpression(current) else { throw expectedExpression(after: token) }
                stages.append(try parseCall())
            } else if token.kind == .newline, newlineSeparatesStages() {
                skipNewlines()
                guard canStartExpression(current) else { break }
                stages.append(try parseCall())
            } else {
                break
            }
        }
        guard let first = stages.first, let last = stages.last, stages.count > 1 else {
            return stages[0]
        }
        return Expr(.pipeline(stages), span: first.span.to(last.span))
    }

    private func newlineSeparatesStages() -> Bool {
        switch modes.last {
        case .stages: true
        case .letValue: !newlinesEndStatement(at: index)
        case .whitespace, .statement, nil: false
        }
    }

    /// A call (`name arg…`) or, when the name has no arguments, an operator expression.
    mutating func parseCall() throws(Diagnostic) -> Expr {
        let start = index
        guard case .identifier(let first) = peek().kind else { return try parseBinary() }
        let calleeStart = advance().span
        var callee = first
        while isSymbol(current, .dot), case .identifier(let part) = tokens[index + 1].kind {
            advance()
            advance()
            callee += "." + part
        }
        let calleeSpan = calleeStart.to(lastConsumed!.span)
        guard !isSymbol(current, .dot), canStartArgument() else {
            index = start
            return try parseBinary()
        }
        var positional: [Expr] = []
        var named: [NamedArgument] = []
        while canStartArgument() {
            if case .identifier(let name) = current.kind, isNamedArgumentColon(at: index + 1) {
                let nameSpan = advance().span
                let colon = advance()
                guard canStartExpression(current) else { throw expectedExpression(after: colon) }
                let value = try parseBinary(inArgument: true)
                named.append(NamedArgument(name: name, nameSpan: nameSpan, value: value))
            } else {
                positional.append(try parseBinary(inArgument: true))
            }
        }
        let call = Call(
            callee: callee, calleeSpan: calleeSpan, positional: positional, named: named)
        return Expr(.call(call), span: calleeSpan.to(lastConsumed!.span))
    }

    /// Whether a `:` at `position` makes the identifier before it an argument name.
    private func isNamedArgumentColon(at position: Int) -> Bool {
        isSymbol(tokens[position], .colon)
            && tokens[position].span.start.offset == tokens[position - 1].span.end.offset
    }

    /// Whether the next token (after line breaks that are whitespace here) starts an argument.
    private mutating func canStartArgument() -> Bool {
        let token = peek()
        if case .symbol(let symbol) = token.kind, symbol.isPrefixOrInfix {
            return isWrittenAsPrefix(at: index)
        }
        return canStartExpression(token)
    }

    /// Whether `token` can be the first token of an expression.
    func canStartExpression(_ token: Token) -> Bool {
        switch token.kind {
        case .identifier, .quotedIdentifier, .integer, .decimal, .string, .fString, .date:
            true
        case .keyword(let keyword):
            keyword != .let && keyword != .export
        case .symbol(let symbol):
            [.leftParen, .leftBrace, .leftBracket, .minus, .plus, .bang, .equal, .range]
                .contains(symbol)
        case .newline, .end:
            false
        }
    }

    /// Infix operators by precedence climbing. Inside a call argument, a `-`, `+`, `==` or
    /// `..` written like a prefix ends the argument instead (see the type's documentation).
    private mutating func parseBinary(
        minimumPrecedence: Int = 0, inArgument: Bool = false
    ) throws(Diagnostic) -> Expr {
        var left = try parseRange(inArgument: inArgument)
        while case .symbol(let symbol) = peek().kind, let op = BinaryOperator(symbol),
            op.precedence >= minimumPrecedence
        {
            if inArgument, symbol.isPrefixOrInfix, isWrittenAsPrefix(at: index) { break }
            let operatorToken = advance()
            guard canStartExpression(peek()) else { throw expectedExpression(after: operatorToken) }
            let right = try parseBinary(
                minimumPrecedence: op.isRightAssociative ? op.precedence : op.precedence + 1,
                inArgument: inArgument)
            left = Expr(.binary(op, left, right), span: left.span.to(right.span))
        }
        return left
    }

    /// `a..b`, `..b` or `a..`. A bound belongs to the range only when it touches the `..`.
    private mutating func parseRange(inArgument: Bool) throws(Diagnostic) -> Expr {
        if isSymbol(peek(), .range) {
            let dots = advance()
            guard canStartExpression(current) else { throw expectedExpression(after: dots) }
            let end = try parseUnary()
            return Expr(.range(start: nil, end: end), span: dots.span.to(end.span))
        }
        let start = try parseUnary()
        guard isSymbol(peek(), .range), !(inArgument && isWrittenAsPrefix(at: index)) else {
            return start
        }
        let dots = advance()
        guard canStartExpression(current), current.span.start.offset == dots.span.end.offset
        else { return Expr(.range(start: start, end: nil), span: start.span.to(dots.span)) }
        let end = try parseUnary()
        return Expr(.range(start: start, end: end), span: start.span.to(end.span))
    }

    private mutating func parseUnary() throws(Diagnostic) -> Expr {
        guard case .symbol(let symbol) = peek().kind, let op = UnaryOperator(symbol) else {
            return try parsePrimary()
        }
        let operatorToken = advance()
        guard canStartExpression(peek()) else { throw expectedExpression(after: operatorToken) }
        let operand = try parseUnary()
        return Expr(.unary(op, operand), span: operatorToken.span.to(operand.span))
    }

    private mutating func parsePrimary() throws(Diagnostic) -> Expr {
        let token = peek()
        switch token.kind {
        case .integer(let value): return literal(.integer(value))
        case .decimal(let value, let text): return literal(.decimal(value, text: text))
        case .string(let value): return literal(.string(value))
        case .date(let date): return literal(.date(date))
        case .keyword(.true): return literal(.bool(true))
        case .keyword(.false): return literal(.bool(false))
        case .keyword(.null): return literal(.null)
        case .keyword(.case): return try parseCase()
        case .identifier, .quotedIdentifier: return try parsePath()
        case .fString(let segments): return try parseFString(segments)
        case .symbol(.leftParen): return try parseParenthesized()
        case .symbol(.leftBrace): return try parseTuple()
        case .symbol(.leftBracket): return try parseArray()
        case .keyword(.let), .keyword(.export):
            let keyword = file.text(in: token.span)
            // In column 1 the keyword is where it belongs: the statement before it is unfinished.
            if token.span.start.column == 1 {
                throw error(
                    "'\(keyword)' starts a new statement, but the statement before it is unfinished",
                    help: ["close the bracket it opened, or finish its expression"])
            }
            throw error("'\(keyword)' must start a line in column 1")
        default:
            throw error("expected an expression, found \(describe(token))")
        }
    }

    private mutating func literal(_ literal: Literal) -> Expr {
        Expr(.literal(literal), span: advance().span)
    }

    /// A name or a dotted path of names, such as `this.x` or ``t.`a b` ``.
    private mutating func parsePath() throws(Diagnostic) -> Expr {
        var parts: [String] = []
        let start = current.span
        while true {
            switch advance().kind {
            case .identifier(let name), .quotedIdentifier(let name): parts.append(name)
            default: preconditionFailure("parsePath called on a token that is not a name")
            }
            guard isSymbol(current, .dot) else { break }
            advance()
            switch current.kind {
            case .identifier, .quotedIdentifier: continue
            default: throw error("expected a name after '.', found \(describe(current))")
            }
        }
        return Expr(.identifier(parts), span: start.to(lastConsumed!.span))
    }
}
