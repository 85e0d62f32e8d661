import Frame
import Testing

/// Adding columns to a frame: names must be distinct and lengths equal.
@Suite struct DataFrameAppendTests {
    static func frame() throws -> DataFrame {
        try DataFrame(columns: [
            AnyColumn(name: "area", StringColumn(["Essex", "Surrey"])),
            AnyColumn(name: "sent", Column<Int64>([4, nil])),
        ])
    }

    @Test func aDuplicateNameIsRejectedAndTheFrameKept() throws {
        var frame = try Self.frame()
        #expect(throws: FrameError.duplicateColumn("sent")) {
            try frame.append(AnyColumn(name: "sent", Column<Int64>([1, 2])))
        }
        #expect(frame.columnNames == ["area", "sent"])
    }

    @Test func aColumnOfAnotherLengthIsRejected() throws {
        var frame = try Self.frame()
        #expect(throws: FrameError.lengthMismatch(column: "extra", expected: 2, found: 3)) {
            try frame.append(AnyColumn(name: "extra", Column<Int64>([1, 2, 3])))
        }
        #expect(frame.columnCount == 2 && frame.rowCount == 2)
        #expect(throws: FrameError.lengthMismatch(column: "b", expected: 1, found: 2)) {
            try DataFrame(columns: [AnyColumn(name: "a", Column<Int64>([1])), AnyColumn(name: "b", Column<Int64>([1, 2]))])
        }
    }

    @Test func aFrameWithARowCountButNoColumnsChecksTheFirstColumn() {
        var frame = DataFrame(rowCount: 3)
        #expect(throws: FrameError.lengthMismatch(column: "a", expected: 3, found: 2)) {
            try frame.append(AnyColumn(name: "a", Column<Int64>([1, 2])))
        }
    }

    @Test func settingReplacesInPlace() throws {
        var frame = try Self.frame()
        try frame.set(AnyColumn(name: "area", StringColumn(["Kent", "Avon"])))
        #expect(frame.columnNames == ["area", "sent"])
        #expect(frame["area"]?[0] == .string("Kent"))
        #expect(throws: FrameError.lengthMismatch(column: "area", expected: 2, found: 1)) {
            try frame.set(AnyColumn(name: "area", StringColumn(["Kent"])))
        }
    }
}
