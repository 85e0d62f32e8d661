import Frame
import Testing

/// The validity bitmap: appending, gathering, intersecting and counting nulls.
@Suite struct ValidityTests {
    /// `count` flags (150 by default), valid except at the given rows.
    static func flags(nullAt rows: Set<Int>, count: Int = 150) -> [Bool] {
        (0..<count).map { !rows.contains($0) }
    }

    /// A validity built one `append` at a time.
    static func appended(_ flags: [Bool]) -> Validity {
        var validity = Validity(allValid: 0)
        for flag in flags { validity.append(flag) }
        return validity
    }

    static let nullPatterns: [(count: Int, nulls: Set<Int>)] = [
        (150, [0]), (150, [63]), (150, [64]), (150, [5, 64, 127, 128, 149]), (150, [100]), (150, []),
        (5, [3]), (1, [0]),
    ]

    @Test(arguments: nullPatterns)
    func appendingKeepsEveryRowAndCountsNulls(_ count: Int, _ nulls: Set<Int>) {
        let flags = Self.flags(nullAt: nulls, count: count)
        let validity = Self.appended(flags)
        #expect(validity.count == flags.count)
        #expect(validity.nullCount == nulls.count)
        #expect(validity.hasNulls == !nulls.isEmpty)
        #expect((0..<flags.count).map(validity.isValid) == flags)
    }

    @Test(arguments: nullPatterns)
    func appendingEqualsBuildingFromFlags(_ count: Int, _ nulls: Set<Int>) {
        let flags = Self.flags(nullAt: nulls, count: count)
        #expect(Self.appended(flags) == Validity(flags), "\(count) rows, nulls at \(nulls.sorted())")
    }

    @Test func aValidityWithoutNullsCarriesNoBitmap() {
        #expect(Validity([true, true, true]).words == nil)
        #expect(Self.appended([true, true]).words == nil)
        #expect(Validity(allNull: 3).nullCount == 3)
        #expect(Validity(allNull: 0).words == nil)
    }

    @Test func gatheringFollowsTheIndices() {
        let validity = Validity(Self.flags(nullAt: [1, 70, 140]))
        let indices = [140, 0, 1, 1, 70, 71, 149]
        let gathered = validity.gathering(indices)
        #expect(gathered.count == indices.count)
        #expect((0..<gathered.count).map(gathered.isValid) == [false, true, false, false, false, true, true])
        #expect(gathered.nullCount == 4)
        #expect(validity.gathering([0, 2, 69]).words == nil)
        #expect(Validity(allValid: 10).gathering([9, 9]).nullCount == 0)
    }

    @Test func intersectionIsValidWhereBothAre() {
        let a = Validity(Self.flags(nullAt: [0, 64, 100]))
        let b = Validity(Self.flags(nullAt: [64, 65, 149]))
        let both = a.intersection(b)
        #expect((0..<150).map(both.isValid) == Self.flags(nullAt: [0, 64, 65, 100, 149]))
        #expect(both.nullCount == 5)
        #expect(a.intersection(Validity(allValid: 150)) == a)
        #expect(Validity(allValid: 150).intersection(b) == b)
    }

    /// A text column built row by row (`StringColumnBuilder`) and one built from flags can hold
    /// bitmaps of different word counts; comparing such columns intersects their validities.
    @Test func intersectionOfValiditiesBuiltDifferentlyDoesNotCrash() async {
        await #expect(processExitsWith: .success) {
            var appended = Validity(allValid: 0)
            appended.append(false)
            appended.append(true)
            let both = appended.intersection(Validity([true, false]))
            precondition(both.nullCount == 2 && both.count == 2)
        }
    }
}
