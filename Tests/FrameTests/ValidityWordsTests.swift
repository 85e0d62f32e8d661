import Frame
import Testing

/// A validity built from words equals the same rows built from flags, whatever lies past the
/// last row (readers hand over whole words).
@Suite struct ValidityWordsTests {
    @Test(arguments: [1, 5, 63, 64, 65, 130])
    func wordsMatchFlags(_ count: Int) {
        let flags = (0..<count).map { $0 % 3 != 1 }
        var words = [UInt64](repeating: ~0, count: (count + 63) / 64)
        for row in 0..<count where !flags[row] { words[row / 64] &= ~(1 << UInt64(row % 64)) }
        let fromWords = Validity(words: words, count: count)
        #expect(fromWords == Validity(flags))
        #expect(fromWords.nullCount == flags.filter { !$0 }.count)
    }

    @Test func allValidWordsNeedNoBitmap() {
        let validity = Validity(words: [~0, ~0], count: 100)
        #expect(validity == Validity(allValid: 100))
        #expect(validity.words == nil)
    }
}
