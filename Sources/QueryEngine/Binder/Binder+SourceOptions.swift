import Frame
import FrameIO
import QuerySyntax

extension Binder {
    /// The options `from "file"` takes, for suggestions.
    static let sourceOptionNames = ["types", "nulls", "delimiter", "encoding", "skip", "renames", "bad_rows", "sheet", "header_row"]
        + valueFormatOptionNames
    /// The values `encoding:` takes; the reader's `CSVEncoding` names.
    static let encodingNames = ["utf-8", "latin-1", "windows-1252", "utf-16", "double-encoded-utf-8"]

    /// The reading options of `from "file" types:{col = date} nulls:["s/d"] delimiter:";"
    /// encoding:"latin-1" skip:2 renames:{new = old} bad_rows:"bad.csv"`.
    func sourceOptions(_ call: Call) throws(Diagnostic) -> SourceOptions {
        var options = SourceOptions()
        for named in call.named {
            switch named.name {
            case "types":
                guard case .tuple(let fields) = named.value.kind else {
                    throw .error("types:{column = date, other = string}", at: named.value.span)
                }
                for field in fields {
                    guard let column = field.alias, case .identifier(let parts) = field.value.kind, parts.count == 1,
                        let type = DataType(rawValue: parts[0] == "integer" ? "int64" : parts[0])
                    else {
                        throw .error("types:{column = TYPE}, with TYPE one of int64, double, bool, date, string", at: field.value.span)
                    }
                    options.types[column] = type
                }
            case "nulls":
                guard case .list(let values)? = try constantValue(named.value) else {
                    throw .error("nulls:[\"s/d\", \"-\"]: the texts that mean no data", at: named.value.span)
                }
                options.nulls = values.map { if case .string(let s) = $0 { s } else { $0.description } }
            case "delimiter":
                guard case .literal(.string(let text)) = named.value.kind, text.count == 1, let character = text.first,
                    character.isASCII, character != "\"", character != "\n", character != "\r"
                else {
                    throw .error("delimiter:\";\" takes one character, such as \";\", \"|\" or \"\\t\"", at: named.value.span)
                }
                options.delimiter = character
            case "encoding":
                guard case .literal(.string(let name)) = named.value.kind, Self.encodingNames.contains(name) else {
                    let listed = Self.encodingNames.map { "\"\($0)\"" }.joined(separator: ", ")
                    throw .error("encoding takes one of \(listed)", at: named.value.span)
                }
                options.encoding = name
            case "skip":
                guard case .literal(.integer(let lines)) = named.value.kind, lines >= 0 else {
                    throw .error("skip:2 takes the number of lines above the header to skip (0 or more)", at: named.value.span)
                }
                options.skip = Int(lines)
            case "renames":
                options.renames = try renames(named.value)
            case "bad_rows":
                guard case .literal(.string(let path)) = named.value.kind, !path.isEmpty else {
                    throw .error("bad_rows:\"bad_rows.csv\" takes the file to write unreadable rows to", at: named.value.span)
                }
                options.badRows = path
            case "sheet":
                switch named.value.kind {
                case .literal(.string(let name)) where !name.isEmpty: options.sheet = .name(name)
                case .literal(.integer(let position)) where position >= 1: options.sheet = .position(Int(position))
                default:
                    throw .error("sheet:\"Name\" or sheet:2 picks a sheet of an .xlsx workbook by its tab's name or its position from 1", at: named.value.span)
                }
            case "header_row":
                guard case .literal(.integer(let row)) = named.value.kind, row >= 1 else {
                    throw .error("header_row:6 takes the number of the .xlsx sheet's row that names the columns (from 1)", at: named.value.span)
                }
                options.headerRow = Int(row)
            case let name where Self.valueFormatOptionNames.contains(name):
                try bindValueFormat(named, into: &options.valueFormats)
            default:
                throw .unknown("option of from", named.name, at: named.nameSpan, candidates: Self.sourceOptionNames)
            }
        }
        return options
    }

    // `renames:{new = old, new = "Old name"}` as [old: new]; several old names may share a new one.
    private func renames(_ value: Expr) throws(Diagnostic) -> [String: String] {
        let usage = "renames:{new_name = old_name, other = \"Old name with spaces\"}"
        guard case .tuple(let fields) = value.kind else { throw .error(usage, at: value.span) }
        var renames: [String: String] = [:]
        for field in fields {
            let old: String
            switch field.value.kind {
            case .identifier(let parts) where parts.count == 1: old = parts[0]
            case .literal(.string(let text)): old = text
            default: throw .error(usage, at: field.value.span)
            }
            guard let new = field.alias else { throw .error(usage, at: field.value.span) }
            if renames[old] != nil { throw .error("'\(old)' is renamed twice", at: field.value.span) }
            renames[old] = new
        }
        return renames
    }
}
