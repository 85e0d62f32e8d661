import Frame
import QuerySyntax
import Report

extension Binder {
    func bindReport(_ call: Call) throws(Diagnostic) -> ReportDirective {
        let allowed = ["title", "issuer", "source", "licence", "language"]
        var values: [String: String] = [:]
        for named in call.named {
            guard allowed.contains(named.name) else {
                throw .unknown("report field", named.name, at: named.nameSpan, candidates: allowed)
            }
            values[named.name] = try text(named.value)
        }
        guard call.positional.isEmpty else { throw .error("report takes named fields: report title:\"…\" source:\"…\"", at: call.calleeSpan) }
        guard let title = values["title"] else { throw .error("report needs title:\"…\"", at: call.calleeSpan) }
        guard let source = values["source"] else { throw .error("report needs source:\"…\" (where the data comes from)", at: call.calleeSpan) }
        let languageCode = values["language"] ?? "en"
        guard let language = ReportLanguage(rawValue: languageCode) else {
            throw .error("language:\"\(languageCode)\" is not supported; use \"en\" or \"es\"", at: call.calleeSpan)
        }
        return ReportDirective(title: title, issuer: values["issuer"], source: source, licence: values["licence"], language: language)
    }

    func bindNote(_ call: Call) throws(Diagnostic) -> NoteDirective {
        guard call.positional.count == 2 else {
            throw .error("note \"Term\" \"What it means\" (optionally formula:\"…\")", at: call.calleeSpan)
        }
        var formula: String?
        for named in call.named {
            guard named.name == "formula" else { throw .unknown("note field", named.name, at: named.nameSpan, candidates: ["formula"]) }
            formula = try text(named.value)
        }
        return NoteDirective(term: try text(call.positional[0]), definition: try template(call.positional[1]), formula: formula)
    }

    func bindExport(_ name: String, _ target: Expr, span: Span) throws(Diagnostic) -> ExportDirective {
        guard let schema = relations[name] else {
            throw unknownRelation(name, at: span)
        }
        guard case .call(let call) = target.kind, call.callee == "sheet", call.positional.count == 1 else {
            throw .error("export NAME to sheet \"Tab name\" title:\"…\"", at: target.span)
        }
        var export = ExportDirective(
            relation: name, sheetName: try text(call.positional[0]), title: name, description: "",
            formats: [:], headers: [:], chart: nil)
        var chart: (kind: ChartKind, span: Span)?
        var suppression = CellSuppression(counts: [])
        var axes: [String: String] = [:]
        let formatNames: [String: ColumnFormat] = [
            "percent": .percent, "count": .count, "days": .days, "date": .date, "text": .text,
            "decimal": .decimal(places: 2), "plain": .plain,
        ]
        for named in call.named {
            switch named.name {
            case "title": export.title = try text(named.value)
            case "description": export.description = try text(named.value)
            case "chart":
                let kindName = try namedText(call, "chart", default: "bar", allowed: ["bar", "line"])
                chart = (ChartKind(rawValue: kindName)!, named.value.span)
            case "x", "y", "series":
                axes[named.name] = try columnName(named.value, in: schema)
            case "suppress", "derived":
                var columns: [String] = []
                for field in try fields(of: named.value, requireNames: false) {
                    let column = try columnName(field.expr, in: schema)
                    if named.name == "suppress" && schema.fields[schema.index(of: column)!].type != .int64 {
                        throw .error("suppress:{…} hides small counts; '\(column)' is not a whole number (name rates computed from them in derived:{…})", at: field.span)
                    }
                    columns.append(column)
                }
                if named.name == "suppress" { suppression.counts = columns } else { suppression.derived = columns }
            case "below":
                guard case .literal(.integer(let threshold)) = named.value.kind, threshold > 0 else {
                    throw .error("below:N, the smallest count shown (a whole number above 0), such as below:5", at: named.value.span)
                }
                suppression.threshold = threshold
            case "keep_zeros":
                guard case .literal(.bool(let flag)) = named.value.kind else { throw .error("keep_zeros:true or keep_zeros:false", at: named.value.span) }
                suppression.keepsZeros = flag
            case "headers":
                guard case .tuple(let fields) = named.value.kind else { throw .error("headers:{column = \"Header\", …}", at: named.value.span) }
                for field in fields {
                    guard let alias = field.alias else { throw .error("headers:{column = \"Header\", …}", at: field.value.span) }
                    guard schema.index(of: alias) != nil else { throw .unknown("column", alias, at: field.aliasSpan ?? field.value.span, candidates: schema.names) }
                    export.headers[alias] = try text(field.value)
                }
            default:
                guard let format = formatNames[named.name] else {
                    throw .unknown("export option", named.name, at: named.nameSpan,
                        candidates: ["title", "description", "chart", "x", "y", "series", "headers", "suppress", "derived", "below", "keep_zeros"]
                            + formatNames.keys.sorted())
                }
                for field in try fields(of: named.value, requireNames: false) {
                    let column = try columnName(field.expr, in: schema)
                    let type = schema.fields[schema.index(of: column)!].type
                    guard Binder.format(format, fits: type) else {
                        throw .error("\(named.name):{…} does not apply to '\(column)', which is \(type)", at: field.span)
                    }
                    export.formats[column] = format
                }
            }
        }
        let suppressionOptions = call.named.filter { ["suppress", "derived", "below", "keep_zeros"].contains($0.name) }
        if !suppressionOptions.isEmpty {
            guard !suppression.counts.isEmpty else {
                throw .error("suppress:{count, …} names the counts to hide; derived:, below: and keep_zeros: refine it", at: suppressionOptions[0].nameSpan)
            }
            export.suppression = suppression
        }
        if let chart {
            guard let x = axes["x"], let y = axes["y"] else {
                throw .error("a chart needs x:COLUMN and y:COLUMN", at: chart.span)
            }
            let xType = schema.fields[schema.index(of: x)!].type
            export.chart = ChartSpec(kind: chart.kind, x: x, y: y, series: axes["series"], xIsQuarter: chart.kind == .line && xType == .date)
        }
        return export
    }

