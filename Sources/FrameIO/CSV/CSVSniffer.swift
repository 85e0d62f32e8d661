#if canImport(Glibc)
import Glibc
#else
import Foundation
#endif

/// Finds how a CSV text is laid out from its first records: the delimiter (when not given) and
/// the title rows above the header.
///
/// For each candidate delimiter (`,` `;` tab `|`) the sample is split into records and the
/// records' field count that occurs most is taken as the body's. The header is the first record
/// with that many fields (or more); records above it with at most half as many fields are title
/// rows (a report title, a date line). The delimiter whose records after the header most often
/// have the body's count wins, provided the body has two fields or more; two candidates that do
/// equally well are an error, since either reading could be the wrong one.
struct CSVSniffer {
    /// One delimiter's reading of the sample.
    struct Reading {
        var delimiter: UInt8
        /// The number of fields of a body record.
        var bodyFieldCount: Int
        /// How many records precede the header.
        var titleRecords: Int
        /// The physical line the header starts on.
        var headerLine: Int
        /// The physical line the first record starts on.
        var firstRecordLine: Int
        /// The first lines of the title records, for the warning.
        var titles: [String]
        /// The share of records from the header on that have `bodyFieldCount` fields.
        var consistency: Double
        /// Whether the sample splits into records without a quoting error.
        var isWellFormed: Bool
    }

    static let candidates: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: ";"), 9, UInt8(ascii: "|")]
    /// The sample is this many bytes, extended to the end of its last line.
    static let sampleBytes = 1 << 16
    /// At most this many records are sampled.
    static let sampleRecords = 200

    /// The first `sampleBytes` of `text` to the end of a line, or all of it.
    static func sample(_ text: UnsafeBufferPointer<UInt8>) -> (UnsafeBufferPointer<UInt8>, isWhole: Bool) {
        guard text.count > sampleBytes, let base = text.baseAddress,
            let lineFeed = memchr(base + sampleBytes, 10, text.count - sampleBytes)
        else { return (text, true) }
        let end = UnsafeRawPointer(lineFeed) - UnsafeRawPointer(base) + 1
        return (UnsafeBufferPointer(rebasing: text[..<end]), end == text.count)
    }

    /// How `delimiter` splits the sample after `skipLines` lines, or `nil` for an empty sample.
    static func reading(
        _ sample: UnsafeBufferPointer<UInt8>, isWhole: Bool, delimiter: UInt8, skipLines: Int, path: String
    ) -> Reading? {
        guard !sample.isEmpty else { return nil }
        var tokenizer = CSVTokenizer(input: sample, delimiter: delimiter, path: path)
        tokenizer.skipLines(skipLines)
        var records: [(fields: Int, line: Int, offset: Int)] = []
        var isWellFormed = true
        var ignoring = IgnoringVisitor()
        while records.count < sampleRecords {
            if tokenizer.isAtEnd() { break }
            let start = tokenizer.mark
            do {
                guard let count = try tokenizer.readRecord(into: &ignoring) else { break }
                records.append((count, start.line, start.offset))
            } catch {
                // A sample cut inside a quoted field ends early; any other error counts against
                // this delimiter.
                if case .unterminatedQuote = error, !isWhole { break }
                isWellFormed = false
                break
            }
        }
        guard !records.isEmpty else { return nil }
        var tally: [Int: Int] = [:]
        for record in records { tally[record.fields, default: 0] += 1 }
        let body = tally.max { ($0.value, $0.key) < ($1.value, $1.key) }.map(\.key) ?? 1
        var header = 0
        while header < records.count, records[header].fields < body, records[header].fields * 2 <= body {
            header += 1
        }
        if header == records.count || records[header].fields < body { header = 0 }
        let fromHeader = records[header...]
        let matching = fromHeader.filter { $0.fields == body }.count
        let total = fromHeader.count + (isWellFormed ? 0 : 1)
        return Reading(
            delimiter: delimiter, bodyFieldCount: body, titleRecords: header,
            headerLine: records[header].line, firstRecordLine: records[0].line,
            titles: records[..<header].map { lineText(sample, from: $0.offset) },
            consistency: Double(matching) / Double(total), isWellFormed: isWellFormed)
    }

    /// The delimiter that splits the sample best, or `nil` when no candidate gives two fields or
    /// more (a one-column file).
    static func delimiter(
        _ sample: UnsafeBufferPointer<UInt8>, isWhole: Bool, skipLines: Int, path: String
    ) throws(CSVReadingError) -> Reading? {
        let readings = candidates.compactMap {
            reading(sample, isWhole: isWhole, delimiter: $0, skipLines: skipLines, path: path)
        }.filter { $0.bodyFieldCount >= 2 }
        let ranked = readings.sorted { a, b in
            (a.isWellFormed ? 1 : 0, a.consistency) > (b.isWellFormed ? 1 : 0, b.consistency)
        }
        guard let best = ranked.first else { return nil }
        let tied = ranked.filter { $0.isWellFormed == best.isWellFormed && $0.consistency == best.consistency }
        if tied.count > 1 {
            throw .ambiguousDelimiter(
                path: path, delimiters: tied.map { Character(UnicodeScalar($0.delimiter)) },
                fieldCounts: tied.map(\.bodyFieldCount))
        }
        return best
    }

    // The physical line that starts at `offset`, without its line end, for messages.
    private static func lineText(_ sample: UnsafeBufferPointer<UInt8>, from offset: Int) -> String {
        var end = offset
        while end < sample.count, sample[end] != 10, sample[end] != 13 { end += 1 }
        let text = String(decoding: UnsafeBufferPointer(rebasing: sample[offset..<end]), as: UTF8.self)
        return text.count > 60 ? String(text.prefix(59)) + "…" : text
    }
}
