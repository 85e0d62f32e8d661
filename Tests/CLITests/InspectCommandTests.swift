import Foundation
import Testing
import TestSupport

/// `query`, `explain` and `sql`: what they print, and their errors word for word.
@Suite struct InspectCommandTests {
    static let data = "id,area,sent\n1,Essex,4\n2,Kent,\n3,Essex,2\n"

    @Test func queryPrintsCSVJSONAndTables() throws {
        let folder = ScratchFolder()
        try folder.write("r.csv", Self.data)
        let pipeline = "from \"r.csv\" | group {area} (aggregate {n = count this, sent = sum sent}) | sort {-n}"
        let csv = try Oversight.run(["query", pipeline, "--format", "csv"], in: folder.url)
        #expect(csv.status == 0)
        #expect(csv.stdout == "area,n,sent\r\nEssex,2,6\r\nKent,1,\r\n")
        let json = try Oversight.run(["query", pipeline, "--format", "json"], in: folder.url)
        #expect(json.stdout == "[\n  {\"area\": \"Essex\", \"n\": 2, \"sent\": 6},\n  {\"area\": \"Kent\", \"n\": 1, \"sent\": null}\n]\n")
        let table = try Oversight.run(["query", pipeline], in: folder.url)
        #expect(table.stdout == """
            area    n      sent
            string  int64  int64
            ------  -----  -----
            Essex   2      6
            Kent    1      null
            (2 rows × 3 columns)

            """)
    }

    @Test func queryReadsStagesOnSeparateLinesAndEarlierRelations() throws {
        let folder = ScratchFolder()
        try folder.write("r.csv", Self.data)
        let text = """
            let totals = (from "r.csv" | group {area} (aggregate {total = sum sent}))

            from "r.csv"
            join totals (==area)
            select {id, total}
            """
        let result = try Oversight.run(["query", text, "--format", "csv"], in: folder.url)
        #expect(result.stdout == "id,total\r\n1,6\r\n2,\r\n3,6\r\n", "\(result.stderr)")
    }

    @Test func queryErrorsPointIntoThePipeline() throws {
        let folder = ScratchFolder()
        try folder.write("r.csv", Self.data)
        let result = try Oversight.run(["query", "from \"r.csv\" | filter snet > 1"], in: folder.url)
        #expect(result.status == 65)
        #expect(result.stderr == """
            <query>:1:23: error: unknown name 'snet'
                from "r.csv" | filter snet > 1
                                      ^~~~
            help: did you mean 'sent'?

            """)
    }

    @Test func queryWithoutAPipelineSaysWhatToAdd() throws {
        let folder = ScratchFolder()
        let result = try Oversight.run(["query", "let n = 3"], in: folder.url)
        #expect(result.status == 1)
        #expect(result.stderr == "error: the query defines no relation to print; end it with a pipeline such as from \"data.csv\" | take 5\n")
    }

    @Test func explainShowsEachStage() throws {
        let folder = ScratchFolder()
        try folder.write("r.csv", Self.data)
        let query = try folder.write("q.query", "let big = (\n  from \"r.csv\"\n  filter sent > 3\n)\n")
        let tokens = try Oversight.run(["explain", query, "--stage", "tokens"], in: folder.url)
        #expect(tokens.stdout.hasPrefix("1:1 keyword let\n1:5 identifier big\n1:9 symbol =\n"))
        let ast = try Oversight.run(["explain", query, "--stage", "ast"], in: folder.url)
        #expect(ast.stdout == "(let big (pipeline (call from \"r.csv\") (call filter (> sent 3))))\n")
        let plan = try Oversight.run(["explain", query, "--stage", "optimized"], in: folder.url)
        #expect(plan.stdout == """
            let big =
              filter (sent#2 > 3)
                scan "r.csv" columns:[id, area, sent] -> {id: int64, area: string, sent: int64}

            """)
        let all = try Oversight.run(["explain", query], in: folder.url)
        #expect(all.stdout.components(separatedBy: "\n== ").count == 4)
    }

    @Test func sqlSpellsOutTheEngineSemantics() throws {
        let folder = ScratchFolder()
        try folder.write("r.csv", Self.data)
        let query = try folder.write("q.query", "let rates = (\n  from \"r.csv\"\n  derive {rate = sent / id}\n  sort {-rate}\n)\n")
        let result = try Oversight.run(["sql", query], in: folder.url)
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("-- rates\nWITH\n\"rates__1\" AS (\n  SELECT row_number() OVER () AS __row,"))
        #expect(result.stdout.contains("(\"sent\" / NULLIF(\"id\", 0)) AS \"rate\""))
        #expect(result.stdout.contains("ORDER BY \"rate\" DESC NULLS LAST, __row"))
        #expect(result.stdout.hasSuffix("SELECT * EXCLUDE (__row) FROM \"rates\" ORDER BY __row;\n"))
    }

    @Test func sqlNamesAFunctionItCannotTranslate() throws {
        let folder = ScratchFolder()
        try folder.write("r.csv", "met,assessed\n3,10\n")
        let query = try folder.write(
            "q.query", "let f = (\n  from \"r.csv\"\n  derive {low = ci_low met assessed method:\"jeffreys\"}\n)\n")
        let result = try Oversight.run(["sql", query], in: folder.url)
        #expect(result.status == 1)
        #expect(result.stderr == "error: cannot translate '\(query)' to SQL: ci_low method:\"jeffreys\" has no SQL translation: its bounds are beta quantiles, and DuckDB has no inverse incomplete beta function\n")
    }

    static let usageErrors: [(arguments: [String], message: String)] = [
        (["explain"], "Error: explain takes one query file"),
        (["explain", "q.query", "--stage", "bound"], "Error: --stage must be tokens, ast, plan, optimized, not 'bound'"),
        (["explain", "missing.query"], "Error: no file at 'missing.query'"),
        (["sql"], "Error: sql takes one query file"),
        (["sql", "missing.query"], "Error: no file at 'missing.query'"),
        (["query"], "Error: query takes one pipeline in quotes, such as 'from \"data.csv\" | take 5'"),
        (["query", "from \"r.csv\"", "--format", "xml"], "Error: --format must be table, csv or json, not 'xml'"),
    ]

    @Test(arguments: usageErrors)
    func usageErrorsExitWith64(_ arguments: [String], _ message: String) throws {
        let folder = ScratchFolder()
        try folder.write("q.query", "let a = (from \"r.csv\")\n")
        let result = try Oversight.run(arguments, in: folder.url)
        #expect(result.status == 64)
        #expect(result.stderr.split(separator: "\n").first.map(String.init) == message)
    }
}
