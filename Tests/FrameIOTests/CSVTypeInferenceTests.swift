import Frame
import FrameIO
import Testing

@Suite("CSV reader: type inference over the whole file")
struct CSVTypeInferenceTests {
    @Test func infersIntegers() throws {
        let frame = try Fixtures.read("n\n1\n-20\n+3\n0\n9223372036854775807\n").frame
        #expect(Fixtures.integers(frame, "n") == [1, -20, 3, 0, Int64.max])
    }

    @Test func readsWholeFloatsAsIntegers() throws {
        let frame = try Fixtures.read("sent\n6.0\n20.00\n\n3\n-1.0\n").frame
        #expect(Fixtures.integers(frame, "sent") == [6, 20, nil, 3, -1])
    }

    @Test func oneFractionMakesTheColumnDouble() throws {
        let frame = try Fixtures.read("x\n6.0\n2\n0.5\n").frame
        #expect(Fixtures.doubles(frame, "x") == [6, 2, 0.5])
    }

    @Test func infersDoubles() throws {
        let frame = try Fixtures.read(
            "r\n0.3333333333333333\n-2.5\n1e-3\n.5\n6.02E23\n12345678901234567890.5\n").frame
        #expect(Fixtures.doubles(frame, "r")
            == [0.3333333333333333, -2.5, 0.001, 0.5, 6.02e23, 12345678901234567890.5])
    }

    /// A whole number too large for `Int64` is an identifier (the UCLA file's `BJS.ID`); as a
    /// double it would lose digits. pandas reads such a column as text too.
    @Test func integerTooLargeForInt64IsText() throws {
        let frame = try Fixtures.read("n\n1\n9223372036854775808\n").frame
        #expect(Fixtures.strings(frame, "n") == ["1", "9223372036854775808"])
        let written = try Fixtures.read("n\n1.5\n9223372036854775808.0\n").frame
        #expect(Fixtures.doubles(written, "n") == [1.5, 9223372036854775808])
    }

    @Test func leadingZerosKeepCodesAsText() throws {
        let frame = try Fixtures.read("code\n007\n12\n").frame
        #expect(Fixtures.strings(frame, "code") == ["007", "12"])
        let decimal = try Fixtures.read("x\n00.5\n").frame
        #expect(Fixtures.strings(decimal, "x") == ["00.5"])
    }

    @Test func infersBooleansInThreeSpellings() throws {
        let frame = try Fixtures.read("b\ntrue\nFalse\nTRUE\n\nfalse\n").frame
        #expect(Fixtures.bools(frame, "b") == [true, false, true, nil, false])
        let other = try Fixtures.read("b\nyes\ntrue\n").frame
        #expect(Fixtures.strings(other, "b") == ["yes", "true"])
        let numeric = try Fixtures.read("b\n1\n0\n").frame
        #expect(Fixtures.integers(numeric, "b") == [1, 0])
    }

    @Test func infersISODates() throws {
        let frame = try Fixtures.read("d\n2022-03-18\n2020-02-29\nNA\n").frame
        #expect(Fixtures.dates(frame, "d") == ["2022-03-18", "2020-02-29", nil])
        let impossible = try Fixtures.read("d\n2022-03-18\n2021-02-29\n").frame
        #expect(Fixtures.strings(impossible, "d") == ["2022-03-18", "2021-02-29"])
    }

    @Test func infersEnglishLongDates() throws {
        let frame = try Fixtures.read("d\n18 March 2022\n1 Sept 2021\n3 may 2016\n").frame
        #expect(Fixtures.dates(frame, "d") == ["2022-03-18", "2021-09-01", "2016-05-03"])
    }

    @Test func mixedDateFormsStayText() throws {
        let frame = try Fixtures.read("d\n2022-03-18\n18 March 2022\n").frame
        #expect(Fixtures.strings(frame, "d") == ["2022-03-18", "18 March 2022"])
    }

    /// Real files write some days with their ordinal suffix ("31st October 2013" in the PFD file).
    @Test func ordinalDaysAreEnglishLongDates() throws {
        let ordinal = try Fixtures.read("d\n18 March 2022\n31st October 2013\n2nd May 2020\n23rd June 2019\n11th July 2018\n").frame
        #expect(Fixtures.dates(ordinal, "d") == ["2022-03-18", "2013-10-31", "2020-05-02", "2019-06-23", "2018-07-11"])
        let wrongSuffix = try Fixtures.read("d\n21th October 2013\nsoon\n").frame
        #expect(Fixtures.strings(wrongSuffix, "d") == ["21th October 2013", "soon"])
    }

    @Test func allNullColumnIsString() throws {
        let frame = try Fixtures.read("a,b\n1,\n2,NA\n").frame
        #expect(frame["b"]?.dataType == .string)
        #expect(frame["b"]?.nullCount == 2)
    }

    @Test func emptyAndNAAreNullByDefault() throws {
        let frame = try Fixtures.read("n,s\n1,x\nNA,NA\n,\"\"\n").frame
        #expect(Fixtures.integers(frame, "n") == [1, nil, nil])
        #expect(Fixtures.strings(frame, "s") == ["x", nil, nil])
        let other = try Fixtures.read("n\n1\nn.a.\n").frame
        #expect(Fixtures.strings(other, "n") == ["1", "n.a."])
    }

    @Test func nullEncodingsAreConfigurable() throws {
        let options = CSVReadingOptions(nullEncodings: ["-", "s/d"])
        let frame = try Fixtures.read("n,s\n1,x\n-,s/d\n,\n", options: options).frame
        #expect(Fixtures.integers(frame, "n") == nil)
        #expect(Fixtures.strings(frame, "n") == ["1", nil, ""])
        #expect(Fixtures.strings(frame, "s") == ["x", nil, ""])
    }

    @Test func textAnywhereMakesString() throws {
        let frame = try Fixtures.read("x\n1\n2\nthree\n4\n").frame
        #expect(Fixtures.strings(frame, "x") == ["1", "2", "three", "4"])
        let spaced = try Fixtures.read("x\n 1\n").frame
        #expect(Fixtures.strings(spaced, "x") == [" 1"])
        let words = try Fixtures.read("x\nNaN\ninf\n").frame
        #expect(Fixtures.strings(words, "x") == ["NaN", "inf"])
    }

    @Test func stringColumnsAreDictionaryEncodedInFirstAppearanceOrder() throws {
        let frame = try Fixtures.read("s\nb\na\nb\n\"a\"\nc\n").frame
        guard case .string(let column)? = frame["s"]?.storage else {
            Issue.record("not a string column")
            return
        }
        #expect(column.dictionary == ["b", "a", "c"])
        #expect(column.codes == [0, 1, 0, 1, 2])
    }

    @Test func typeOverridesSkipInference() throws {
        let options = CSVReadingOptions(types: ["code": .string, "x": .double, "d": .date])
        let frame = try Fixtures.read(
            "code,x,d\n007,1,2022-03-18\n12,2,18 March 2022\n", options: options
        ).frame
        #expect(Fixtures.strings(frame, "code") == ["007", "12"])
        #expect(Fixtures.doubles(frame, "x") == [1, 2])
        #expect(Fixtures.dates(frame, "d") == ["2022-03-18", "2022-03-18"])
    }
}
