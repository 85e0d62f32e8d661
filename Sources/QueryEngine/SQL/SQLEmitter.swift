import Frame

/// Writes DuckDB SQL that computes what a compiled query computes: the same rows, in the same
/// order, with the engine's semantics spelled out where DuckDB's defaults differ.
///
/// Each relation becomes a chain of CTEs, one per plan node, the last one named after the
/// relation; every CTE carries a hidden `__row` column holding the engine's row order, which
/// is what makes `take`, first-appearance group order, stable sorts and ordinal ranks agree.
/// The statement of a relation repeats the CTEs of the relations it reads, so each statement
/// runs on its own. Translate the plans as bound, before optimisation: a scan must list every
/// column of its file for `read_csv`.
public struct SQLEmitter {
    /// How a scan names its file in `read_csv`.
    let path: (Source) -> String

    /// An emitter that names each data file with `path`.
    public init(path: @escaping (Source) -> String = { $0.path }) { self.path = path }

    /// One statement per relation, in the order they run.
    public func statements(for query: CompiledQuery) throws(SQLEmissionError) -> [(name: String, sql: String)] {
        var definitions: [String: [(name: String, body: String)]] = [:]
        var dependencies: [String: Set<String>] = [:]
        var statements: [(name: String, sql: String)] = []
        for relation in query.relations {
            var chain = CTEChain(relation: relation.name, path: path)
            let last = try chain.add(relation.plan)
            if chain.ctes.last?.name == last {
                chain.ctes[chain.ctes.count - 1].name = relation.name
            } else {
                chain.ctes.append((relation.name, "SELECT * FROM \(SQLText.identifier(last))"))
            }
            let needed = chain.references.reduce(into: chain.references) { $0.formUnion(dependencies[$1] ?? []) }
            dependencies[relation.name] = needed
            definitions[relation.name] = chain.ctes
            let ctes = query.relations.map(\.name).filter(needed.contains).flatMap { definitions[$0]! } + chain.ctes
            let with = ctes.map { "\(SQLText.identifier($0.name)) AS (\n  \($0.body)\n)" }.joined(separator: ",\n")
            let sql = "WITH\n\(with)\nSELECT * EXCLUDE (__row) FROM \(SQLText.identifier(relation.name)) ORDER BY __row;"
            statements.append((relation.name, sql))
        }
        return statements
    }

    /// Every relation's statement, each after a `-- name` line.
    public func script(for query: CompiledQuery) throws(SQLEmissionError) -> String {
        try statements(for: query).map { "-- \($0.name)\n\($0.sql)\n" }.joined(separator: "\n")
    }
}

/// The CTEs of one relation, built node by node from the plan's leaves.
private struct CTEChain {
    let relation: String
    let path: (Source) -> String
    var ctes: [(name: String, body: String)] = []
    /// The earlier relations this one reads.
    var references: Set<String> = []

    init(relation: String, path: @escaping (Source) -> String) {
        self.relation = relation
        self.path = path
    }

    /// Adds a CTE and returns its name.
    private mutating func emit(_ body: String) -> String {
        let name = "\(relation)__\(ctes.count + 1)"
        ctes.append((name, body))
        return name
    }

