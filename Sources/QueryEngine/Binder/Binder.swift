import Foundation
import Frame
import QuerySyntax
import Report

/// Resolves every name of a parsed query against the sources' schemas, checks types, and builds
/// the logical plans, before any row is read.
///
/// Errors are collected as diagnostics with spans, so `check` can report all of them at once.
public struct Binder {
    /// Gives the schema of a data file named in `from`, relative to the query file.
    public typealias SchemaProvider = (_ source: Source) throws -> Schema

    let registry: FunctionRegistry
    let schemaOf: SchemaProvider
    var parameters: [BoundParameter] = []
    var relations: [String: Schema] = [:]
    var relationOrder: [(name: String, plan: LogicalPlan)] = []
    /// Relations whose definition failed: later uses of them report nothing more.
    var failedRelations: Set<String> = []
    var diagnostics: [Diagnostic] = []
    /// The files taking part, and the index of the one whose statement is being bound.
    var origins: [LinkedQuery.Origin] = []
    var origin = 0
    /// Where each parameter and relation was defined, for the error when a name comes twice.
    var definitionSites: [String: (span: Span, origin: Int)] = [:]

    /// Binds a parsed file, applying `overrides` (from `--param name=value`) to its parameters.
    public static func bind(
        _ file: QueryFile, overrides: [String: String] = [:],
        registry: FunctionRegistry = .standard, schemaOf: @escaping SchemaProvider
    ) throws(Diagnostics) -> CompiledQuery {
        try bind(LinkedQuery(file), overrides: overrides, registry: registry, schemaOf: schemaOf)
    }

    /// Binds a query file with the files it includes; diagnostics in an included file name it.
    public static func bind(
        _ query: LinkedQuery, overrides: [String: String] = [:],
        registry: FunctionRegistry = .standard, schemaOf: @escaping SchemaProvider
    ) throws(Diagnostics) -> CompiledQuery {
        var binder = Binder(registry: registry, schemaOf: schemaOf)
        binder.origins = query.origins
        return try binder.bindFile(query, overrides: overrides)
    }

    init(registry: FunctionRegistry, schemaOf: @escaping SchemaProvider) {
        self.registry = registry
        self.schemaOf = schemaOf
    }

    private mutating func bindFile(_ file: LinkedQuery, overrides: [String: String]) throws(Diagnostics) -> CompiledQuery {
        var report: ReportDirective?
        var notes: [NoteDirective] = []
        var exports: [ExportDirective] = []
        var unused = overrides
        for item in file.items {
            let statement = item.statement
            origin = item.origin
            let reported = diagnostics.count
            defer { placeDiagnostics(from: reported) }
            do {
                switch statement {
                case .let(let name, let value, let span):
                    try claimName(name, at: span)
                    if let constant = try constantValue(value) {
                        let override = unused.removeValue(forKey: name)
                        var bound = constant
                        if let override {
                            // A bad override is reported, and the default kept, so that the
                            // parameter's uses do not report it as unknown.
                            do { bound = try parseOverride(override, like: constant, name: name, span: value.span) } catch {
                                diagnostics.append(error)
                            }
                        }
                        parameters.append(BoundParameter(name: name, value: bound, overridden: override != nil))
                    } else {
                        do {
                            let plan = try bindRelation(value)
                            relations[name] = plan.schema
                            relationOrder.append((name, plan))
                        } catch {
                            failedRelations.insert(name)
                            throw error
                        }
                    }
                case .export(let name, let target, let span):
                    let export = try bindExport(name, target, span: span)
                    try checkSheet(export, against: exports, span: span)
                    exports.append(export)
                case .include(_, let span):
                    throw Diagnostic.error("'include' needs the query's file, to find the included one beside it", at: span)
                case .expression(let expr):
                    guard case .call(let call) = expr.kind else {
                        throw Diagnostic.error("expected a statement: 'let', 'export', 'report' or 'note'", at: expr.span)
                    }
                    switch call.callee {
                    case "report":
                        if report != nil { throw Diagnostic.error("'report' is declared twice", at: call.calleeSpan) }
                        report = try bindReport(call)
                    case "note":
                        notes.append(try bindNote(call))
                    default:
                        throw Diagnostic.unknown("statement", call.callee, at: call.calleeSpan, candidates: ["report", "note", "let", "export"])
                    }
                }
            } catch let diagnostic as Diagnostic {
                // An error that only repeats an earlier failure adds nothing.
                if diagnostic.severity == .error { diagnostics.append(diagnostic) }
            } catch {
                diagnostics.append(.error("\(error)", at: statement.span))
            }
        }
        for name in unused.keys.sorted() {
            let declared = parameters.map(\.name)
            let hint = NameSuggestion.closest(to: name, among: declared).map { " Did you mean '\($0)'?" } ?? ""
            diagnostics.append(.error(
                "--param \(name): the query declares no parameter '\(name)'.\(hint) Parameters: \(declared.joined(separator: ", "))",
                at: file.items.first { $0.origin == 0 }?.statement.span ?? Span(at: SourceLocation(offset: 0, line: 1, column: 1))))
        }
        guard diagnostics.isEmpty else { throw Diagnostics(diagnostics) }
        return CompiledQuery(
            parameters: parameters, relations: relationOrder, report: report, notes: notes, exports: exports)
    }

