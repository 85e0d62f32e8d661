import Testing

@Suite struct StatementBoundaryTests {
    @Test func letOnConsecutiveLines() {
        #expect(
            ast("let as_of = @2022-07-14\nlet window = 56")
                == "(let as_of @2022-07-14)\n(let window 56)")
    }

    @Test func parenthesisedPipelineOverSeveralLines() {
        let text = """
            let reports = (
              from "data/pfd.csv"
              filter sent_count != null
              derive {due_on = add_days date_of_report 56}
            )
            let n = 1
            """
        #expect(
            ast(text) == """
                (let reports (pipeline (call from "data/pfd.csv") (call filter (!= sent_count null)) (call derive (tuple due_on=(call add_days date_of_report 56)))))
                (let n 1)
                """)
    }

    @Test func letValueStartingOnTheNextLine() {
        let text = """
            let by_area =
              from reports
              group {coroner_area} (aggregate {reports = count this})

            export by_area to sheet "A"
            """
        #expect(
            ast(text) == """
                (let by_area (pipeline (call from reports) (call group (tuple coroner_area) (call aggregate (tuple reports=(call count this))))))
                (export by_area (call sheet "A"))
                """)
    }

    @Test func columnOneLinesWithoutABlankLineAreStagesOfALet() {
        #expect(ast("let a =\nfrom x\ntake 3") == "(let a (pipeline (call from x) (call take 3)))")
    }

    @Test func blankLineEndsALet() {
        #expect(ast("let a = from x\n\ntake 3") == "(let a (call from x))\n(call take 3)")
    }

    @Test func commentLineCountsAsBlank() {
        #expect(ast("let a = from x\n# next\ntake 3") == "(let a (call from x))\n(call take 3)")
    }

    @Test func indentedLineAfterABlankLineStillContinuesALet() {
        #expect(
            ast("let a =\n  from x\n\n  take 3") == "(let a (pipeline (call from x) (call take 3)))"
        )
    }

    @Test func mixedPipesAndLineBreaks() {
        #expect(
            ast("let a = from x | filter y\n  take 3 | select {z}")
                == "(let a (pipeline (call from x) (call filter y) (call take 3) (call select (tuple z))))"
        )
    }

    @Test func expressionStatementEndsAtItsLine() {
        #expect(
            ast(#"report title:"x""# + "\nnote \"a\"")
                == "(call report title:\"x\")\n(call note \"a\")")
    }

    @Test func indentedLineContinuesAnExpressionStatement() {
        let text = """
            report title:"x"
              language:en
            note "a"
            """
        #expect(ast(text) == "(call report title:\"x\" language:en)\n(call note \"a\")")
    }

    @Test func exportContinuesInsideBracketsAndOnIndentedLines() {
        let text = """
            export t to sheet "S" title:(
              "x") chart:line
              x:quarter_start
            let a = 1
            """
        #expect(
            ast(text)
                == "(export t (call sheet \"S\" title:\"x\" chart:line x:quarter_start))\n(let a 1)"
        )
    }

    @Test func bracesIgnoreLineBreaks() {
        let text = """
            derive {
              a = 1,

              b = [
                2,
                3,
              ],
            }
            """
        #expect(ast(text) == "(call derive (tuple a=1 b=(array 2 3)))")
    }

    @Test func nestedParenthesesEachSeparateStages() {
        let text = """
            let a = (
              from x
              join (
                from y
                select {k}
              ) (==k)
            )
            """
        #expect(
            ast(text)
                == "(let a (pipeline (call from x) (call join (pipeline (call from y) (call select (tuple k))) (== k))))"
        )
    }

    @Test func parenthesesInsideBracesStillSeparateStages() {
        #expect(
            ast("x {a = (from y\ntake 1)}")
                == "(call x (tuple a=(pipeline (call from y) (call take 1))))")
    }

    @Test func blankLinesAndCommentsBetweenStatements() {
        #expect(ast("\n\n# c\n  \nlet a = 1\n\n\n# d\nlet b = 2\n# end") == "(let a 1)\n(let b 2)")
    }

    @Test func emptyFile() {
        #expect(ast("") == "")
        #expect(ast("# only a comment\n") == "")
    }
}