    /// Adds the CTEs computing `plan` and returns the name of the one holding its rows.
    mutating func add(_ plan: LogicalPlan) throws(SQLEmissionError) -> String {
        switch plan {
        case .scan(let source, let columns, let schema):
            // Every cell is read as text and converted as the engine's reader converts it; the
            // names are the engine's, which repairs empty and repeated headers.
            let nulls = (["", "NA"] + source.options.nulls).map(SQLText.string)
            let names = schema.names.map { "\(SQLText.string($0)): 'VARCHAR'" }.joined(separator: ", ")
            let read = "read_csv(\(SQLText.string(path(source))), header = true, columns = {\(names)}, "
                + "delim = \(SQLText.string(String(source.options.delimiter ?? ","))), quote = '\"', escape = '\"', "
                + "nullstr = [\(nulls.joined(separator: ", "))])"
            let values = columns.map { name in
                let type = schema.fields[schema.index(of: name)!].type
                return "\(SQLText.fromText(SQLText.identifier(name), type)) AS \(SQLText.identifier(name))"
            }
            return emit("SELECT row_number() OVER () AS __row, \(values.joined(separator: ", ")) FROM \(read)")
        case .reference(let name, _):
            references.insert(name)
            return name
        case .filter(let input, let predicate):
            let from = try add(input)
            // A condition over the whole relation (an aggregate or a rank) is a window: QUALIFY.
            let clause = predicate.readsOtherRows ? "QUALIFY" : "WHERE"
            return emit("SELECT * FROM \(SQLText.identifier(from)) \(clause) \(try predicate.sql(grouped: false))")
        case .derive(let input, let items, _):
            // One CTE per item, since each may read the ones before it.
            var from = try add(input)
            var names = Set(input.schema.names)
            for item in items {
                let value = "\(try item.expr.sql(grouped: false)) AS \(SQLText.identifier(item.name))"
                let select = names.contains(item.name) ? "* REPLACE (\(value))" : "*, \(value)"
                from = emit("SELECT \(select) FROM \(SQLText.identifier(from))")
                names.insert(item.name)
            }
            return from
        case .select(let input, let items, _):
            let from = try add(input)
            var values = ["__row"]
            for item in items { values.append("\(try item.expr.sql(grouped: false)) AS \(SQLText.identifier(item.name))") }
            return emit("SELECT \(values.joined(separator: ", ")) FROM \(SQLText.identifier(from))")
        case .aggregate(let input, let keys, let values, _):
            let from = try add(input)
            // Groups come in order of first appearance: each takes its first row's position.
            var columns = [keys.isEmpty ? "1 AS __row" : "min(__row) AS __row"]
            var groupBy: [String] = []
            for key in keys {
                let expr = try key.expr.sql(grouped: false)
                columns.append("\(expr) AS \(SQLText.identifier(key.name))")
                groupBy.append(expr)
            }
            for value in values { columns.append("\(try value.expr.sql(grouped: true)) AS \(SQLText.identifier(value.name))") }
            let grouping = groupBy.isEmpty ? "" : " GROUP BY \(groupBy.joined(separator: ", "))"
            return emit("SELECT \(columns.joined(separator: ", ")) FROM \(SQLText.identifier(from))\(grouping)")
        case .sort(let input, let keys):
            let from = try add(input)
            // Stable: ties keep their order. Nulls go where the query says (last by default).
            let order = keys.map { key in
                SQLText.identifier(key.column) + (key.descending ? " DESC" : " ASC") + (key.nullsFirst ? " NULLS FIRST" : " NULLS LAST")
            } + ["__row"]
            return emit("SELECT * REPLACE (row_number() OVER (ORDER BY \(order.joined(separator: ", "))) AS __row) FROM \(SQLText.identifier(from))")
        case .take(let input, let offset, let count):
            let from = try add(input)
            let limit = count.map { " LIMIT \($0)" } ?? ""
            return emit("SELECT * FROM \(SQLText.identifier(from)) ORDER BY __row\(limit) OFFSET \(offset)")
        case .join(let left, let right, let keys, let kind, let schema):
            let l = try add(left), r = try add(right)
            // A null key matches nothing, as SQL's `=` has it.
            let on = keys.map { "l.\(SQLText.identifier($0.left)) = r.\(SQLText.identifier($0.right))" }.joined(separator: " AND ")
            if kind == .semi || kind == .anti {
                let columns = ["l.__row"] + left.schema.names.map { "l.\(SQLText.identifier($0))" }
                return emit("SELECT \(columns.joined(separator: ", ")) FROM \(SQLText.identifier(l)) l \(kind.rawValue.uppercased()) JOIN \(SQLText.identifier(r)) r ON \(on)")
            }
            let rightKeys = Set(keys.map(\.right))
            // Unmatched right rows (no left row) sort last, in right-row order: nulls sort last.
            var columns = ["row_number() OVER (ORDER BY l.__row, r.__row) AS __row"]
            let keyOf = Dictionary(keys.map { ($0.left, $0.right) }, uniquingKeysWith: { first, _ in first })
            for name in left.schema.names {
                if let key = keyOf[name], kind == .right || kind == .full {
                    // As `USING`: the key of an unmatched right row shows in the left key column.
                    columns.append("CASE WHEN l.__row IS NULL THEN r.\(SQLText.identifier(key)) ELSE l.\(SQLText.identifier(name)) END AS \(SQLText.identifier(name))")
                } else {
                    columns.append("l.\(SQLText.identifier(name))")
                }
            }
            let rightNames = right.schema.names.filter { !rightKeys.contains($0) }
            for (name, output) in zip(rightNames, schema.names.dropFirst(left.schema.fields.count)) {
                columns.append("r.\(SQLText.identifier(name)) AS \(SQLText.identifier(output))")
            }
            let join = switch kind {
            case .left: "LEFT JOIN"
            case .right: "RIGHT JOIN"
            case .full: "FULL JOIN"
            default: "JOIN"
            }
            return emit("SELECT \(columns.joined(separator: ", ")) FROM \(SQLText.identifier(l)) l \(join) \(SQLText.identifier(r)) r ON \(on)")
        case .asOfJoin(let left, let right, let condition, let schema):
            let l = try add(left), r = try add(right)
            return emit(try asOfJoin(l, r, left: left.schema, right: right.schema, condition, schema))
        case .append(let top, let bottom, _):
            let t = SQLText.identifier(try add(top)), b = SQLText.identifier(try add(bottom))
            // DuckDB's BY NAME matches columns as the engine does; the bottom rows follow the top's.
            return emit("SELECT * FROM \(t) UNION ALL BY NAME SELECT * REPLACE ((SELECT coalesce(max(__row), 0) FROM \(t)) + __row AS __row) FROM \(b)")
        case .survival(let input, let duration, let event, let options):
            let from = try add(input)
            let subjects = emit(SQLKaplanMeier.subjects(
                from: from, duration: try duration.sql(grouped: false), event: try event.sql(grouped: false)))
            let table = emit(SQLKaplanMeier.table(of: subjects, options))
            return options.median ? emit(SQLKaplanMeier.median(of: table, subjects: subjects)) : table
        case .fillQuarters(let input, let column, let zero):
            let from = try add(input)
            let c = SQLText.identifier(column), src = SQLText.identifier(from)
            let quarters = "SELECT CAST(unnest(generate_series(CAST(date_trunc('quarter', min(\(c))) AS TIMESTAMP), "
                + "CAST(max(\(c)) AS TIMESTAMP), INTERVAL 3 MONTH)) AS DATE) AS q FROM \(src)"
            let added = "SELECT (SELECT coalesce(max(__row), 0) FROM \(src)) + row_number() OVER (ORDER BY q) AS __row, q AS \(c)"
                + zeros(input.schema, except: column, zero) + " FROM (\(quarters)) WHERE q NOT IN (SELECT \(c) FROM \(src) WHERE \(c) IS NOT NULL)"
            let filled = emit("SELECT * FROM \(src) UNION ALL BY NAME \(added)")
            return emit("SELECT * REPLACE (row_number() OVER (ORDER BY \(c) ASC NULLS LAST, __row) AS __row) FROM \(SQLText.identifier(filled))")
        case .complete(let input, let column, let values, let zero):
            let from = try add(input)
            let c = SQLText.identifier(column), src = SQLText.identifier(from)
            let type = input.schema.fields[input.schema.index(of: column)!].type
            let rows = values.enumerated().map { "(\($0.offset + 1), \(SQLText.literal($0.element, type: type)))" }
            let added = "SELECT (SELECT coalesce(max(__row), 0) FROM \(src)) + v.position AS __row, v.value AS \(c)"
                + zeros(input.schema, except: column, zero)
                + " FROM (VALUES \(rows.joined(separator: ", "))) v(position, value) WHERE v.value NOT IN (SELECT \(c) FROM \(src) WHERE \(c) IS NOT NULL)"
            let completed = emit("SELECT * FROM \(src) UNION ALL BY NAME \(added)")
            // The listed values first, in list order, then the others in their order.
            let arms = values.enumerated().map { "WHEN \(SQLText.literal($0.element, type: type)) THEN \($0.offset + 1)" }
            let position = "CASE \(c) \(arms.joined(separator: " ")) ELSE \(values.count + 1) END"
            return emit("SELECT * REPLACE (row_number() OVER (ORDER BY \(position), __row) AS __row) FROM \(SQLText.identifier(completed))")
        }
    }