    /// Whether a display format suits a column type.
    static func format(_ format: ColumnFormat, fits type: DataType) -> Bool {
        switch format {
        case .text: true
        case .date: type == .date
        case .count, .days, .plain: type == .int64
        case .percent, .decimal, .truncated: type.isNumeric
        }
    }

    /// A plain string literal.
    private func text(_ expr: Expr) throws(Diagnostic) -> String {
        guard case .literal(.string(let s)) = expr.kind else { throw .error("expected text in quotes", at: expr.span) }
        return s
    }

    /// A string or f-string whose values are parameters or `relation.column` of a one-row relation.
    private func template(_ expr: Expr) throws(Diagnostic) -> TextTemplate {
        switch expr.kind {
        case .literal(.string(let s)):
            return TextTemplate(pieces: [.text(s)])
        case .fString(let parts):
            var pieces: [TextTemplate.Piece] = []
            for part in parts {
                switch part {
                case .text(let t): pieces.append(.text(t))
                case .expression(let e):
                    guard case .identifier(let path) = e.kind else {
                        throw .error("in a note, {…} holds a parameter or relation.column", at: e.span)
                    }
                    if path.count == 1, let parameter = parameters.first(where: { $0.name == path[0] }) {
                        if case .value(let value) = parameter.value {
                            pieces.append(.constant(value))
                        } else {
                            pieces.append(.text(parameter.value.description))
                        }
                    } else if path.count == 2, let schema = relations[path[0]] {
                        guard schema.index(of: path[1]) != nil else {
                            throw .unknown("column of \(path[0])", path[1], at: e.span, candidates: schema.names)
                        }
                        pieces.append(.value(relation: path[0], column: path[1]))
                    } else if path.count == 2, failedRelations.contains(path[0]) {
                        throw unknownRelation(path[0], at: e.span)
                    } else {
                        throw .unknown("name", path.joined(separator: "."), at: e.span,
                            candidates: parameters.map(\.name) + relations.keys.sorted())
                    }
                }
            }
            return TextTemplate(pieces: pieces)
        default:
            throw .error("expected text in quotes or an f\"…\" string", at: expr.span)
        }
    }

}
