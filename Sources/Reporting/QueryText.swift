import Foundation
import QuerySyntax

/// Query text to compile, with the folder its data paths are relative to.
///
/// A query file declares its relations with `let`. Text given on the command line may also end
/// with a bare pipeline (`from "data.csv" | take 5`): that pipeline becomes the relation
/// `result`.
public struct QueryText: Sendable {
    /// The text, named for diagnostics.
    public let file: SourceFile
    /// The folder that paths in `from` are relative to.
    public let baseDirectory: URL

    /// Text with a name for diagnostics and the folder its data paths are relative to.
    public init(name: String, text: String, baseDirectory: URL) {
        self.file = SourceFile(name: name, text: text)
        self.baseDirectory = baseDirectory
    }

    /// The text of the query file at `path`, whose data paths are relative to its folder.
    public init(path: String) throws(RunError) {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw .failure("cannot read the query file '\(path)': \(error.localizedDescription)")
        }
        self.init(name: path, text: text, baseDirectory: URL(fileURLWithPath: path).deletingLastPathComponent())
    }

    /// The name a trailing bare pipeline gets.
    public static let resultName = "result"

    /// The tokens of the text.
    public func tokens() throws(Diagnostics) -> [Token] { try Lexer.tokenize(file) }

    /// The syntax tree, with a trailing bare pipeline turned into `let result = …`.
    public func parse() throws(Diagnostics) -> QueryFile {
        var syntax = try Parser.parse(file)
        if case .expression(let expr)? = syntax.statements.last, expr.startsWithFrom {
            syntax.statements[syntax.statements.count - 1] = .let(name: QueryText.resultName, value: expr, span: expr.span)
        }
        return syntax
    }

    /// The path of a data file as seen from the current folder, for SQL that runs from there.
    func displayPath(_ path: String) -> String {
        guard !path.hasPrefix("/") else { return path }
        let folder = (file.name as NSString).deletingLastPathComponent
        return folder.isEmpty ? path : (folder as NSString).appendingPathComponent(path)
    }
}

extension Expr {
    /// Whether the expression is a pipeline (or a lone call) beginning with `from`.
    var startsWithFrom: Bool {
        let first: Expr
        if case .pipeline(let stages) = kind, let head = stages.first { first = head } else { first = self }
        if case .call(let call) = first.kind { return call.callee == "from" }
        return false
    }
}