    /// Rejects a sheet name Excel would refuse or silently change, and a table exported twice.
    private func checkSheet(_ export: ExportDirective, against earlier: [ExportDirective], span: Span) throws(Diagnostic) {
        let name = export.sheetName
        if earlier.contains(where: { $0.relation == export.relation }) {
            throw .error("'\(export.relation)' is exported twice; export each table once", at: span)
        }
        if let clash = earlier.first(where: { $0.sheetName.lowercased() == name.lowercased() }) {
            throw .error("the sheet name \"\(name)\" is already used by '\(clash.relation)' (Excel ignores case)", at: span)
        }
        if name.isEmpty || name.utf16.count > 31 {
            throw .error("a sheet name has 1 to 31 characters; \"\(name)\" has \(name.utf16.count)", at: span)
        }
        if let bad = name.first(where: { "[]:*?/\\".contains($0) }) {
            throw .error("a sheet name cannot hold '\(bad)' (Excel forbids [ ] : * ? / \\)", at: span)
        }
        if name.hasPrefix("'") || name.hasSuffix("'") || name.lowercased() == "history" {
            throw .error("Excel does not accept the sheet name \"\(name)\"", at: span)
        }
    }

    /// The value of a `let` whose right side is a constant (a parameter), or `nil` for a relation.
    func constantValue(_ expr: Expr) throws(Diagnostic) -> Constant? {
        switch expr.kind {
        case .literal(let literal): return .value(Binder.value(of: literal))
        case .unary(.negate, let operand):
            if case .literal(.integer(let v)) = operand.kind { return .value(.int(-v)) }
            if case .literal(.decimal(let v, _)) = operand.kind { return .value(.double(-v)) }
            return nil
        case .array(let items):
            var values: [Value] = []
            for item in items {
                guard case .value(let v)? = try constantValue(item) else {
                    throw .error("a list parameter holds only literal values", at: item.span)
                }
                values.append(v)
            }
            return .list(values)
        default:
            return nil
        }
    }

    static func value(of literal: Literal) -> Value {
        switch literal {
        case .integer(let v): .int(v)
        case .decimal(let v, _): .double(v)
        case .string(let s): .string(s)
        case .date(let d): .date(Day(year: d.year, month: d.month, day: d.day)!)
        case .bool(let b): .bool(b)
        case .null: .null
        }
    }

    /// Reads a `--param` value as the same type as the parameter's default.
    private func parseOverride(_ text: String, like constant: Constant, name: String, span: Span) throws(Diagnostic) -> Constant {
        func fail(_ expected: String) -> Diagnostic {
            .error("--param \(name)=\(text): expected \(expected), as the default \(constant) is", at: span)
        }
        guard case .value(let value) = constant else {
            let items = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            return .list(items.map { Int64($0).map(Value.int) ?? Double($0).map(Value.double) ?? .string($0) })
        }
        switch value {
        case .date:
            let trimmed = text.hasPrefix("@") ? String(text.dropFirst()) : text
            guard let day = Day(iso: trimmed) else { throw fail("a date such as 2022-07-14") }
            return .value(.date(day))
        case .int:
            guard let v = Int64(text) else { throw fail("a whole number") }
            return .value(.int(v))
        case .double:
            guard let v = Double(text), v.isFinite else { throw fail("a number") }
            return .value(.double(v))
        case .bool:
            guard text == "true" || text == "false" else { throw fail("true or false") }
            return .value(.bool(text == "true"))
        case .string, .null:
            return .value(.string(text))
        }
    }
}
