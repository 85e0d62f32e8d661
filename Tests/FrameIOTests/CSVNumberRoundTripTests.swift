import Frame
import FrameIO
import Testing

@Suite("CSV reader: numbers read back exactly")
struct CSVNumberRoundTripTests {
    // A fixed-seed generator, so a failure can be reproduced.
    private struct SplitMix64: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    @Test func doublesWrittenShortestReadBackIdentically() throws {
        var random = SplitMix64(state: 42)
        var values: [Double] = [0.1, 0.2, 0.3, 1.0 / 3, 2.5e-308, .greatestFiniteMagnitude, .leastNonzeroMagnitude]
        for _ in 0..<2000 {
            values.append(Double(bitPattern: random.next() & 0x7FEF_FFFF_FFFF_FFFF))
            values.append(Double.random(in: -1000...1000, using: &random))
            values.append((Double(Int.random(in: 0...9_999_999, using: &random)) / 10_000))
        }
        let text = "x\n" + values.map { "\($0)" }.joined(separator: "\n") + "\n0.5\n"
        let frame = try Fixtures.read(text).frame
        let read = try #require(Fixtures.doubles(frame, "x"))
        #expect(read.count == values.count + 1)
        let mismatches = zip(values, read).filter { $0.0 != $0.1 }
        #expect(mismatches.isEmpty, "first: \(mismatches.prefix(3))")
    }

    @Test func integersAtTheEdgesOfInt64() throws {
        let frame = try Fixtures.read("n\n-9223372036854775808\n9223372036854775807\n-0\n").frame
        #expect(Fixtures.integers(frame, "n") == [Int64.min, Int64.max, 0])
    }
}
