import QuerySyntax
import Testing

/// Parses `text` and returns its AST description, or the rendered diagnostics on failure.
func ast(_ text: String) -> String {
    let file = SourceFile(name: "test.query", text: text)
    do {
        return try Parser.parse(file).description
    } catch {
        return error.rendered(in: file)
    }
}

/// Parses `text`, expecting it to fail, and returns the rendered diagnostics.
func renderedErrors(_ text: String, name: String = "test.query") -> String? {
    let file = SourceFile(name: name, text: text)
    do {
        _ = try Parser.parse(file)
        return nil
    } catch {
        return error.rendered(in: file)
    }
}

/// The token descriptions of `text`, without the final `end`.
func tokenKinds(_ text: String) throws -> [String] {
    try Lexer.tokenize(SourceFile(name: "test.query", text: text)).dropLast().map { "\($0.kind)" }
}

/// The lexer's rendered diagnostics for `text`.
func lexErrors(_ text: String) -> String? {
    let file = SourceFile(name: "test.query", text: text)
    do {
        _ = try Lexer.tokenize(file)
        return nil
    } catch {
        return error.rendered(in: file)
    }
}
