import Frame

/// The five questions of the db-benchmark join task (`join-duckdb.R`): x joined to a small,
/// a medium and a big table on integer and text keys, one of them a left join.
enum JoinQuestions {
    /// The join tables, loaded.
    struct Tables {
        var x: DataFrame
        var small: DataFrame
        var medium: DataFrame
        var big: DataFrame
    }

    /// The file names for an x table of `rows` rows (`J1_1e7_NA_0_0.csv` and the three to join).
    static func fileNames(rows: Int) -> [String] {
        let exponent = { (n: Int) in "1e\(String(n).count - 1)" }
        return ["NA", exponent(rows / 1_000_000), exponent(rows / 1_000), exponent(rows)].map {
            "J1_\(exponent(rows))_\($0)_0_0.csv"
        }
    }

    static let all: [(name: String, run: @Sendable (Tables) throws -> DataFrame)] = [
        ("j1", { t in try t.x.joined(t.small, on: [("id1", "id1")]) }),
        ("j2", { t in try t.x.joined(t.medium, on: [("id2", "id2")]) }),
        ("j3", { t in try t.x.joined(t.medium, on: [("id2", "id2")], kind: .left) }),
        ("j4", { t in try t.x.joined(t.medium, on: [("id5", "id5")]) }),
        ("j5", { t in try t.x.joined(t.big, on: [("id3", "id3")]) }),
    ]
}
