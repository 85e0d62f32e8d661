/// A link from one part of a workbook to another, read from a `_rels/*.rels` part.
struct XLSXRelationship {
    /// The link's id, which the source part cites (`rId3`).
    var id: String
    /// What kind of part it leads to, as a URI ending in a kind such as `/worksheet`.
    var type: String
    /// The target part's full name inside the zip (`xl/worksheets/sheet3.xml`).
    var target: String

    /// Whether the link leads to a part of the kind named by the type's last path segment.
    func leads(to kind: String) -> Bool { type.hasSuffix("/" + kind) }

    /// The relationships in `bytes`, the `.rels` part of the part named `source`.
    static func parse(_ bytes: [UInt8], source: String) throws(XLSXPartError) -> [XLSXRelationship] {
        var scanner = XMLScanner(bytes: bytes)
        var relationships: [XLSXRelationship] = []
        while let event = try scanner.next() {
            guard case .start(let element, _) = event, element.name == "Relationship",
                element.attribute("TargetMode") != "External",
                let id = element.attribute("Id"), let type = element.attribute("Type"),
                let target = element.attribute("Target")
            else { continue }
            relationships.append(XLSXRelationship(id: id, type: type, target: resolve(target, from: source)))
        }
        return relationships
    }

    /// The name of the `.rels` part that holds the links of part `source`.
    static func relationshipsPart(of source: String) -> String {
        let (folder, file) = split(source)
        return folder + "_rels/" + file + ".rels"
    }

    /// A target as written (relative to the source part's folder, or absolute from the root
    /// when it starts with `/`) as a full part name, with `.` and `..` resolved.
    static func resolve(_ target: String, from source: String) -> String {
        let base = target.hasPrefix("/") ? "" : split(source).folder
        var segments: [Substring] = []
        for segment in (base + target).split(separator: "/") {
            switch segment {
            case ".": continue
            case "..": _ = segments.popLast()
            default: segments.append(segment)
            }
        }
        return segments.joined(separator: "/")
    }

    private static func split(_ part: String) -> (folder: String, file: String) {
        guard let slash = part.lastIndex(of: "/") else { return ("", part) }
        return (String(part[...slash]), String(part[part.index(after: slash)...]))
    }
}
