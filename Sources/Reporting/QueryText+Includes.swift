import Foundation
import QueryEngine
import QuerySyntax

extension QueryText {
    /// The syntax tree with each included file's statements spliced in where its `include`
    /// stands, each statement with the file it was written in.
    ///
    /// An included path is relative to the including file's folder. An included file holds
    /// `let` definitions and further `include`s only; a file is included once (a second
    /// `include` of it adds nothing), and a file that includes itself, directly or through
    /// others, is an error naming the chain.
    public func link() throws(Diagnostics) -> LinkedQuery {
        let main = LinkedQuery.Origin(file: file, folder: "", isIncluded: false)
        var linker = IncludeLinker(origins: [main], directories: [baseDirectory.standardizedFileURL])
        linker.splice(try parse().statements, origin: 0, chain: [baseDirectory.appendingPathComponent((file.name as NSString).lastPathComponent).standardizedFileURL.path])
        guard linker.diagnostics.isEmpty else { throw Diagnostics(linker.diagnostics) }
        return LinkedQuery(origins: linker.origins, items: linker.items)
    }

    /// The query files among `paths` that none of them includes: a definitions file runs
    /// through the reports that include it, not as a report of its own.
    public static func reportFiles(among paths: [String]) -> [String] {
        let included = Set(paths.flatMap { path -> [String] in
            guard let text = try? QueryText(path: path), let syntax = try? Parser.parse(text.file) else { return [] }
            return syntax.statements.compactMap { statement in
                guard case .include(let target, _) = statement else { return nil }
                return text.baseDirectory.appendingPathComponent(target).standardizedFileURL.path
            }
        })
        return paths.filter { !included.contains(URL(fileURLWithPath: $0).standardizedFileURL.path) }
    }
}

/// Reads included files and splices their statements into the including file's.
private struct IncludeLinker {
    var origins: [LinkedQuery.Origin]
    /// Each origin's folder on disk.
    var directories: [URL]
    var items: [LinkedQuery.Item] = []
    var diagnostics: [Diagnostic] = []
    /// The files included so far, by standardized path, with where they were first included.
    var seen: [String: String] = [:]

    /// Appends `statements` of `origins[origin]`, replacing each `include` by the included
    /// file's statements; `chain` is the files being included, outermost first.
    mutating func splice(_ statements: [Statement], origin: Int, chain: [String]) {
        for statement in statements {
            guard case .include(let path, let span) = statement else {
                items.append(LinkedQuery.Item(statement, origin: origin))
                continue
            }
            let including = origins[origin]
            let url = path.hasPrefix("/") ? URL(fileURLWithPath: path) : directories[origin].appendingPathComponent(path)
            let canonical = url.standardizedFileURL.path
            if let start = chain.firstIndex(of: canonical) {
                let names = (chain[start...] + [canonical]).map { ($0 as NSString).lastPathComponent }
                report(.error("'\(path)' includes itself: \(names.joined(separator: " → "))", at: span,
                    help: ["move the definitions both files need into a third file that includes neither"]), in: including)
                continue
            }
            guard seen[canonical] == nil else { continue }
            let name = path.hasPrefix("/") ? path : displayName(path, besides: including.file.name)
            let text: String
            do {
                text = try String(contentsOf: url, encoding: .utf8)
            } catch {
                report(.error("cannot read the included file '\(path)': no file at \(name)", at: span,
                    help: ["the path is relative to the folder of \(including.file.name)"]), in: including)
                continue
            }
            seen[canonical] = name
            let source = SourceFile(name: name, text: text)
            let syntax: QueryFile
            do {
                syntax = try Parser.parse(source)
            } catch {
                for var diagnostic in error.items {
                    diagnostic.file = source
                    diagnostics.append(diagnostic)
                }
                continue
            }
            let folder = path.hasPrefix("/")
                ? (path as NSString).deletingLastPathComponent
                : (including.folder as NSString).appendingPathComponent((path as NSString).deletingLastPathComponent)
            origins.append(LinkedQuery.Origin(file: source, folder: folder, isIncluded: true))
            directories.append(url.deletingLastPathComponent())
            let index = origins.count - 1
            var definitions: [Statement] = []
            for included in syntax.statements {
                switch included {
                case .let, .include: definitions.append(included)
                case .export, .expression:
                    report(.error("an included file holds only 'let' definitions and 'include'", at: included.span,
                        help: ["move this statement to \(including.file.name), which includes this file"]), in: origins[index])
                }
            }
            splice(definitions, origin: index, chain: chain + [canonical])
        }
    }

    /// The included file's name for diagnostics: its path beside the including file's name.
    private func displayName(_ path: String, besides including: String) -> String {
        let folder = (including as NSString).deletingLastPathComponent
        let joined = folder.isEmpty ? path : (folder as NSString).appendingPathComponent(path)
        // `sub/../x.query` is shown as `x.query`; a leading `..` stays, as the path goes up.
        var parts: [Substring] = []
        for part in joined.split(separator: "/", omittingEmptySubsequences: false) where part != "." {
            if part == "..", let last = parts.last, last != "..", !last.isEmpty { parts.removeLast() } else { parts.append(part) }
        }
        return parts.joined(separator: "/")
    }

    /// Records a diagnostic about a statement of `origin`, named by that file when included.
    private mutating func report(_ diagnostic: Diagnostic, in origin: LinkedQuery.Origin) {
        var diagnostic = diagnostic
        if origin.isIncluded { diagnostic.file = origin.file }
        diagnostics.append(diagnostic)
    }
}
