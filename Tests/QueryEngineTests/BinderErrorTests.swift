import Foundation
import Frame
import FrameIO
import QueryEngine
import QuerySyntax
import Testing
import TestSupport

/// Binds `text` (a query over the golden folder's `recommendations.csv`) and returns the
/// rendered diagnostics, or `nil` when it binds.
func bindingErrors(_ text: String, overrides: [String: String] = [:]) -> String? {
    let folder = Fixtures.path("Tests/QueryEngineTests/Golden")
    let file = SourceFile(name: "q.query", text: text)
    do {
        _ = try Binder.bind(try Parser.parse(file), overrides: overrides) {
            Schema(of: try CSVReader.read(path: "\(folder)/\($0.path)").frame)
        }
        return nil
    } catch {
        return error.rendered(in: file)
    }
}

@Suite struct BinderErrorTests {
    @Test func unknownColumnSuggestsTheClosestName() {
        let errors = bindingErrors("let r = from \"recommendations.csv\" | filter facilty == \"U.12\"\n")
        #expect(errors == """
            q.query:1:45: error: unknown name 'facilty'
                let r = from "recommendations.csv" | filter facilty == "U.12"
                                                            ^~~~~~~
            help: did you mean 'facility'?
            """)
    }

    @Test func unknownFunctionSuggestsTheClosestName() {
        let errors = bindingErrors("let r = from \"recommendations.csv\" | derive {d = add_day issued_on 3}\n")
        #expect(errors?.contains("unknown function 'add_day'") == true)
        #expect(errors?.contains("did you mean 'add_days'?") == true)
    }

    @Test func typeErrorsNameBothTypes() {
        let errors = bindingErrors("let r = from \"recommendations.csv\" | filter facility > 3\n")
        #expect(errors?.contains("error: cannot compare string with int64") == true)
    }

    @Test func filterNeedsACondition() {
        let errors = bindingErrors("let r = from \"recommendations.csv\" | filter sent + 1\n")
        #expect(errors?.contains("filter needs a true/false condition, but this is int64") == true)
    }

    @Test func aggregateNeedsKeysOrAggregates() {
        let errors = bindingErrors("let r = from \"recommendations.csv\" | group {facility} (aggregate {s = sent})\n")
        #expect(errors?.contains("'sent' is not a group key, so it needs an aggregate here") == true)
    }

    @Test func callInsideAnOperatorExplainsTheParentheses() {
        let errors = bindingErrors("let r = from \"recommendations.csv\" | derive {m = contains facility \"U\" || contains status \"c\"}\n")
        #expect(errors?.contains("'contains' is a function, not a value: give it its arguments (contains text piece)") == true)
        #expect(errors?.contains("help: a call inside an operator needs parentheses") == true)
    }

    @Test func laterUsesOfAFailedRelationAreNotReportedAgain() {
        let errors = bindingErrors("""
            let a = from "recommendations.csv" | filter nope > 1
            let b = from a | take 3
            export b to sheet "B"
            """)
        #expect(errors?.components(separatedBy: "error:").count == 2)
    }

    @Test func unknownParameterOverrideIsAnError() {
        let errors = bindingErrors("let as_of = @2024-01-01\nlet r = from \"recommendations.csv\"\n", overrides: ["as_off": "2024-02-01"])
        #expect(errors?.contains("the query declares no parameter 'as_off'. Did you mean 'as_of'?") == true)
    }

    @Test func parameterOverrideMustMatchTheDefaultsType() {
        let errors = bindingErrors("let as_of = @2024-01-01\nlet r = from \"recommendations.csv\"\n", overrides: ["as_of": "yesterday"])
        #expect(errors?.contains("expected a date such as 2022-07-14") == true)
    }

    @Test func parameterOverrideReplacesTheDefault() throws {
        let folder = Fixtures.path("Tests/QueryEngineTests/Golden")
        let file = SourceFile(name: "q.query", text: "let window = 56\nlet r = from \"recommendations.csv\" | derive {d = add_days issued_on window}\n")
        let query = try Binder.bind(try Parser.parse(file), overrides: ["window": "10"]) {
            Schema(of: try CSVReader.read(path: "\(folder)/\($0.path)").frame)
        }
        #expect(query.parameters.first?.value == .value(.int(10)))
        #expect(query.parameters.first?.overridden == true)
    }

    @Test func missingDataFileIsReportedAtTheFromClause() {
        let errors = bindingErrors("let r = from \"missing.csv\"\n")
        #expect(errors?.hasPrefix("q.query:1:14: error: cannot read 'missing.csv'") == true)
    }

    @Test func exportNamesAnUnknownColumn() {
        let errors = bindingErrors("let r = from \"recommendations.csv\"\nexport r to sheet \"R\" percent:{scor}\n")
        #expect(errors?.contains("unknown column 'scor'") == true)
        #expect(errors?.contains("did you mean 'score'?") == true)
    }
}
