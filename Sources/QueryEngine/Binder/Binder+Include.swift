import Foundation
import QuerySyntax

extension Binder {
    /// Records where `name` is defined, or reports it defined twice: an error at this
    /// definition and a note at the first, each in its own file.
    mutating func claimName(_ name: String, at span: Span) throws(Diagnostic) {
        guard let first = definitionSites[name] else {
            definitionSites[name] = (span, origin)
            return
        }
        // Files are named when an included one takes part; otherwise both are in the main file.
        let involvesInclude = [first.origin, origin].contains { origins.indices.contains($0) && origins[$0].isIncluded }
        let firstFile = involvesInclude ? origins[first.origin].file : nil
        let place = firstFile.map { "\($0.name):\(first.span.start)" } ?? "\(first.span.start)"
        diagnostics.append(.error(
            "'\(name)' is already defined, at \(place)", at: span,
            help: ["give one of them another name, or remove one"]))
        var note = Diagnostic(.note, "'\(name)' is first defined here", at: first.span)
        note.file = firstFile
        diagnostics.append(note)
        // Both are recorded; the statement stops here without a further error.
        throw Diagnostic(.note, "'\(name)' is defined twice", at: span)
    }

    /// Names the included file in the diagnostics its statement added since `start`.
    mutating func placeDiagnostics(from start: Int) {
        guard origins.indices.contains(origin), origins[origin].isIncluded else { return }
        for index in start..<diagnostics.count where diagnostics[index].file == nil {
            diagnostics[index].file = origins[origin].file
        }
    }

    /// A data file named in the statement being bound, as seen from the main file's folder:
    /// a relative path in an included file is relative to that file's folder.
    func located(_ source: Source) -> Source {
        guard origins.indices.contains(origin) else { return source }
        let folder = origins[origin].folder
        guard !folder.isEmpty else { return source }
        func rebase(_ path: String) -> String {
            path.hasPrefix("/") ? path : (folder as NSString).appendingPathComponent(path)
        }
        var located = source
        located.path = rebase(source.path)
        located.options.badRows = source.options.badRows.map(rebase)
        return located
    }
}