    /// An as-of join as DuckDB's `ASOF LEFT JOIN`: `>=` finds the backward match, `<=` the
    /// forward one; nearest joins both and keeps the closer (the backward one on a tie), and a
    /// tolerance drops a match that is too far.
    private func asOfJoin(
        _ l: String, _ r: String, left: Schema, right: Schema, _ condition: AsOfCondition, _ schema: Schema
    ) throws(SQLEmissionError) -> String {
        let byKeys = condition.by.map { "l.\(SQLText.identifier($0.left)) = X.\(SQLText.identifier($0.right)) AND " }.joined()
        let key = SQLText.identifier(condition.on.left), rightKey = SQLText.identifier(condition.on.right)
        // Of right rows with equal keys, looking back takes the last and forward the first:
        // keeping only that one leaves DuckDB no tie to break its own way.
        let partition = (condition.by.map { SQLText.identifier($0.right) } + [rightKey]).joined(separator: ", ")
        func join(_ alias: String, _ comparison: String) -> String {
            let order = alias == "b" ? "DESC" : "ASC"
            let unique = "(SELECT * FROM \(SQLText.identifier(r)) QUALIFY row_number() OVER (PARTITION BY \(partition) ORDER BY __row \(order)) = 1)"
            return "ASOF LEFT JOIN \(unique) \(alias) ON \(byKeys.replacingOccurrences(of: "X.", with: "\(alias).")) l.\(key) \(comparison) \(alias).\(rightKey)"
        }
        let backwardDistance = "(l.\(key) - b.\(rightKey))", forwardDistance = "(f.\(rightKey) - l.\(key))"
        let tolerance = condition.tolerance.map(formatDouble)
        func within(_ distance: String) -> String { tolerance.map { "\(distance) <= \($0)" } ?? "TRUE" }
        let pick: (backward: String, forward: String)
        let joins: String
        switch condition.direction {
        case .backward:
            joins = join("b", ">=")
            pick = ("b.\(rightKey) IS NOT NULL AND \(within(backwardDistance))", "FALSE")
        case .forward:
            joins = join("f", "<=")
            pick = ("FALSE", "f.\(rightKey) IS NOT NULL AND \(within(forwardDistance))")
        case .nearest:
            joins = join("b", ">=") + " " + join("f", "<=")
            let forward = "f.\(rightKey) IS NOT NULL AND (b.\(rightKey) IS NULL OR \(forwardDistance) < \(backwardDistance))"
            pick = ("NOT (\(forward)) AND b.\(rightKey) IS NOT NULL AND \(within(backwardDistance))",
                    "\(forward) AND \(within(forwardDistance))")
        }
        var columns = ["l.__row"] + left.names.map { "l.\(SQLText.identifier($0))" }
        let byRight = Set(condition.by.map(\.right))
        for (name, output) in zip(right.names.filter { !byRight.contains($0) }, schema.names.dropFirst(left.fields.count)) {
            let column = SQLText.identifier(name)
            let forward = condition.direction == .backward ? "" : " WHEN \(pick.forward) THEN f.\(column)"
            let backward = condition.direction == .forward ? "" : " WHEN \(pick.backward) THEN b.\(column)"
            columns.append("CASE\(backward)\(forward) END AS \(SQLText.identifier(output))")
        }
        return "SELECT \(columns.joined(separator: ", ")) FROM \(SQLText.identifier(l)) l \(joins)"
    }

    /// `, 0 AS "col"` for each column that an added row fills with zero; the others stay null.
    private func zeros(_ schema: Schema, except column: String, _ zero: [String]?) -> String {
        schema.fields.filter { $0.name != column && $0.type.isNumeric && (zero?.contains($0.name) ?? true) }
            .map { ", \($0.type == .int64 ? "0" : "0.0") AS \(SQLText.identifier($0.name))" }.joined()
    }
}
