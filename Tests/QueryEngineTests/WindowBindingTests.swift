import Testing

/// Window transforms and functions: what binds, and the errors a user can cause.
@Suite struct WindowBindingTests {
    static func query(_ pipeline: String) -> String {
        "let r = (\nfrom \"recommendations.csv\"\n\(pipeline)\n)\n"
    }

    @Test func windowsBind() {
        #expect(bindingErrors(Self.query("sort {issued_on}\nwindow range:-89..0 (derive {s = sum sent})")) == nil)
        #expect(bindingErrors(Self.query("group {facility} (sort {-issued_on} | window rolling:2 (derive {m = mean score}))")) == nil)
        #expect(bindingErrors(Self.query("group {facility} (derive {n = row_number this, p = lag 1 score default:0})")) == nil)
    }

    @Test func aRangeNeedsOneSortColumn() {
        let errors = bindingErrors(Self.query("window range:-89..0 (derive {s = sum sent})"))
        #expect(errors?.contains("a range frame measures one sort column") == true)
        let text = bindingErrors(Self.query("sort {facility}\nwindow range:-1..0 (derive {s = sum sent})"))
        #expect(text?.contains("one number or date column") == true)
    }

    @Test func aFrameTakesOnlySlidingAggregates() {
        let errors = bindingErrors(Self.query("window rows:-2..0 (derive {m = median score})"))
        #expect(errors?.contains("'median' cannot slide over a frame") == true)
    }

    @Test func windowFunctionsStayOutOfAggregates() {
        let errors = bindingErrors(Self.query("aggregate {x = lag 1 sent}"))
        #expect(errors?.contains("'lag' works over rows") == true)
    }

    @Test func badFramesSayWhatIsExpected() {
        #expect(bindingErrors(Self.query("window rolling:0 (derive {s = sum sent})"))?.contains("rolling:N") == true)
        #expect(bindingErrors(Self.query("window rows:-2..0 range:-1..0 (derive {s = sum sent})"))?.contains("one frame") == true)
        #expect(bindingErrors(Self.query("window step:2 (derive {s = sum sent})"))?.contains("unknown option of window") == true)
        #expect(bindingErrors(Self.query("derive {q = ntile 0}"))?.contains("ntile N") == true)
    }
}
