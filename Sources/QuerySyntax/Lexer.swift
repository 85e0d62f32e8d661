/// Splits query text into tokens, collecting every lexical error instead of stopping at the
/// first.
///
/// Spaces, tabs and `# …` comments are dropped; line breaks become `.newline` tokens because
/// the parser uses them to separate pipeline stages and statements. The last token is always
/// `.end`.
///
///     let tokens = try Lexer.tokenize(SourceFile(name: "q", text: "take 1..20"))
///     // identifier take, integer 1, symbol .., integer 20, end
public struct Lexer {
    private let characters: [Character]
    private var position = 0
    /// Where the next character starts.
    private(set) var location = SourceLocation.start
    private var diagnostics: [Diagnostic] = []

    private init(text: String) {
        characters = Array(text)
    }

    /// Tokenizes a whole file.
    ///
    /// - Throws: `Diagnostics` listing every lexical error, in source order.
    public static func tokenize(_ file: SourceFile) throws(Diagnostics) -> [Token] {
        var lexer = Lexer(text: file.text)
        var tokens: [Token] = []
        while true {
            lexer.skipSpacesAndComments()
            guard let character = lexer.peek() else { break }
            if let token = lexer.lexToken(startingWith: character) { tokens.append(token) }
        }
        tokens.append(Token(.end, span: Span(at: lexer.location)))
        guard lexer.diagnostics.isEmpty else { throw Diagnostics(lexer.diagnostics) }
        return tokens
    }

    // MARK: Reading characters

    func peek(_ ahead: Int = 0) -> Character? {
        let index = position + ahead
        return index < characters.count ? characters[index] : nil
    }

    @discardableResult
    mutating func advance() -> Character {
        let character = characters[position]
        position += 1
        location.offset += character.utf8.count
        if Lexer.isLineBreak(character) {
            location.line += 1
            location.column = 1
        } else {
            location.column += 1
        }
        return character
    }

    mutating func report(_ message: String, from start: SourceLocation, help: [String] = []) {
        diagnostics.append(.error(message, at: Span(start: start, end: location), help: help))
    }

    func span(from start: SourceLocation) -> Span { Span(start: start, end: location) }

    static func isLineBreak(_ character: Character) -> Bool {
        character == "\n" || character == "\r\n"
    }

    static func isDigit(_ character: Character?) -> Bool {
        guard let character else { return false }
        return character.isASCII && character.isWholeNumber
    }

    static func isNameCharacter(_ character: Character?) -> Bool {
        guard let character else { return false }
        return character.isLetter || character.isWholeNumber || character == "_"
    }

    mutating func skipSpacesAndComments() {
        while let character = peek() {
            if character == "#" {
                while let next = peek(), !Lexer.isLineBreak(next) { advance() }
            } else if character.isWhitespace && !Lexer.isLineBreak(character) {
                advance()
            } else {
                return
            }
        }
    }

    // MARK: Tokens

    /// Lexes one token, or reports an error and returns `nil` after skipping the bad text.
    mutating func lexToken(startingWith character: Character) -> Token? {
        let start = location
        switch character {
        case _ where Lexer.isLineBreak(character):
            advance()
            return Token(.newline, span: span(from: start))
        case "\"", "'":
            return Token(.string(lexQuoted(what: "string literal")), span: span(from: start))
        case "f" where peek(1) == "\"" || peek(1) == "'":
            return lexFString()
        case "`":
            return lexQuotedIdentifier()
        case "@":
            return lexDate()
        case _ where Lexer.isDigit(character):
            return lexNumber()
        case _ where character.isLetter || character == "_":
            var name = ""
            while Lexer.isNameCharacter(peek()) { name.append(advance()) }
            let kind = Keyword(rawValue: name).map(TokenKind.keyword) ?? .identifier(name)
            return Token(kind, span: span(from: start))
        default:
            return lexSymbol()
        }
    }

    private mutating func lexSymbol() -> Token? {
        let start = location
        if let second = peek(1), let symbol = Symbol(rawValue: String([peek()!, second])) {
            advance()
            advance()
            return Token(.symbol(symbol), span: span(from: start))
        }
        let character = advance()
        if let symbol = Symbol(rawValue: String(character)) {
            return Token(.symbol(symbol), span: span(from: start))
        }
        switch character {
        case "?": report("unexpected character '?' (use '??' to replace null)", from: start)
        case "&": report("unexpected character '&' (use '&&' for 'and')", from: start)
        default: report("unexpected character '\(character)'", from: start)
        }
        return nil
    }

    private mutating func lexQuotedIdentifier() -> Token {
        let start = location
        advance()
        var name = ""
        while let character = peek(), character != "`", !Lexer.isLineBreak(character) {
            name.append(advance())
        }
        if peek() == "`" {
            advance()
            if name.isEmpty { report("a quoted name cannot be empty", from: start) }
        } else {
            report("unterminated quoted name (add a closing `)", from: start)
        }
        return Token(.quotedIdentifier(name), span: span(from: start))
    }
}
