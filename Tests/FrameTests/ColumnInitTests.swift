import Frame
import Testing

/// Building typed columns from optional values.
@Suite struct ColumnInitTests {
    @Test func integersKeepNullsAsNil() {
        let column = Column<Int64>([6, nil, 4, nil])
        #expect(column.count == 4)
        #expect(column.nullCount == 2)
        #expect((0..<4).map { column[$0] } == [6, nil, 4, nil])
        #expect(column.values == [6, 0, 4, 0])
    }

    @Test func everyTypeUsesItsPlaceholder() {
        let epoch = Day(daysSinceEpoch: 0)
        let day = Day(year: 2022, month: 3, day: 18)!
        #expect(Column<Double>([nil, 2.5]).values == [0, 2.5])
        #expect(Column<Bool>([nil, true]).values == [false, true])
        #expect(Column<Day>([day, nil]).values == [day, epoch])
        #expect(Column<Day>([day, nil])[1] == nil)
        let text = Column<String>(["a", nil], placeholder: "?")
        #expect(text.values == ["a", "?"])
        #expect(text[1] == nil)
    }

    @Test func aColumnWithoutNullsHasNoBitmap() {
        #expect(Column<Int64>([1, 2, 3]).validity.words == nil)
        #expect(Column<Double>(values: [1, 2]).nullCount == 0)
        #expect(Column<Int64>([]).count == 0)
    }

    @Test func anyColumnReportsTypeAndValues() {
        let column = AnyColumn(name: "sent", Column<Int64>([6, nil]))
        #expect(column.dataType == .int64)
        #expect(column[0] == .int(6))
        #expect(column[1] == .null)
        #expect(column.isNull(at: 1))
        #expect(AnyColumn.nulls(name: "d", type: .date, count: 3).nullCount == 3)
    }
}
