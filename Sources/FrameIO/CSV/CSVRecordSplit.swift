#if canImport(Glibc)
import Glibc
#else
import Foundation
#endif

/// Cuts the records of a CSV text into contiguous byte ranges of about equal size, each starting
/// at the start of a record, so that several threads can read one range each.
///
/// A line feed ends a record unless it is inside quotes, which is so exactly when an odd number
/// of quote bytes precede it (a doubled quote adds two). The split counts quotes with `memchr`,
/// so a file without quotes is split at the first line feed past each target.
enum CSVRecordSplit {
    /// Smaller parts are not worth a thread.
    static let minimumPartBytes = 1 << 22

    /// Up to `parts` ranges covering `start..<text.count`; fewer when the text is small.
    static func ranges(_ text: UnsafeBufferPointer<UInt8>, from start: Int, parts: Int) -> [Range<Int>] {
        let end = text.count
        let wanted = max(1, min(parts, (end - start) / minimumPartBytes))
        guard wanted > 1, let base = text.baseAddress else { return [start..<end] }
        var bounds = [start]
        var quotes = 0
        var counted = start
        for part in 1..<wanted {
            var cut = start + (end - start) * part / wanted
            guard cut > bounds[bounds.count - 1] else { continue }
            while true {
                guard let lineFeed = find(10, base, from: cut, to: end) else { break }
                quotes += count(34, base, from: counted, to: lineFeed)
                counted = lineFeed
                if quotes % 2 == 0 {
                    bounds.append(lineFeed + 1)
                    break
                }
                cut = lineFeed + 1
            }
        }
        bounds.append(end)
        return zip(bounds, bounds.dropFirst()).compactMap { $0 < $1 ? $0..<$1 : nil }
    }

    private static func find(
        _ byte: UInt8, _ base: UnsafePointer<UInt8>, from start: Int, to end: Int
    ) -> Int? {
        guard start < end, let hit = memchr(base + start, Int32(byte), end - start) else { return nil }
        return UnsafeRawPointer(hit) - UnsafeRawPointer(base)
    }

    private static func count(
        _ byte: UInt8, _ base: UnsafePointer<UInt8>, from start: Int, to end: Int
    ) -> Int {
        var total = 0
        var position = start
        while let hit = find(byte, base, from: position, to: end) {
            total += 1
            position = hit + 1
        }
        return total
    }
}
