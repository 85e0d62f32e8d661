#if canImport(Glibc)
import Glibc
#else
import Foundation
#endif

/// Assigns a dense code to each distinct byte string, in order of first appearance, without
/// making a `String` per cell.
///
/// An open-addressing hash table (linear probing, at most half full) holds codes; the bytes of
/// every distinct string live once in one arena. `String`s are made only at the end, once per
/// distinct value.
struct ByteDictionary {
    private var arena: [UInt8] = []
    /// `offsets[code] ..< offsets[code + 1]` is the code's range in `arena`.
    private var offsets: [Int] = [0]
    private var hashes: [UInt64] = []
    /// A code, or -1 for an empty slot; the count is a power of two.
    private var slots: [Int32] = Array(repeating: -1, count: 64)

    /// The number of distinct strings seen.
    var count: Int { hashes.count }

    /// The code of `bytes`, adding it if it is new.
    mutating func code(for bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        let hash = Self.hash(bytes)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let code = slots[slot]
            if code < 0 { break }
            if hashes[Int(code)] == hash && equals(Int(code), bytes) { return code }
            slot = (slot + 1) & mask
        }
        let code = Int32(hashes.count)
        slots[slot] = code
        hashes.append(hash)
        arena.append(contentsOf: bytes)
        offsets.append(arena.count)
        if hashes.count * 2 > slots.count { grow() }
        return code
    }

    /// The distinct strings, indexed by code. The bytes were checked to be UTF-8 while reading.
    func strings() -> [String] {
        arena.withUnsafeBufferPointer { bytes in
            (0..<count).map { code in
                String(decoding: UnsafeBufferPointer(rebasing:
                    bytes[offsets[code]..<offsets[code + 1]]), as: UTF8.self)
            }
        }
    }

    private func equals(_ code: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = offsets[code]
        let length = offsets[code + 1] - start
        guard length == bytes.count else { return false }
        return arena.withUnsafeBufferPointer { stored in
            guard length > 0, let storedBase = stored.baseAddress, let cellBase = bytes.baseAddress
            else { return true }
            return memcmp(storedBase + start, cellBase, length) == 0
        }
    }

    private mutating func grow() {
        let capacity = slots.count * 2
        let mask = capacity - 1
        var bigger = [Int32](repeating: -1, count: capacity)
        for (code, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash) & mask
            while bigger[slot] >= 0 { slot = (slot + 1) & mask }
            bigger[slot] = Int32(code)
        }
        slots = bigger
    }

    // Eight bytes at a time, multiply and rotate, then a final avalanche (from MurmurHash3's
    // finaliser) so the low bits used for the slot depend on every byte.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
        var hash = UInt64(bytes.count) &* multiplier
        guard let base = bytes.baseAddress else { return hash }
        let raw = UnsafeRawPointer(base)
        var offset = 0
        while offset + 8 <= bytes.count {
            let word = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            hash = ((hash ^ word) &* multiplier).rotatedLeft(by: 29)
            offset += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while offset < bytes.count {
            tail |= UInt64(bytes[offset]) << shift
            shift += 8
            offset += 1
        }
        hash = (hash ^ tail) &* multiplier
        hash ^= hash >> 33
        hash = hash &* 0xFF51_AFD7_ED55_8CCD
        hash ^= hash >> 33
        hash = hash &* 0xC4CE_B9FE_1A85_EC53
        return hash ^ (hash >> 33)
    }
}

extension UInt64 {
    fileprivate func rotatedLeft(by count: UInt64) -> UInt64 {
        (self << count) | (self >> (64 - count))
    }
}
