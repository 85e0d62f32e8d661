import QuerySyntax
import Testing

@Suite struct RealisticQueryTests {
    static let source: String = #"""
        # Coroners' reports after deaths in custody
        let as_of = @2022-07-14
        let window = 56

        report title:"Prevention of Future Deaths reports" language:en

        let reports = (
          from "data/pfd_state_custody_subset.csv"
          derive {
            due_on = add_days date_of_report window,
            answered = least responses sent_count,
          }
        )

        let by_area =
          from reports
          filter sent_count != null
          group {coroner_area} (aggregate {
            reports = count this,
            sent = sum sent_count,
          })
          derive {rate = answered / sent, rank = rank rate ties:competition descending:true}
          sort {-rate, coroner_area}
          take 1..20

        note "Response rate" f"{treatment.no_sent} rows have no addressee count"
        export by_area to sheet "By area" title:"Response rate by coroner area" chart:bar x:coroner_area y:rate

        """#

    @Test func parsesEveryStatement() {
        #expect(
            ast(Self.source) == #"""
                (let as_of @2022-07-14)
                (let window 56)
                (call report title:"Prevention of Future Deaths reports" language:en)
                (let reports (pipeline (call from "data/pfd_state_custody_subset.csv") (call derive (tuple due_on=(call add_days date_of_report window) answered=(call least responses sent_count)))))
                (let by_area (pipeline (call from reports) (call filter (!= sent_count null)) (call group (tuple coroner_area) (call aggregate (tuple reports=(call count this) sent=(call sum sent_count)))) (call derive (tuple rate=(/ answered sent) rank=(call rank rate ties:competition descending:true))) (call sort (tuple (- rate) coroner_area)) (call take (range 1 20))))
                (call note "Response rate" (fstring treatment.no_sent " rows have no addressee count"))
                (export by_area (call sheet "By area" title:"Response rate by coroner area" chart:bar x:coroner_area y:rate))
                """#)
    }

    @Test func statementSpansCoverTheirLines() throws {
        let file = SourceFile(name: "Queries/pfd.query", text: Self.source)
        let spans = try Parser.parse(file).statements.map(\.span)
        #expect(
            spans.map { "\($0.start.line)-\($0.end.line)" } == [
                "2-2", "3-3", "5-5", "7-13", "15-24", "26-26", "27-27",
            ])
        #expect(file.text(in: spans[3]).hasSuffix("}\n)"))
        #expect(file.text(in: spans[4]).hasSuffix("take 1..20"))
    }

    @Test func aBrokenCopyPointsAtTheMistake() {
        let broken = Self.source.replacing(
            "sort {-rate, coroner_area}", with: "sort {-rate coroner_area", maxReplacements: 1)
        #expect(
            renderedErrors(broken, name: "Queries/pfd.query") == """
                Queries/pfd.query:23:15: error: expected ',' or '}' to close '{' opened at 23:8
                      sort {-rate coroner_area
                                  ^~~~~~~~~~~~
                """)
    }
}
