import Foundation
import QueryEngine
import QuerySyntax

extension LinkedQuery {
    /// `text` with each `include "FILE"` replaced by that file's statements, read from `folder`
    /// (the bundled queries include files beside them), as the reporting layer links a file.
    static func splicingIncludes(of text: String, folder: String) throws -> LinkedQuery {
        let main = SourceFile(name: "q.query", text: text)
        var origins = [Origin(file: main, folder: "", isIncluded: false)]
        var items: [Item] = []
        func splice(_ file: SourceFile, origin: Int) throws {
            for statement in try Parser.parse(file).statements {
                guard case .include(let path, _) = statement else {
                    items.append(Item(statement, origin: origin))
                    continue
                }
                let included = SourceFile(name: path, text: try String(contentsOfFile: "\(folder)/\(path)", encoding: .utf8))
                origins.append(Origin(file: included, folder: "", isIncluded: true))
                try splice(included, origin: origins.count - 1)
            }
        }
        try splice(main, origin: 0)
        return LinkedQuery(origins: origins, items: items)
    }
}
