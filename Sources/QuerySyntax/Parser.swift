/// Turns query text into a `QueryFile`, reporting every syntax error it can find.
///
/// ## Statements
/// A file is a sequence of statements: `let NAME = EXPR`, `export NAME to CALL`,
/// `include "FILE"`, or any other
/// expression (usually a call such as `report title:"…"`). A new statement starts at a line
/// whose first token is in column 1 and either is `let`, `export` or `include`, or follows a
/// blank line.
/// Lines holding only a comment count as blank.
///
/// ## Line breaks
/// What a line break means depends on where it is:
/// - Inside `{ }` and `[ ]` it is whitespace.
/// - Inside `( )` it separates pipeline stages, like `|` (`(from a` ⏎ `take 3)`); line breaks
///   right after `(` or right before `)` are ignored.
/// - In a `let` value it separates pipeline stages, until a line that starts a new statement.
///   The value may start on the line after `=`. So it does in a statement that starts with
///   `from` (a bare pipeline, as `oversight query` takes).
/// - In any other statement (including the target of `export … to`) it ends the statement,
///   unless the next non-blank line is indented, which continues the current line.
/// - After `|` line breaks are always ignored, so a pipe may end a line.
///
/// ## Calls
/// A call is a bare name followed by arguments separated by spaces; it binds looser than every
/// operator (`sum x + 1` is `sum (x + 1)`, `f a + b c` is `f (a + b) c`). An argument is an
/// operator expression, or `name:value` with no space before the colon. `-`, `+`, `==` and
/// `..` are both prefix and infix operators; between arguments they start a new argument only
/// when written like a prefix, with a space before and none after (`round x -1` has two
/// arguments, `round x - 1` has one). The same rule makes `a -b` a call of `a`.
///
/// ## Errors
/// Lexical errors are all reported before parsing starts. A syntax error abandons the
/// current statement; parsing resumes at the next statement start, so one run reports one
/// error per broken statement.
public struct Parser {
    /// How a line break is treated in the innermost open context.
    enum LineMode {
        /// Inside `{ }`, `[ ]` or an f-string hole.
        case whitespace
        /// Inside `( )`.
        case stages
        /// In a `let` value outside brackets.
        case letValue
        /// In an `export` or expression statement outside brackets.
        case statement
    }

    let file: SourceFile
    var tokens: [Token]
    var index = 0
    var modes: [LineMode]
    var diagnostics: [Diagnostic] = []
    /// The last token consumed other than a line break, for "expected … after 'X'" messages.
    var lastConsumed: Token?

    init(file: SourceFile, tokens: [Token], modes: [LineMode]) {
        self.file = file
        self.tokens = tokens
        self.modes = modes
    }

    /// Parses a whole query file.
    ///
    /// - Throws: `Diagnostics` with every lexical error, or else every syntax error.
    public static func parse(_ file: SourceFile) throws(Diagnostics) -> QueryFile {
        var parser = Parser(file: file, tokens: joiningLeadingPipes(try Lexer.tokenize(file)), modes: [])
        let statements = parser.parseStatements()
        guard parser.diagnostics.isEmpty else { throw Diagnostics(parser.diagnostics) }
        return QueryFile(statements: statements)
    }

    /// The tokens without the line breaks that come right before a `|`: a line that starts with
    /// `|` continues the pipeline of the line above, as in PRQL.
    static func joiningLeadingPipes(_ tokens: [Token]) -> [Token] {
        var kept: [Token] = []
        kept.reserveCapacity(tokens.count)
        for token in tokens {
            if token.kind == .symbol(.pipe) {
                while kept.last?.kind == .newline { kept.removeLast() }
            }
            kept.append(token)
        }
        return kept
    }

    // MARK: Tokens

    var current: Token { tokens[index] }

    @discardableResult
    mutating func advance() -> Token {
        let token = tokens[index]
        if token.kind != .newline { lastConsumed = token }
        if index < tokens.count - 1 { index += 1 }
        return token
    }

    /// The current token after skipping the line breaks that are whitespace here.
    @discardableResult
    mutating func peek() -> Token {
        while current.kind == .newline, newlineIsWhitespace() { index += 1 }
        return current
    }

    mutating func skipNewlines() {
        while current.kind == .newline { index += 1 }
    }

    /// Whether the current token (a line break) is whitespace in the innermost context.
    private func newlineIsWhitespace() -> Bool {
        switch modes.last {
        case .whitespace: true
        case .statement:
            // An indented next line continues the statement.
            tokens[afterNewlines(from: index)].kind != .end
                && tokens[afterNewlines(from: index)].span.start.column > 1
        case .stages, .letValue, nil: false
        }
    }

    func afterNewlines(from start: Int) -> Int {
        var next = start
        while tokens[next].kind == .newline { next += 1 }
        return next
    }

    /// Whether the line breaks at `start` lead to the start of a new statement (or the end).
    func newlinesEndStatement(at start: Int) -> Bool {
        let next = afterNewlines(from: start)
        let token = tokens[next]
        if token.kind == .end { return true }
        guard token.span.start.column == 1 else { return false }
        let followsBlankLine = next - start >= 2
        return followsBlankLine || [.keyword(.let), .keyword(.export), .keyword(.include)].contains(token.kind)
    }

    func isSymbol(_ token: Token, _ symbol: Symbol) -> Bool {
        token.kind == .symbol(symbol)
    }

    /// Whether the token at `position` is written like a prefix operator: a space (or line
    /// start) before it and its operand right after it.
    func isWrittenAsPrefix(at position: Int) -> Bool {
        let token = tokens[position]
        let next = tokens[position + 1]
        guard next.kind != .newline, next.kind != .end,
            next.span.start.offset == token.span.end.offset
        else { return false }
        guard position > 0 else { return true }
        let previous = tokens[position - 1]
        return previous.kind == .newline || previous.span.end.offset < token.span.start.offset
    }

    // MARK: Errors

    /// Where to point when the current token is wrong: at it, or just after the previous
    /// token when the problem is something missing at the end of a line.
    var errorSpan: Span {
        if current.kind == .newline || current.kind == .end, let lastConsumed {
            return Span(at: lastConsumed.span.end)
        }
        return current.span
    }

    func describe(_ token: Token) -> String {
        switch token.kind {
        case .newline: "the end of the line"
        case .end: "the end of the file"
        default: "'\(file.text(in: token.span))'"
        }
    }

    func error(_ message: String, help: [String] = []) -> Diagnostic {
        .error(message, at: errorSpan, help: help)
    }

    func expectedExpression(after token: Token) -> Diagnostic {
        error("expected an expression after \(describe(token))")
    }
}
