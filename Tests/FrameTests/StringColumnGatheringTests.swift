import Frame
import Testing

/// Gathering rows of a dictionary-encoded text column.
@Suite struct StringColumnGatheringTests {
    static let column = StringColumn(["Essex", nil, "Surrey", "Essex", "Kent", nil])

    @Test func theDictionaryHoldsEachStringOnceInOrderOfFirstAppearance() {
        #expect(Self.column.dictionary == ["Essex", "Surrey", "Kent"])
        #expect(Self.column.codes[3] == Self.column.codes[0])
        #expect(Self.column.nullCount == 2)
    }

    @Test func gatheringSharesTheDictionaryBuffer() {
        let gathered = Self.column.gathering([4, 0])
        #expect(gathered.dictionary == Self.column.dictionary)
        let original = Self.column.dictionary.withUnsafeBufferPointer { $0.baseAddress }
        let shared = gathered.dictionary.withUnsafeBufferPointer { $0.baseAddress }
        #expect(original == shared)
    }

    @Test func gatheringKeepsValuesAndNulls() {
        let gathered = Self.column.gathering([5, 3, 1, 2, 2])
        #expect((0..<gathered.count).map { gathered[$0] } == [nil, "Essex", nil, "Surrey", "Surrey"])
        #expect(gathered.nullCount == 2)
        #expect(Self.column.gathering([]).count == 0)
    }
}
