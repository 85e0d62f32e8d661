extension Parser {
    /// Parses statements until the end of the file, recording each broken statement's error
    /// and resuming at the next statement start.
    mutating func parseStatements() -> [Statement] {
        var statements: [Statement] = []
        while true {
            skipNewlines()
            if current.kind == .end { return statements }
            let start = index
            do {
                statements.append(try parseStatement())
                try expectStatementEnd()
            } catch {
                diagnostics.append(error)
                modes = []
                skipToNextStatement(after: start)
            }
        }
    }

    private mutating func parseStatement() throws(Diagnostic) -> Statement {
        switch current.kind {
        case .keyword(.let): return try parseLet()
        case .keyword(.export): return try parseExport()
        case .keyword(.include): return try parseInclude()
        default:
            // A bare pipeline (text given to `oversight query`) reads its lines as stages, as
            // a `let` value does.
            modes = [current.kind == .identifier("from") ? .letValue : .statement]
            defer { modes = [] }
            return .expression(try parsePipeline())
        }
    }

    /// `let NAME = EXPR`, where EXPR may start on the next line.
    private mutating func parseLet() throws(Diagnostic) -> Statement {
        let keyword = advance()
        let name = try parseStatementName(after: "let")
        guard isSymbol(current, .assign) else {
            throw error("expected '=' after 'let \(name)'")
        }
        let assign = advance()
        if current.kind == .newline, !newlinesEndStatement(at: index) { skipNewlines() }
        modes = [.letValue]
        defer { modes = [] }
        guard canStartExpression(current) else { throw expectedExpression(after: assign) }
        let value = try parsePipeline()
        return .let(name: name, value: value, span: keyword.span.to(value.span))
    }

    /// `export NAME to CALL`.
    private mutating func parseExport() throws(Diagnostic) -> Statement {
        let keyword = advance()
        let name = try parseStatementName(after: "export")
        guard current.kind == .identifier("to") else {
            throw error(
                "expected 'to' after 'export \(name)'",
                help: ["write 'export \(name) to sheet \"Sheet name\"'"])
        }
        let to = advance()
        modes = [.statement]
        defer { modes = [] }
        guard canStartExpression(peek()) else { throw expectedExpression(after: to) }
        let target = try parsePipeline()
        return .export(name: name, target: target, span: keyword.span.to(target.span))
    }

    /// `include "FILE"`: which file is the engine's business; the parser keeps the path as written.
    private mutating func parseInclude() throws(Diagnostic) -> Statement {
        let keyword = advance()
        guard case .string(let path) = current.kind else {
            throw error(
                "expected a file path in quotes after 'include', found \(describe(current))",
                help: ["write 'include \"definitions.query\"', relative to this file's folder"])
        }
        let pathToken = advance()
        return .include(path: path, span: keyword.span.to(pathToken.span))
    }

    private mutating func parseStatementName(after keyword: String) throws(Diagnostic) -> String {
        switch current.kind {
        case .identifier(let name), .quotedIdentifier(let name):
            advance()
            return name
        default:
            throw error("expected a name after '\(keyword)', found \(describe(current))")
        }
    }

    /// A statement must be followed by a line break or the end of the file.
    private mutating func expectStatementEnd() throws(Diagnostic) {
        if current.kind == .newline || current.kind == .end { return }
        throw unexpectedToken()
    }

    /// An error for a token that cannot continue what came before it.
    mutating func unexpectedToken() -> Diagnostic {
        let token = current
        let closers: [Symbol: Symbol] = [
            .rightParen: .leftParen, .rightBrace: .leftBrace, .rightBracket: .leftBracket,
        ]
        if case .symbol(let symbol) = token.kind, let opener = closers[symbol] {
            return error("unexpected '\(symbol.rawValue)' with no matching '\(opener.rawValue)'")
        }
        if isSymbol(token, .colon) {
            return error(
                "unexpected ':'", help: ["write named arguments without spaces, as in 'nulls:last'"]
            )
        }
        if isSymbol(token, .assign) {
            return error(
                "unexpected '='",
                help: ["to compare, write '=='; to name a value, write it inside a tuple, as in 'derive {rate = a / b}'"])
        }
        return error("expected the end of the line, found \(describe(token))")
    }

    /// Skips to the line break before the next statement start, or to the end.
    private mutating func skipToNextStatement(after start: Int) {
        // An error found at the first token of the next statement (such as a missing ')'
        // noticed at 'let') must not swallow that statement.
        var runStart = index
        while runStart > start + 1, tokens[runStart - 1].kind == .newline { runStart -= 1 }
        if runStart < index, newlinesEndStatement(at: runStart) {
            index = runStart
            return
        }
        while current.kind != .end {
            if current.kind == .newline, newlinesEndStatement(at: index) { return }
            index += 1
        }
    }
}
