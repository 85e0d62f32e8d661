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
            let rightKeys = Set(keys.map(\.right))
            var columns = ["row_number() OVER (ORDER BY l.__row, r.__row) AS __row"]
            columns += left.schema.names.map { "l.\(SQLText.identifier($0))" }
            let rightNames = right.schema.names.filter { !rightKeys.contains($0) }
            for (name, output) in zip(rightNames, schema.names.dropFirst(left.schema.fields.count)) {
                columns.append("r.\(SQLText.identifier(name)) AS \(SQLText.identifier(output))")
            }
            // A null key matches nothing, as SQL's `=` has it.
            let on = keys.map { "l.\(SQLText.identifier($0.left)) = r.\(SQLText.identifier($0.right))" }.joined(separator: " AND ")
            let join = kind == .left ? "LEFT JOIN" : "JOIN"
            return emit("SELECT \(columns.joined(separator: ", ")) FROM \(SQLText.identifier(l)) l \(join) \(SQLText.identifier(r)) r ON \(on)")
        case .survival:
            throw SQLEmissionError("kaplan_meier has no SQL translation: DuckDB has no Kaplan–Meier estimator")
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

    /// `, 0 AS "col"` for each column that an added row fills with zero; the others stay null.
    private func zeros(_ schema: Schema, except column: String, _ zero: [String]?) -> String {
        schema.fields.filter { $0.name != column && $0.type.isNumeric && (zero?.contains($0.name) ?? true) }
            .map { ", \($0.type == .int64 ? "0" : "0.0") AS \(SQLText.identifier($0.name))" }.joined()
    }
}
