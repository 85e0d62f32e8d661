import Frame

/// The ten questions of the db-benchmark group-by task, as `peers_groupby.py` asks them of
/// DuckDB (`SELECT id1, sum(v1) AS v1 FROM x GROUP BY id1` and so on).
enum GroupByQuestions {
    static let all: [(name: String, run: @Sendable (DataFrame) throws -> DataFrame)] = [
        ("q1", { x in try summarize(x, by: ["id1"]) { g in [try g.aggregate(x.column("v1"), .sum, name: "v1")] } }),
        ("q2", { x in try summarize(x, by: ["id1", "id2"]) { g in [try g.aggregate(x.column("v1"), .sum, name: "v1")] } }),
        ("q3", { x in
            try summarize(x, by: ["id3"]) { g in
                [try g.aggregate(x.column("v1"), .sum, name: "v1"), try g.aggregate(x.column("v3"), .mean, name: "v3")]
            }
        }),
        ("q4", { x in
            try summarize(x, by: ["id4"]) { g in
                try ["v1", "v2", "v3"].map { try g.aggregate(x.column($0), .mean, name: $0) }
            }
        }),
        ("q5", { x in
            try summarize(x, by: ["id6"]) { g in
                try ["v1", "v2", "v3"].map { try g.aggregate(x.column($0), .sum, name: $0) }
            }
        }),
        ("q6", { x in
            try summarize(x, by: ["id4", "id5"]) { g in
                [try g.aggregate(x.column("v3"), .median, name: "median_v3"),
                 try g.standardDeviation(x.column("v3"), name: "sd_v3")]
            }
        }),
        ("q7", { x in
            try summarize(x, by: ["id3"]) { g in
                let high = try g.aggregate(x.column("v1"), .max, name: "")
                let low = try g.aggregate(x.column("v2"), .min, name: "")
                return [try ArithmeticOperator.subtract.apply(high, low, name: "range_v1_v2")]
            }
        }),
        ("q8", { x in
            let grouping = try RowGrouping(x, keys: ["id6"])
            let rows = try grouping.topRows(2, by: x.column("v3"), descending: true)
            return try x.selecting(["id6", "v3"]).gathering(rows).renamingColumn("v3", to: "largest2_v3")
        }),
        ("q9", { x in
            try summarize(x, by: ["id2", "id4"]) { g in
                let r = try g.correlation(x.column("v1"), x.column("v2"), name: "r2")
                return [try ArithmeticOperator.multiply.apply(r, r, name: "r2")]
            }
        }),
        ("q10", { x in
            try summarize(x, by: ["id1", "id2", "id3", "id4", "id5", "id6"]) { g in
                [try g.aggregate(x.column("v3"), .sum, name: "v3"), try g.aggregate(x.column("v1"), .count, name: "count")]
            }
        }),
    ]

    /// One row per group: the keys, then the columns `aggregates` computes.
    static func summarize(
        _ frame: DataFrame, by keys: [String], _ aggregates: (RowGrouping) throws -> [AnyColumn]
    ) throws -> DataFrame {
        let grouping = try RowGrouping(frame, keys: keys)
        var result = DataFrame(rowCount: grouping.groupCount)
        for key in keys { try result.append(frame.column(key).gathering(grouping.firstRows)) }
        for column in try aggregates(grouping) { try result.append(column) }
        return result
    }
}

extension DataFrame {
    /// The column named `name`, or an error naming the columns there are.
    func column(_ name: String) throws(FrameError) -> AnyColumn {
        guard let column = self[name] else { throw .unknownColumn(name, available: columnNames) }
        return column
    }

    /// The frame with one column renamed.
    func renamingColumn(_ name: String, to newName: String) throws(FrameError) -> DataFrame {
        try DataFrame(columns: columns.map { $0.name == name ? $0.renamed(newName) : $0 })
    }
}
